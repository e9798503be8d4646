import { queryOptions, useQuery } from '@tanstack/react-query';

import type { ProcedureDetail } from '@/lib/api/types';
import { apiClient, unwrap } from '@/lib/api-client';

export async function getProcedure(id: string, signal?: AbortSignal): Promise<ProcedureDetail> {
  return unwrap(await apiClient.GET('/api/procedures/{id}', { params: { path: { id } }, signal }));
}

export const getProcedureQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['procedures', 'detail', id],
    queryFn: ({ signal }) => getProcedure(id, signal),
  });

export const useProcedure = (id: string, options: { enabled?: boolean } = {}) =>
  useQuery({ ...getProcedureQueryOptions(id), enabled: options.enabled ?? true });
