import { queryOptions, useQuery } from '@tanstack/react-query';

import type { PublicFeedback } from '@/lib/api/types';
import { apiClient, unwrap } from '@/lib/api-client';

export async function getPublicFeedback(code: string, signal?: AbortSignal): Promise<PublicFeedback> {
  return unwrap(await apiClient.GET('/api/feedback/public/{code}', { params: { path: { code } }, signal }));
}

export const getPublicFeedbackQueryOptions = (code: string) =>
  queryOptions({
    queryKey: ['feedback', 'public-one', code],
    queryFn: ({ signal }) => getPublicFeedback(code, signal),
  });

/** One published feedback with its answer, personal data hidden. */
export const usePublicFeedback = (code: string) => useQuery(getPublicFeedbackQueryOptions(code));
