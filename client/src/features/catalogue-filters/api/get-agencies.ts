import { queryOptions, useQuery } from '@tanstack/react-query';

import type { Agency } from '@/lib/api/types';
import { apiClient, unwrap } from '@/lib/api-client';

export async function getAgencies(signal?: AbortSignal): Promise<Agency[]> {
  return unwrap(await apiClient.GET('/api/agencies', { signal }));
}

export const getAgenciesQueryOptions = () =>
  queryOptions({
    queryKey: ['agencies'],
    queryFn: ({ signal }) => getAgencies(signal),
    staleTime: 10 * 60_000,
  });

export const useAgencies = () => useQuery(getAgenciesQueryOptions());
