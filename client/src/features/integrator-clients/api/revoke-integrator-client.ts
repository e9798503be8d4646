import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';

import { integratorClientsQueryKey } from './get-integrator-clients';

export async function revokeIntegratorClient(id: string): Promise<void> {
  const { response } = await apiClient.POST('/api/integrator-clients/{id}/revoke', { params: { path: { id } } });
  if (!response.ok) throw new Error(`Revoke failed with status ${String(response.status)}`);
}

/** Revokes an integrator client (it gets no new tokens); the list is reloaded afterwards. */
export function useRevokeIntegratorClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeIntegratorClient,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: integratorClientsQueryKey }),
  });
}
