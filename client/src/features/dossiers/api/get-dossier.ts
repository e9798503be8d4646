import { queryOptions, useQuery } from '@tanstack/react-query';

import type { DossierDetail } from '@/lib/api/types';
import { apiClient, unwrap } from '@/lib/api-client';

/** The same key as the submission wizard's, so both screens share one cached dossier. */
export const dossierQueryKey = (id: string) => ['dossiers', 'detail', id] as const;

export async function getDossier(id: string, signal?: AbortSignal): Promise<DossierDetail> {
  return unwrap(await apiClient.GET('/api/dossiers/{id}', { params: { path: { id } }, signal }));
}

export const getDossierQueryOptions = (id: string) =>
  queryOptions({
    queryKey: dossierQueryKey(id),
    queryFn: ({ signal }) => getDossier(id, signal),
  });

/** A dossier the caller may see, with what the caller may do next. */
export const useDossier = (id: string, options: { enabled?: boolean } = {}) =>
  useQuery({ ...getDossierQueryOptions(id), enabled: options.enabled ?? true });
