import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';

import type { DocumentPurpose, DossierDocument } from '@/lib/api/types';
import { uploadDocument } from '@/lib/api/upload-dossier-document';
import { formatFileSize } from '@/lib/format';
import { useTranslation } from '@/lib/i18n/use-translation';
import { isApiError } from '@/lib/problem-details';
import { MAX_UPLOAD_BYTES, UPLOAD_ACCEPT } from '@/lib/uploads';

import { useDeleteDocument } from '../api/delete-document';
import { fieldErrorsOf, problemMessage } from '../utils/field-errors';

type DocumentUploadRowProps = {
  dossierId: string;
  /** The required document's position in the case and its name. */
  index: number;
  name: string;
  /** The files already uploaded for this required document. */
  documents: readonly DossierDocument[];
  purpose?: DocumentPurpose;
  onUploaded: (document: DossierDocument) => void;
  onRemoved: (documentId: string) => void;
};

type Upload = { fileName: string; fraction: number };

/** One required document: its name, a file picker with a progress bar while uploading, and the uploaded files. */
export function DocumentUploadRow({
  dossierId,
  index,
  name,
  documents,
  purpose = 'Component',
  onUploaded,
  onRemoved,
}: DocumentUploadRowProps) {
  const { t, locale } = useTranslation();
  const id = useId();
  const [upload, setUpload] = useState<Upload | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const abortRef = useRef<AbortController | null>(null);
  const deleteDocument = useDeleteDocument();

  useEffect(
    () => () => {
      abortRef.current?.abort();
    },
    [],
  );

  const handleFile = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_UPLOAD_BYTES) {
      setErrors([t('dossierNew.documents.tooLarge', { name: file.name })]);
      return;
    }
    setErrors([]);
    const controller = new AbortController();
    abortRef.current = controller;
    setUpload({ fileName: file.name, fraction: 0 });
    uploadDocument({
      dossierId,
      file,
      purpose,
      requiredDocumentIndex: index,
      signal: controller.signal,
      onProgress: (fraction) => {
        setUpload({ fileName: file.name, fraction });
      },
    })
      .then((document) => {
        setUpload(null);
        onUploaded(document);
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setUpload(null);
        const fileErrors = fieldErrorsOf(error).file;
        setErrors(
          fileErrors && fileErrors.length > 0
            ? fileErrors
            : [
                isApiError(error) && error.status === 413
                  ? t('dossierNew.documents.tooLarge', { name: file.name })
                  : problemMessage(error, t('dossierNew.documents.uploadFailed')),
              ],
        );
      });
  };

  const remove = (documentId: string) => {
    setErrors([]);
    deleteDocument.mutate(
      { dossierId, documentId },
      {
        onSuccess: () => {
          onRemoved(documentId);
        },
        onError: (error) => {
          setErrors([problemMessage(error, t('dossierNew.documents.removeFailed'))]);
        },
      },
    );
  };

  const inputId = `${id}-file`;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;

  return (
    <li className="upload-row">
      <p className="upload-row__name" id={`${id}-name`}>
        <span className="upload-row__index">{index + 1}.</span> {name}
      </p>
      {documents.length > 0 && (
        <ul className="plain-list upload-row__files" aria-label={t('dossierNew.documents.uploadedFor', { name })}>
          {documents.map((document) => (
            <li key={document.id} className="upload-row__file">
              <span>
                <span aria-hidden="true">📄 </span>
                {document.fileName} <span className="muted">({formatFileSize(document.length, locale)})</span>
              </span>
              <button
                type="button"
                className="button button--link"
                disabled={deleteDocument.isPending}
                aria-label={t('dossierNew.documents.remove', { name: document.fileName })}
                onClick={() => {
                  remove(document.id);
                }}
              >
                {t('dossierNew.documents.removeShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {upload && (
        <div className="upload-row__progress">
          <progress
            max={1}
            value={upload.fraction}
            aria-label={t('dossierNew.documents.uploading', { name: upload.fileName })}
          />
          <span className="muted">{Math.round(upload.fraction * 100)}%</span>
        </div>
      )}
      <div className="form-field upload-row__picker">
        <label htmlFor={inputId}>
          {documents.length > 0 ? t('dossierNew.documents.addFile') : t('dossierNew.documents.chooseFile')}
          <span className="visually-hidden">: {name}</span>
        </label>
        <input
          id={inputId}
          type="file"
          accept={UPLOAD_ACCEPT}
          disabled={upload !== null}
          aria-invalid={errors.length > 0 || undefined}
          aria-describedby={[hintId, errors.length > 0 ? errorId : ''].filter(Boolean).join(' ')}
          onChange={handleFile}
        />
        <p id={hintId} className="form-field__hint">
          {t('dossierNew.documents.hint')}
        </p>
        {errors.length > 0 && (
          <ul id={errorId} className="form-field__errors" role="alert">
            {errors.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        )}
      </div>
    </li>
  );
}
