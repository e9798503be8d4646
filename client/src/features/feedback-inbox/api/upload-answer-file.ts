import { useMutation, useQueryClient } from '@tanstack/react-query';

import { feedbackQueryKey } from '@/lib/api/feedback';
import { postFormData } from '@/lib/api/post-form-data';
import type { FeedbackAttachment } from '@/lib/api/types';

export type UploadAnswerFileInput = {
  file: File;
  /** Called as the bytes go out: a fraction from 0 to 1. */
  onProgress?: (fraction: number) => void;
};

/** Marks the uploads and removals of a feedback's answer files, which move its version (see useIsMutating). */
export const answerFileMutationKey = (feedbackId: string) => ['feedback', 'answer-file', feedbackId] as const;

/** POST /api/feedback/{id}/attachments: a file of the answer being prepared. */
export async function uploadAnswerFile(feedbackId: string, input: UploadAnswerFileInput): Promise<FeedbackAttachment> {
  const form = new FormData();
  form.append('file', input.file, input.file.name);
  return postFormData<FeedbackAttachment>({
    path: `/api/feedback/${encodeURIComponent(feedbackId)}/attachments`,
    form,
    onProgress: input.onProgress,
  });
}

/** Attaches a file to the answer; the feedback is read again (with its new version) before the upload counts as done. */
export function useUploadAnswerFile(feedbackId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: answerFileMutationKey(feedbackId),
    mutationFn: (input: UploadAnswerFileInput) => uploadAnswerFile(feedbackId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: feedbackQueryKey(feedbackId) }),
  });
}
