import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';

import type { DossierSummaryPage } from '@/lib/api/types';
import { apiClient, unwrap } from '@/lib/api-client';

import { inboxQuery, type InboxFilter } from '../utils/inbox-filter';

export const INBOX_PAGE_SIZE = 20;

export async function getInbox(
  filter: InboxFilter,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<DossierSummaryPage> {
  const query = { ...inboxQuery(filter), pageSize: INBOX_PAGE_SIZE, ...(cursor ? { cursor } : {}) };
  return unwrap(await apiClient.GET('/api/dossiers/inbox', { params: { query }, signal }));
}

export const getInboxQueryOptions = (filter: InboxFilter) =>
  infiniteQueryOptions({
    queryKey: ['dossiers', 'inbox', inboxQuery(filter)],
    queryFn: ({ pageParam, signal }) => getInbox(filter, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? null,
  });

/** The officer's agency inbox, a page at a time (keyset paging). */
export const useInbox = (filter: InboxFilter) => useInfiniteQuery(getInboxQueryOptions(filter));
