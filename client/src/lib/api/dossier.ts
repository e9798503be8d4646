import { queryOptions, useQuery } from '@tanstack/react-query';

import type { DossierDetail } from '@/lib/api/types';
import { apiClient, unwrap } from '@/lib/api-client';

// One dossier as every screen reads it (the submission wizard, the dossier page): one cache entry per dossier.

export const dossierQueryKey = (id: string) => ['dossiers', 'detail', id] as const;

export async function getDossier(id: string, signal?: AbortSignal): Promise<DossierDetail> {
  return unwrap(await apiClient.GET('/api/dossiers/{id}', { params: { path: { id } }, signal }));
}

export const getDossierQueryOptions = (id: string) =>
  queryOptions({
    queryKey: dossierQueryKey(id),
    queryFn: ({ signal }) => getDossier(id, signal),
  });

/** A dossier the caller may see, with what the caller may do next; idle without an id. */
export const useDossier = (id: string | undefined, options: { enabled?: boolean } = {}) =>
  useQuery({ ...getDossierQueryOptions(id ?? ''), enabled: Boolean(id) && (options.enabled ?? true) });
