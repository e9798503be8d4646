import { FileUploadField } from '@/components/ui/file-upload-field';
import type { FeedbackDetail } from '@/lib/api/types';
import { formatFileSize } from '@/lib/format';
import { useTranslation } from '@/lib/i18n/use-translation';

import { useDeleteAnswerFile } from '../api/delete-answer-file';
import { useUploadAnswerFile } from '../api/upload-answer-file';
import { pendingAnswerFiles } from '../utils/pending-answer-files';

type AnswerFilesProps = {
  feedback: FeedbackDetail;
  /** Files may be added and removed (the Processor's editor); otherwise only listed (the Leader's review). */
  editable: boolean;
};

/** The files of the answer being prepared, with an upload (and progress) and a remove button when editable. */
export function AnswerFiles({ feedback, editable }: AnswerFilesProps) {
  const { t, locale } = useTranslation();
  const upload = useUploadAnswerFile(feedback.id);
  const remove = useDeleteAnswerFile(feedback.id);
  const files = pendingAnswerFiles(feedback);

  return (
    <div className="form-field">
      <p className="case-section__subtitle">{t('feedback.officer.answerFiles')}</p>
      {files.length === 0 ? (
        <p className="muted">{t('feedback.officer.answerFiles.none')}</p>
      ) : (
        <ul className="plain-list" aria-label={t('feedback.officer.answerFiles')}>
          {files.map((file) => (
            <li key={file.id}>
              {file.fileName} <span className="muted">({formatFileSize(file.length, locale)})</span>{' '}
              {editable && (
                <button
                  type="button"
                  className="button button--link"
                  aria-label={t('feedback.form.attachments.remove', { name: file.fileName })}
                  disabled={remove.isPending}
                  onClick={() => {
                    remove.mutate(file.id);
                  }}
                >
                  {t('feedback.form.attachments.removeShort')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {remove.isError && (
        <p className="form-field__errors" role="alert">
          {t('feedback.officer.answerFiles.removeFailed')}
        </p>
      )}
      {editable && (
        <FileUploadField
          label={t('feedback.officer.answerFiles.add')}
          resetAfterUpload
          upload={(file, onProgress) => upload.mutateAsync({ file, onProgress })}
        />
      )}
    </div>
  );
}
