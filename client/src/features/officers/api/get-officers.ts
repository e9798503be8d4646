import { queryOptions, useQuery } from '@tanstack/react-query';

import type { Officer } from '@/lib/api/types';
import { apiClient, unwrap } from '@/lib/api-client';

export const officersQueryKey = ['officers'] as const;

export async function getOfficers(agencyId: string | undefined, signal?: AbortSignal): Promise<Officer[]> {
  return unwrap(await apiClient.GET('/api/officers', { params: { query: agencyId ? { agencyId } : {} }, signal }));
}

export const getOfficersQueryOptions = (agencyId?: string) =>
  queryOptions({
    queryKey: [...officersQueryKey, { agencyId: agencyId ?? null }],
    queryFn: ({ signal }) => getOfficers(agencyId, signal),
  });

/** The officers, of one agency when `agencyId` is given (Administrator only). */
export const useOfficers = (agencyId?: string) => useQuery(getOfficersQueryOptions(agencyId));
