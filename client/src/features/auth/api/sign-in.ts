import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { SignInRequest, TokenPair } from '@/lib/api/types';
import { apiClient, unwrap } from '@/lib/api-client';
import { tokenStore } from '@/lib/auth/token-store';

import { authQueryKey } from './get-current-user';

export async function signIn(body: SignInRequest): Promise<TokenPair> {
  return unwrap(await apiClient.POST('/api/auth/sign-in', { body }));
}

/** Starts the session with a new token pair; the previous account's data is dropped first. */
export function useStartSession() {
  const queryClient = useQueryClient();
  return (pair: TokenPair) => {
    queryClient.removeQueries({ queryKey: authQueryKey });
    tokenStore.setTokens(pair);
  };
}

/** Signs in with a login and password and starts the session. */
export function useSignIn() {
  const startSession = useStartSession();
  return useMutation({ mutationFn: signIn, onSuccess: startSession });
}
