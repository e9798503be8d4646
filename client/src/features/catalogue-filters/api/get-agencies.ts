import { useQuery } from '@tanstack/react-query';

import type { Agency } from '@/lib/api/types';
import { apiClient, unwrap } from '@/lib/api-client';
import { referenceListQueryOptions } from '@/lib/react-query';

export async function getAgencies(signal?: AbortSignal): Promise<Agency[]> {
  return unwrap(await apiClient.GET('/api/agencies', { signal }));
}

export const getAgenciesQueryOptions = () => referenceListQueryOptions('agencies', getAgencies);

export const useAgencies = () => useQuery(getAgenciesQueryOptions());
