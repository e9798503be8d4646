import { useQueryClient } from '@tanstack/react-query';

import { FileUploadField } from '@/components/ui/file-upload-field';
import { dossierQueryKey } from '@/lib/api/dossier';
import type { DocumentPurpose, DossierDocument } from '@/lib/api/types';
import { uploadDocument } from '@/lib/api/upload-dossier-document';

type FileUploadProps = {
  dossierId: string;
  purpose: DocumentPurpose;
  requiredDocumentIndex?: number;
  label: string;
  /** Errors about this field from the form around it. */
  errors?: readonly string[];
  onUploaded: (document: DossierDocument) => void;
};

/** A file picker that uploads the chosen file to the dossier at once, with a progress bar. */
export function FileUpload({ dossierId, purpose, requiredDocumentIndex, label, errors, onUploaded }: FileUploadProps) {
  const queryClient = useQueryClient();
  return (
    <FileUploadField
      label={label}
      errors={errors}
      upload={async (file, onProgress) => {
        const document = await uploadDocument({ dossierId, file, purpose, requiredDocumentIndex, onProgress });
        onUploaded(document);
        // The dossier lists its files (and its version may move): read it again.
        void queryClient.invalidateQueries({ queryKey: dossierQueryKey(dossierId) });
        return document;
      }}
    />
  );
}
