import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';

import type { FeedbackSummaryPage } from '@/lib/api/types';
import { apiClient, unwrap } from '@/lib/api-client';

import { feedbackInboxQuery, type FeedbackInboxFilter } from '../utils/feedback-inbox-filter';

export const FEEDBACK_INBOX_PAGE_SIZE = 20;

export async function getFeedbackInbox(
  filter: FeedbackInboxFilter,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<FeedbackSummaryPage> {
  const query = { ...feedbackInboxQuery(filter), pageSize: FEEDBACK_INBOX_PAGE_SIZE, ...(cursor ? { cursor } : {}) };
  return unwrap(await apiClient.GET('/api/feedback/inbox', { params: { query }, signal }));
}

export const getFeedbackInboxQueryOptions = (filter: FeedbackInboxFilter) =>
  infiniteQueryOptions({
    queryKey: ['feedback', 'inbox', feedbackInboxQuery(filter)],
    queryFn: ({ pageParam, signal }) => getFeedbackInbox(filter, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? null,
  });

/** The officer's agency feedback inbox, a page at a time (keyset paging). */
export const useFeedbackInbox = (filter: FeedbackInboxFilter) => useInfiniteQuery(getFeedbackInboxQueryOptions(filter));
