import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';

import { officersQueryKey } from './get-officers';

export type SetOfficerActiveInput = { officerId: string; active: boolean };

/**
 * Deactivates an officer (sign-in refused, sessions revoked) or reactivates one: the API's
 * `deactivate` and `reactivate` calls, one use case on the server.
 */
export async function setOfficerActive({ officerId, active }: SetOfficerActiveInput): Promise<void> {
  const params = { path: { id: officerId } };
  if (active) await apiClient.POST('/api/officers/{id}/reactivate', { params });
  else await apiClient.POST('/api/officers/{id}/deactivate', { params });
}

/** Deactivates or reactivates an officer; the officer lists are reloaded afterwards. */
export function useSetOfficerActive() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setOfficerActive,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: officersQueryKey }),
  });
}
