import type { FeedbackAttachment, FeedbackDetail } from '@/lib/api/types';

/** The files of the answer being prepared: answer files uploaded since the last approved answer. */
export function pendingAnswerFiles(feedback: Pick<FeedbackDetail, 'answers' | 'attachments'>): FeedbackAttachment[] {
  const since = Math.max(0, ...feedback.answers.map((answer) => Date.parse(answer.answeredAt)));
  return feedback.attachments.filter((file) => file.purpose === 'Answer' && Date.parse(file.uploadedAt) > since);
}
