import { useMutation, useQueryClient } from '@tanstack/react-query';

import { postFormData } from '@/lib/api/post-form-data';
import type { FeedbackFormFields, FeedbackReceipt } from '@/lib/api/types';

export type SubmitFeedbackInput = {
  /** The form's fields; empty ones are left out. */
  fields: { [K in keyof FeedbackFormFields]-?: string };
  attachments: readonly File[];
  /** One per user intent; the same key on a retry returns the first receipt. */
  idempotencyKey: string;
  /** Called as the bytes go out: a fraction from 0 to 1. */
  onProgress?: (fraction: number) => void;
};

/** POST /api/feedback as multipart form data, with the attachments and upload progress. */
export async function submitFeedback(input: SubmitFeedbackInput): Promise<FeedbackReceipt> {
  const form = new FormData();
  for (const [name, value] of Object.entries(input.fields)) {
    const text = value.trim();
    if (text !== '') form.append(name, text);
  }
  for (const file of input.attachments) form.append('attachments', file, file.name);
  return postFormData<FeedbackReceipt>({
    path: '/api/feedback',
    form,
    headers: { 'Idempotency-Key': input.idempotencyKey },
    onProgress: input.onProgress,
  });
}

/** Sends a feedback, signed in or as a guest; the receipt holds the code and the follow-up key. */
export function useSubmitFeedback() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitFeedback,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['feedback', 'mine'] });
    },
  });
}
