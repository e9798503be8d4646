import { useMutation, useQueryClient } from '@tanstack/react-query';

import { feedbackQueryKey } from '@/lib/api/feedback';
import { apiClient } from '@/lib/api-client';

import { answerFileMutationKey } from './upload-answer-file';

/** DELETE /api/feedback/{id}/attachments/{attachmentId}: takes a file out of the answer being prepared. */
export async function deleteAnswerFile(feedbackId: string, attachmentId: string): Promise<void> {
  await apiClient.DELETE('/api/feedback/{id}/attachments/{attachmentId}', {
    params: { path: { id: feedbackId, attachmentId } },
  });
}

/** Removes an answer file; the feedback is read again (with its new version). */
export function useDeleteAnswerFile(feedbackId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: answerFileMutationKey(feedbackId),
    mutationFn: (attachmentId: string) => deleteAnswerFile(feedbackId, attachmentId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: feedbackQueryKey(feedbackId) }),
  });
}
