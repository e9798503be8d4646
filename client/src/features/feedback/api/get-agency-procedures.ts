import { queryOptions, useQuery } from '@tanstack/react-query';

import type { ProcedureSummary } from '@/lib/api/types';
import { apiClient, unwrap } from '@/lib/api-client';

/** The most a page of the catalogue holds; an agency implements fewer procedures than that to pick from. */
const PAGE_SIZE = 100;

export async function getAgencyProcedures(agencyId: string, signal?: AbortSignal): Promise<ProcedureSummary[]> {
  const page = unwrap(
    await apiClient.GET('/api/procedures', { params: { query: { agencyId, pageSize: PAGE_SIZE } }, signal }),
  );
  return page.items;
}

export const getAgencyProceduresQueryOptions = (agencyId: string) =>
  queryOptions({
    queryKey: ['procedures', 'by-agency', agencyId],
    queryFn: ({ signal }) => getAgencyProcedures(agencyId, signal),
    staleTime: 10 * 60_000,
  });

/** The published procedures an agency implements, for the feedback form's "which procedure" choice. */
export const useAgencyProcedures = (agencyId: string) =>
  useQuery({ ...getAgencyProceduresQueryOptions(agencyId), enabled: agencyId !== '' });
