import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';

import type { DossierSummaryPage } from '@/lib/api/types';
import { apiClient, unwrap } from '@/lib/api-client';

export const MY_DOSSIERS_PAGE_SIZE = 20;

export async function getMyDossiers(cursor: string | undefined, signal?: AbortSignal): Promise<DossierSummaryPage> {
  return unwrap(
    await apiClient.GET('/api/dossiers/mine', {
      params: { query: cursor ? { cursor, pageSize: MY_DOSSIERS_PAGE_SIZE } : { pageSize: MY_DOSSIERS_PAGE_SIZE } },
      signal,
    }),
  );
}

export const getMyDossiersQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: ['dossiers', 'mine'],
    queryFn: ({ pageParam, signal }) => getMyDossiers(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

/** The caller's dossiers, newest first, read page by page with the keyset cursor. */
export const useMyDossiers = (options: { enabled?: boolean } = {}) =>
  useInfiniteQuery({ ...getMyDossiersQueryOptions(), enabled: options.enabled ?? true });
