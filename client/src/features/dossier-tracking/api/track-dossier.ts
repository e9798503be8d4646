import { queryOptions, useQuery } from '@tanstack/react-query';

import type { DossierTracking } from '@/lib/api/types';
import { apiClient, unwrap } from '@/lib/api-client';

export type TrackDossierQuery = { code: string; identity: string };

export async function trackDossier(
  { code, identity }: TrackDossierQuery,
  signal?: AbortSignal,
): Promise<DossierTracking> {
  return unwrap(
    await apiClient.GET('/api/dossiers/track/{code}', { params: { path: { code }, query: { identity } }, signal }),
  );
}

export const getTrackDossierQueryOptions = (query: TrackDossierQuery) =>
  queryOptions({
    queryKey: ['dossiers', 'track', query],
    queryFn: ({ signal }) => trackDossier(query, signal),
    // Every look-up counts against the rate limit: never repeat one on its own.
    retry: false,
    staleTime: 30_000,
  });

/** The public look-up by code and the applicant's ID number or phone; idle until both are given. */
export const useTrackDossier = (query: TrackDossierQuery | null) =>
  useQuery({ ...getTrackDossierQueryOptions(query ?? { code: '', identity: '' }), enabled: query !== null });
