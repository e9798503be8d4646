import type { FeedbackAttachment, FeedbackDetail } from '@/lib/api/types';

/**
 * The answer files of each approved answer, by its sequence: a file belongs to the first answer approved at or
 * after its upload. Files uploaded after the last approval belong to the answer being prepared and are left out.
 */
export function answerFilesBySequence(
  feedback: Pick<FeedbackDetail, 'answers' | 'attachments'>,
): Map<number, FeedbackAttachment[]> {
  const answers = [...feedback.answers].sort((a, b) => a.sequence - b.sequence);
  const result = new Map<number, FeedbackAttachment[]>(answers.map((answer) => [answer.sequence, []]));
  for (const file of feedback.attachments) {
    if (file.purpose !== 'Answer') continue;
    const answer = answers.find((a) => Date.parse(file.uploadedAt) <= Date.parse(a.answeredAt));
    if (answer) result.get(answer.sequence)?.push(file);
  }
  return result;
}
