import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import type { AuditEntryPage, AuditQuery } from '@/lib/api/types';
import { apiClient, unwrap } from '@/lib/api-client';

import { auditQuery, type AuditFilter } from '../utils/audit-filter';

export async function getAuditEntries(query: AuditQuery, signal?: AbortSignal): Promise<AuditEntryPage> {
  return unwrap(await apiClient.GET('/api/audit', { params: { query }, signal }));
}

export const getAuditEntriesQueryOptions = (query: AuditQuery) =>
  queryOptions({
    queryKey: ['audit', query],
    queryFn: ({ signal }) => getAuditEntries(query, signal),
    // A log: read it afresh whenever the page opens.
    staleTime: 0,
    // While another page or filter loads, the table keeps the previous one.
    placeholderData: keepPreviousData,
  });

/** One page of the audit log, newest first (Administrator only). */
export const useAuditEntries = (filter: AuditFilter) => useQuery(getAuditEntriesQueryOptions(auditQuery(filter)));
