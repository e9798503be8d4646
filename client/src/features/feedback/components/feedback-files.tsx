import { DownloadButton } from '@/components/ui/download-button';
import type { FeedbackAttachment } from '@/lib/api/types';
import { formatFileSize } from '@/lib/format';
import { useTranslation } from '@/lib/i18n/use-translation';

import { downloadFeedbackAttachment } from '../api/download-feedback-attachment';

type FeedbackFilesProps = {
  feedbackId: string;
  files: readonly FeedbackAttachment[];
  label: string;
  /** The follow-up key of a guest's receipt, which opens the files without an account. */
  followUpKey?: string;
};

/** Files of a feedback with a download button each; nothing when there are none. */
export function FeedbackFiles({ feedbackId, files, label, followUpKey }: FeedbackFilesProps) {
  const { t, locale } = useTranslation();
  if (files.length === 0) return null;
  return (
    <ul className="plain-list" aria-label={label}>
      {files.map((file) => (
        <li key={file.id}>
          <DownloadButton
            label={file.fileName}
            ariaLabel={t('feedback.attachments.download', { name: file.fileName })}
            fileName={file.fileName}
            fetchFile={() => downloadFeedbackAttachment(feedbackId, file.id, followUpKey)}
            failedMessage={t('feedback.attachments.downloadFailed')}
          />{' '}
          <span className="muted">({formatFileSize(file.length, locale)})</span>
        </li>
      ))}
    </ul>
  );
}
