import { queryOptions, useQuery } from '@tanstack/react-query';

import type { Account } from '@/lib/api/types';
import { apiClient, unwrap } from '@/lib/api-client';

import { useSession } from '../hooks/use-session';

export const authQueryKey = ['auth'] as const;

export async function getCurrentUser(signal?: AbortSignal): Promise<Account> {
  return unwrap(await apiClient.GET('/api/auth/me', { signal }));
}

export const getCurrentUserQueryOptions = () =>
  queryOptions({
    queryKey: [...authQueryKey, 'me'],
    queryFn: ({ signal }) => getCurrentUser(signal),
    staleTime: 5 * 60_000,
  });

/** The signed-in account; `user` is undefined when signed out (also after a failed token renewal). */
export function useCurrentUser() {
  const { isSignedIn } = useSession();
  const query = useQuery({ ...getCurrentUserQueryOptions(), enabled: isSignedIn });
  return {
    isSignedIn,
    user: isSignedIn ? query.data : undefined,
    isPending: isSignedIn && query.isPending,
    isError: isSignedIn && query.isError,
    refetch: query.refetch,
  };
}
