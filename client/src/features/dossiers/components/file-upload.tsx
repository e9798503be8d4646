import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';

import { dossierQueryKey } from '@/lib/api/dossier';
import type { DocumentPurpose, DossierDocument } from '@/lib/api/types';
import { uploadDocument } from '@/lib/api/upload-dossier-document';
import { useTranslation } from '@/lib/i18n/use-translation';
import { isApiError } from '@/lib/problem-details';
import { MAX_UPLOAD_BYTES, UPLOAD_ACCEPT } from '@/lib/uploads';

type FileUploadProps = {
  dossierId: string;
  purpose: DocumentPurpose;
  requiredDocumentIndex?: number;
  label: string;
  /** Errors about this field from the form around it. */
  errors?: readonly string[];
  onUploaded: (document: DossierDocument) => void;
};

type UploadState =
  | { phase: 'idle' }
  | { phase: 'uploading'; name: string; fraction: number }
  | { phase: 'done'; name: string }
  | { phase: 'failed'; messages: string[] };

/** A file picker that uploads the chosen file at once, with a progress bar. */
export function FileUpload({
  dossierId,
  purpose,
  requiredDocumentIndex,
  label,
  errors = [],
  onUploaded,
}: FileUploadProps) {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const [state, setState] = useState<UploadState>({ phase: 'idle' });

  const upload = async (file: File) => {
    if (file.size > MAX_UPLOAD_BYTES) {
      setState({ phase: 'failed', messages: [t('dossier.upload.tooLarge')] });
      return;
    }
    setState({ phase: 'uploading', name: file.name, fraction: 0 });
    try {
      const document = await uploadDocument({
        dossierId,
        file,
        purpose,
        requiredDocumentIndex,
        onProgress: (fraction) => {
          setState({ phase: 'uploading', name: file.name, fraction });
        },
      });
      setState({ phase: 'done', name: document.fileName });
      onUploaded(document);
      // The dossier lists its files (and its version may move): read it again.
      void queryClient.invalidateQueries({ queryKey: dossierQueryKey(dossierId) });
    } catch (error) {
      const fieldMessages = isApiError(error) ? Object.values(error.fieldErrors).flat() : [];
      const detail = isApiError(error) ? (error.problem.detail ?? error.problem.title) : null;
      setState({
        phase: 'failed',
        messages: fieldMessages.length > 0 ? fieldMessages : [detail ?? t('dossier.upload.failed')],
      });
    }
  };

  const allErrors = [...errors, ...(state.phase === 'failed' ? state.messages : [])];

  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="file"
        accept={UPLOAD_ACCEPT}
        disabled={state.phase === 'uploading'}
        aria-invalid={allErrors.length > 0 || undefined}
        aria-describedby={`${id}-hint${allErrors.length > 0 ? ` ${id}-error` : ''}`}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) void upload(file);
        }}
      />
      <p id={`${id}-hint`} className="form-field__hint">
        {t('dossier.upload.choose')}
      </p>
      {state.phase === 'uploading' && (
        <progress max={1} value={state.fraction} aria-label={t('dossier.upload.progress', { name: state.name })} />
      )}
      {state.phase === 'done' && (
        <p className="form-field__hint" role="status">
          {t('dossier.upload.done', { name: state.name })}
        </p>
      )}
      {allErrors.length > 0 && (
        <ul id={`${id}-error`} className="form-field__errors">
          {allErrors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
