import { queryOptions, useQuery } from '@tanstack/react-query';

import type { IntegratorClient } from '@/lib/api/types';
import { apiClient, unwrap } from '@/lib/api-client';

export const integratorClientsQueryKey = ['integrator-clients'] as const;

export async function getIntegratorClients(signal?: AbortSignal): Promise<IntegratorClient[]> {
  return unwrap(await apiClient.GET('/api/integrator-clients', { signal }));
}

export const getIntegratorClientsQueryOptions = () =>
  queryOptions({
    queryKey: integratorClientsQueryKey,
    queryFn: ({ signal }) => getIntegratorClients(signal),
  });

/** The registered integrator clients, never with their secrets (Administrator only). */
export const useIntegratorClients = () => useQuery(getIntegratorClientsQueryOptions());
