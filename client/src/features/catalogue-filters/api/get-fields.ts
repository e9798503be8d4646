import { queryOptions, useQuery } from '@tanstack/react-query';

import type { Field } from '@/lib/api/types';
import { apiClient, unwrap } from '@/lib/api-client';

export async function getFields(signal?: AbortSignal): Promise<Field[]> {
  return unwrap(await apiClient.GET('/api/fields', { signal }));
}

export const getFieldsQueryOptions = () =>
  queryOptions({
    queryKey: ['fields'],
    queryFn: ({ signal }) => getFields(signal),
    staleTime: 10 * 60_000,
  });

export const useFields = () => useQuery(getFieldsQueryOptions());
