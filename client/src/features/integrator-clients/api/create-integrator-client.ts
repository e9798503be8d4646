import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { CreatedIntegratorClient, CreateIntegratorClientRequest } from '@/lib/api/types';
import { apiClient, unwrap } from '@/lib/api-client';

import { integratorClientsQueryKey } from './get-integrator-clients';

export async function createIntegratorClient(body: CreateIntegratorClientRequest): Promise<CreatedIntegratorClient> {
  return unwrap(await apiClient.POST('/api/integrator-clients', { body }));
}

/** Registers an integrator client; the list is reloaded afterwards. */
export function useCreateIntegratorClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createIntegratorClient,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: integratorClientsQueryKey }),
  });
}
