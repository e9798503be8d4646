import { queryOptions, useQuery } from '@tanstack/react-query';

import type { ExternalSignIn } from '@/lib/api/types';
import { apiClient, unwrap } from '@/lib/api-client';

export async function getExternalSignIn(signal?: AbortSignal): Promise<ExternalSignIn> {
  return unwrap(await apiClient.GET('/api/auth/external', { signal }));
}

export const getExternalSignInQueryOptions = () =>
  queryOptions({
    queryKey: ['external-sign-in'],
    queryFn: ({ signal }) => getExternalSignIn(signal),
    staleTime: 60 * 60_000,
  });

/** Whether the province offers sign-in through its identity provider (VNeID, say), and under which name. */
export const useExternalSignIn = () => useQuery(getExternalSignInQueryOptions());
