import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import type { ProcedureSummaryPage, ProceduresQuery } from '@/lib/api/types';
import { apiClient, unwrap } from '@/lib/api-client';

export async function getProcedures(query: ProceduresQuery, signal?: AbortSignal): Promise<ProcedureSummaryPage> {
  return unwrap(await apiClient.GET('/api/procedures', { params: { query }, signal }));
}

export const getProceduresQueryOptions = (query: ProceduresQuery) =>
  queryOptions({
    queryKey: ['procedures', 'list', query],
    queryFn: ({ signal }) => getProcedures(query, signal),
  });

/** Keeps the previous page on screen (marked busy) while the next one loads. */
export const useProcedures = (query: ProceduresQuery) =>
  useQuery({ ...getProceduresQueryOptions(query), placeholderData: keepPreviousData });
