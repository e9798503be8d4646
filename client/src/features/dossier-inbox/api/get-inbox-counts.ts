import { queryOptions, useQuery } from '@tanstack/react-query';

import type { DossierInboxCounts } from '@/lib/api/types';
import { apiClient, unwrap } from '@/lib/api-client';

export async function getInboxCounts(signal?: AbortSignal): Promise<DossierInboxCounts> {
  return unwrap(await apiClient.GET('/api/dossiers/inbox/counts', { signal }));
}

export const getInboxCountsQueryOptions = () =>
  queryOptions({
    queryKey: ['dossiers', 'inbox-counts'],
    queryFn: ({ signal }) => getInboxCounts(signal),
  });

/** How many dossiers of the agency are in each status, due soon, overdue, or sent here by other agencies. */
export const useInboxCounts = () => useQuery(getInboxCountsQueryOptions());
