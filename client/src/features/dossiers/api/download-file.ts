import type { DossierForm } from '@/lib/api/types';
import { apiClient } from '@/lib/api-client';

/** A file of the dossier (an uploaded component, a supplement, the result), fetched with the Bearer token. */
export async function downloadDocument(dossierId: string, documentId: string): Promise<Blob> {
  const { data } = await apiClient.GET('/api/dossiers/{id}/documents/{documentId}', {
    params: { path: { id: dossierId, documentId } },
    parseAs: 'blob',
  });
  if (!data) throw new Error('Empty response');
  return data;
}

/** A printed form of the dossier as PDF; the API answers 404 while the form is not issued. */
export async function downloadForm(dossierId: string, form: DossierForm): Promise<Blob> {
  const { data } = await apiClient.GET('/api/dossiers/{id}/forms/{form}', {
    params: { path: { id: dossierId, form } },
    parseAs: 'blob',
  });
  if (!data) throw new Error('Empty response');
  return data;
}
