import { useMutation } from '@tanstack/react-query';

import type { CompleteExternalSignInRequest, TokenPair } from '@/lib/api/types';
import { apiClient, unwrap } from '@/lib/api-client';

import { useStartSession } from './sign-in';

export async function completeExternalSignIn(body: CompleteExternalSignInRequest): Promise<TokenPair> {
  return unwrap(await apiClient.POST('/api/auth/external/callback', { body }));
}

/** Hands the provider's code and state to the API and starts the session with the tokens it returns. */
export function useCompleteExternalSignIn() {
  const startSession = useStartSession();
  return useMutation({ mutationFn: completeExternalSignIn, onSuccess: startSession });
}
