import { queryOptions, useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';

import type { ApiPaths, FeedbackAction, FeedbackDetail } from '@/lib/api/types';
import { apiClient, unwrap } from '@/lib/api-client';
import { conflictCurrent } from '@/lib/problem-details';

// One feedback as the submitter's page and the officers' page read it, and the actions both run on it.

export const feedbackQueryKey = (id: string) => ['feedback', 'detail', id] as const;

export async function getFeedback(id: string, signal?: AbortSignal): Promise<FeedbackDetail> {
  return unwrap(await apiClient.GET('/api/feedback/{id}', { params: { path: { id } }, signal }));
}

export const getFeedbackQueryOptions = (id: string) =>
  queryOptions({
    queryKey: feedbackQueryKey(id),
    queryFn: ({ signal }) => getFeedback(id, signal),
  });

/** A feedback the signed-in caller sent or handles, with what the caller may do next; idle without an id. */
export const useFeedback = (id: string | undefined, options: { enabled?: boolean } = {}) =>
  useQuery({ ...getFeedbackQueryOptions(id ?? ''), enabled: Boolean(id) && (options.enabled ?? true) });

/** The route segment of each action: POST /api/feedback/{id}/{segment}. */
export const feedbackActionSegments = {
  Assign: 'assign',
  Transfer: 'transfer',
  CloseNotInScope: 'close-not-in-scope',
  DraftAnswer: 'draft-answer',
  ReturnDraft: 'return-draft',
  ApproveAnswer: 'approve-answer',
  Publish: 'publish',
  Rate: 'rate',
  Reopen: 'reopen',
} as const satisfies Record<Exclude<FeedbackAction, 'Submit'>, string>;

export type FeedbackActionName = keyof typeof feedbackActionSegments;

type ActionPath<A extends FeedbackActionName> = `/api/feedback/{id}/${(typeof feedbackActionSegments)[A]}`;

/** The JSON body of each action, as the OpenAPI document defines it. */
export type FeedbackActionBody<A extends FeedbackActionName> =
  ApiPaths[ActionPath<A>]['post']['requestBody']['content']['application/json'];

/** One action with its body and the Idempotency-Key of the user's intent (the same key on a retry). */
export type FeedbackActionInput = {
  [A in FeedbackActionName]: { action: A; body: FeedbackActionBody<A>; idempotencyKey: string };
}[FeedbackActionName];

export async function performFeedbackAction(feedbackId: string, input: FeedbackActionInput): Promise<FeedbackDetail> {
  // Every action route has the same shape (id in the path, Idempotency-Key header, FeedbackDetailDto back);
  // one of them stands for all to satisfy the typed client.
  const path = `/api/feedback/{id}/${feedbackActionSegments[input.action]}` as ActionPath<'Publish'>;
  return unwrap(
    await apiClient.POST(path, {
      params: { path: { id: feedbackId }, header: { 'Idempotency-Key': input.idempotencyKey } },
      body: input.body,
    }),
  );
}

/** The feedback's current state carried by a "changed by someone else" 409, if the error is one. */
export const staleFeedbackOf = (error: unknown): FeedbackDetail | undefined =>
  conflictCurrent(error) as FeedbackDetail | undefined;

/**
 * Runs an action on the feedback cached under `queryKey` (the signed-in detail, or a guest's follow-up view). On
 * success the cache holds the answer; on a stale-version 409 it holds the current state the server sent.
 */
export function useFeedbackAction(feedbackId: string, queryKey: QueryKey = feedbackQueryKey(feedbackId)) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: FeedbackActionInput) => performFeedbackAction(feedbackId, input),
    onSuccess: (feedback) => {
      queryClient.setQueryData(queryKey, feedback);
      // Lists and counts move with the feedback; they are read again when next shown.
      void queryClient.invalidateQueries({
        predicate: ({ queryKey: key }) => key[0] === 'feedback' && key[1] !== 'detail' && key[1] !== 'follow',
        refetchType: 'none',
      });
    },
    onError: (error) => {
      const current = staleFeedbackOf(error);
      if (current) queryClient.setQueryData(queryKey, current);
    },
  });
}
