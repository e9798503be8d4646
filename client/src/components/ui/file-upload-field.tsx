import { useId, useState } from 'react';

import { useTranslation } from '@/lib/i18n/use-translation';
import { isApiError } from '@/lib/problem-details';
import { MAX_UPLOAD_BYTES, UPLOAD_ACCEPT } from '@/lib/uploads';

import { FieldErrors } from './field-errors';

type FileUploadFieldProps = {
  label: string;
  /** Sends the chosen file, reporting progress; resolves with the stored file's name. */
  upload: (file: File, onProgress: (fraction: number) => void) => Promise<{ fileName: string }>;
  /** Errors about this field from the form around it. */
  errors?: readonly string[];
  /** Back to "choose a file" after each upload, for a field that takes several files one by one. */
  resetAfterUpload?: boolean;
};

type UploadState =
  | { phase: 'idle' }
  | { phase: 'uploading'; name: string; fraction: number }
  | { phase: 'done'; name: string }
  | { phase: 'failed'; messages: string[] };

/** A file picker that uploads the chosen file at once, with a progress bar and the server's field errors. */
export function FileUploadField({ label, upload, errors = [], resetAfterUpload = false }: FileUploadFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [state, setState] = useState<UploadState>({ phase: 'idle' });

  const send = async (file: File) => {
    if (file.size > MAX_UPLOAD_BYTES) {
      setState({ phase: 'failed', messages: [t('dossier.upload.tooLarge')] });
      return;
    }
    setState({ phase: 'uploading', name: file.name, fraction: 0 });
    try {
      const stored = await upload(file, (fraction) => {
        setState({ phase: 'uploading', name: file.name, fraction });
      });
      setState({ phase: 'done', name: stored.fileName });
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
          if (resetAfterUpload) event.target.value = '';
          if (file) void send(file);
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
      <FieldErrors id={`${id}-error`} errors={allErrors} />
    </div>
  );
}
