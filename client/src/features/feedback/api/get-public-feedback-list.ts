import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';

import type { PublicFeedbackPage, PublicFeedbackQuery } from '@/lib/api/types';
import { apiClient, unwrap } from '@/lib/api-client';

export const PUBLIC_FEEDBACK_PAGE_SIZE = 20;

export type PublicFeedbackFilter = Omit<PublicFeedbackQuery, 'cursor' | 'pageSize'>;

export async function getPublicFeedbackList(
  filter: PublicFeedbackFilter,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<PublicFeedbackPage> {
  const query = { ...filter, pageSize: PUBLIC_FEEDBACK_PAGE_SIZE, ...(cursor ? { cursor } : {}) };
  return unwrap(await apiClient.GET('/api/feedback/public', { params: { query }, signal }));
}

export const getPublicFeedbackListQueryOptions = (filter: PublicFeedbackFilter) =>
  infiniteQueryOptions({
    queryKey: ['feedback', 'public', filter],
    queryFn: ({ pageParam, signal }) => getPublicFeedbackList(filter, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? null,
  });

/** Published feedback, newest first, a page at a time (keyset paging). */
export const usePublicFeedbackList = (filter: PublicFeedbackFilter) =>
  useInfiniteQuery(getPublicFeedbackListQueryOptions(filter));
