import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';

import type { FeedbackSummaryPage } from '@/lib/api/types';
import { apiClient, unwrap } from '@/lib/api-client';

const PAGE_SIZE = 20;

export async function getMyFeedback(cursor: string | null, signal?: AbortSignal): Promise<FeedbackSummaryPage> {
  const query = { pageSize: PAGE_SIZE, ...(cursor ? { cursor } : {}) };
  return unwrap(await apiClient.GET('/api/feedback/mine', { params: { query }, signal }));
}

export const getMyFeedbackQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: ['feedback', 'mine'],
    queryFn: ({ pageParam, signal }) => getMyFeedback(pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? null,
  });

/** The feedback the signed-in person sent, newest first, a page at a time. */
export const useMyFeedback = () => useInfiniteQuery(getMyFeedbackQueryOptions());
