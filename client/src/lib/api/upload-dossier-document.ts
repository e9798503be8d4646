import type { DocumentPurpose, DossierDocument } from '@/lib/api/types';

import { postFormData } from './post-form-data';

export type UploadDocumentInput = {
  dossierId: string;
  file: File;
  purpose: DocumentPurpose;
  /** Which required document the file is, for a component or a supplement. */
  requiredDocumentIndex?: number;
  /** Called as the bytes go out: a fraction from 0 to 1. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
};

/** Uploads one file of a dossier, reporting progress (see postFormData). */
export async function uploadDocument(input: UploadDocumentInput): Promise<DossierDocument> {
  const form = new FormData();
  form.append('file', input.file, input.file.name);
  form.append('purpose', input.purpose);
  if (input.requiredDocumentIndex !== undefined)
    form.append('requiredDocumentIndex', String(input.requiredDocumentIndex));
  return postFormData<DossierDocument>({
    path: `/api/dossiers/${encodeURIComponent(input.dossierId)}/documents`,
    form,
    onProgress: input.onProgress,
    signal: input.signal,
  });
}
