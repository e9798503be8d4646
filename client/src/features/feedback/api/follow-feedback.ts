import { queryOptions, useQuery } from '@tanstack/react-query';

import type { FeedbackDetail } from '@/lib/api/types';
import { apiClient, unwrap } from '@/lib/api-client';

export const followFeedbackQueryKey = (code: string, key: string) => ['feedback', 'follow', code, key] as const;

export async function followFeedback(code: string, key: string, signal?: AbortSignal): Promise<FeedbackDetail> {
  return unwrap(
    await apiClient.GET('/api/feedback/follow/{code}', { params: { path: { code }, query: { key } }, signal }),
  );
}

export const followFeedbackQueryOptions = (code: string, key: string) =>
  queryOptions({
    queryKey: followFeedbackQueryKey(code, key),
    queryFn: ({ signal }) => followFeedback(code, key, signal),
  });

/** The submitter's view of a feedback through the code and the key of the receipt; idle until both are given. */
export const useFollowFeedback = (code: string, key: string) =>
  useQuery({ ...followFeedbackQueryOptions(code, key), enabled: code !== '' && key !== '' });
