import { apiClient } from '@/lib/api-client';

const blobOf = (data: Blob | undefined): Blob => {
  if (!data) throw new Error('Empty response');
  return data;
};

/** A file of a feedback, as an officer or its signed-in submitter (with the token) or with the follow-up key. */
export async function downloadFeedbackAttachment(
  feedbackId: string,
  attachmentId: string,
  key?: string,
): Promise<Blob> {
  const { data } = await apiClient.GET('/api/feedback/{id}/attachments/{attachmentId}', {
    params: { path: { id: feedbackId, attachmentId }, query: key ? { key } : {} },
    parseAs: 'blob',
  });
  return blobOf(data);
}

/** A file of a published answer, which anyone may read. */
export async function downloadPublicAttachment(code: string, attachmentId: string): Promise<Blob> {
  const { data } = await apiClient.GET('/api/feedback/public/{code}/attachments/{attachmentId}', {
    params: { path: { code, attachmentId } },
    parseAs: 'blob',
  });
  return blobOf(data);
}
