import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { SignInRequest, TokenPair } from '@/lib/api/types';
import { apiClient, unwrap } from '@/lib/api-client';
import { tokenStore } from '@/lib/auth/token-store';

import { authQueryKey } from './get-current-user';

export async function signIn(body: SignInRequest): Promise<TokenPair> {
  return unwrap(await apiClient.POST('/api/auth/sign-in', { body }));
}

/** Signs in and starts the session; the previous account's data is dropped first. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (pair) => {
      queryClient.removeQueries({ queryKey: authQueryKey });
      tokenStore.setTokens(pair);
    },
  });
}
