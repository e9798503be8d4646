import { useMutation } from '@tanstack/react-query';

import type { ExternalAuthorization } from '@/lib/api/types';
import { apiClient, unwrap } from '@/lib/api-client';

import { leaveForProvider, rememberExternalSignInTarget } from '../utils/external-sign-in';

export async function startExternalSignIn(): Promise<ExternalAuthorization> {
  return unwrap(await apiClient.POST('/api/auth/external/start'));
}

/**
 * Starts a sign-in at the identity provider: the API sets the attempt's cookie and names the provider's page, where
 * the browser goes; it comes back to the callback route. `redirectTo` is where to land once signed in.
 */
export const useStartExternalSignIn = () =>
  useMutation({
    mutationFn: async (redirectTo: string) => {
      const { authorizationUrl } = await startExternalSignIn();
      rememberExternalSignInTarget(redirectTo);
      leaveForProvider(authorizationUrl);
    },
  });
