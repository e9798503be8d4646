import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import { tokenStore } from '@/lib/auth/token-store';

import { authQueryKey } from './get-current-user';

export async function signOut(refreshToken: string): Promise<void> {
  await apiClient.POST('/api/auth/sign-out', { body: { refreshToken } });
}

/** Ends the session on the server (best effort) and always forgets it locally. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const { refreshToken } = tokenStore.getSnapshot();
      try {
        if (refreshToken) await signOut(refreshToken);
      } finally {
        tokenStore.clear();
        queryClient.removeQueries({ queryKey: authQueryKey });
      }
    },
  });
}
