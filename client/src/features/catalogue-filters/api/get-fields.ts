import { useQuery } from '@tanstack/react-query';

import type { Field } from '@/lib/api/types';
import { apiClient, unwrap } from '@/lib/api-client';
import { referenceListQueryOptions } from '@/lib/react-query';

export async function getFields(signal?: AbortSignal): Promise<Field[]> {
  return unwrap(await apiClient.GET('/api/fields', { signal }));
}

export const getFieldsQueryOptions = () => referenceListQueryOptions('fields', getFields);

export const useFields = () => useQuery(getFieldsQueryOptions());
