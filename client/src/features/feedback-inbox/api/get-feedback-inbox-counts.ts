import { queryOptions, useQuery } from '@tanstack/react-query';

import type { FeedbackInboxCounts } from '@/lib/api/types';
import { apiClient, unwrap } from '@/lib/api-client';

export async function getFeedbackInboxCounts(signal?: AbortSignal): Promise<FeedbackInboxCounts> {
  return unwrap(await apiClient.GET('/api/feedback/inbox/counts', { signal }));
}

export const getFeedbackInboxCountsQueryOptions = () =>
  queryOptions({
    queryKey: ['feedback', 'inbox-counts'],
    queryFn: ({ signal }) => getFeedbackInboxCounts(signal),
  });

/** How many feedback of the agency are in each status, due soon, overdue, or waiting for the Leader. */
export const useFeedbackInboxCounts = () => useQuery(getFeedbackInboxCountsQueryOptions());
