import { useMutation } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';

export type DeleteDocumentInput = { dossierId: string; documentId: string };

export async function deleteDocument({ dossierId, documentId }: DeleteDocumentInput): Promise<void> {
  await apiClient.DELETE('/api/dossiers/{id}/documents/{documentId}', {
    params: { path: { id: dossierId, documentId } },
  });
}

/** Removes a file from a draft. */
export const useDeleteDocument = () => useMutation({ mutationFn: deleteDocument });
