import { DownloadButton } from '@/components/ui/download-button';
import { PageSection } from '@/components/ui/page-section';
import type { PublicFeedback } from '@/lib/api/types';
import { formatDateTime, formatFileSize } from '@/lib/format';
import { feedbackCategoryLabel } from '@/lib/i18n/enum-labels';
import { useTranslation } from '@/lib/i18n/use-translation';

import { downloadPublicAttachment } from '../api/download-feedback-attachment';

type PublicFeedbackDetailProps = {
  feedback: PublicFeedback;
};

/** A published feedback as anyone reads it: the question (personal data hidden), then the agency's answer and its files. */
export function PublicFeedbackDetail({ feedback }: PublicFeedbackDetailProps) {
  const { t, locale } = useTranslation();
  return (
    <>
      <PageSection title={t('feedback.detail.content')} className="panel">
        <dl className="meta-list">
          <div className="meta-list__item">
            <dt>{t('feedback.code')}</dt>
            <dd>{feedback.code}</dd>
          </div>
          <div className="meta-list__item">
            <dt>{t('feedback.category')}</dt>
            <dd>{feedbackCategoryLabel(t, feedback.category)}</dd>
          </div>
          <div className="meta-list__item">
            <dt>{t('feedback.submitter')}</dt>
            <dd>{feedback.submitterName}</dd>
          </div>
          <div className="meta-list__item">
            <dt>{t('feedback.receivedAt')}</dt>
            <dd>{formatDateTime(feedback.receivedAt, locale)}</dd>
          </div>
          <div className="meta-list__item">
            <dt>{t('feedback.publishedAt')}</dt>
            <dd>{formatDateTime(feedback.publishedAt, locale)}</dd>
          </div>
        </dl>
        <p className="preserve-lines">{feedback.content}</p>
      </PageSection>
      <PageSection title={t('feedback.detail.answer')} className="panel">
        {!feedback.answered || !feedback.answer ? (
          <p className="muted">{t('feedback.public.reopenedNote')}</p>
        ) : (
          <>
            <p className="muted">
              {t('feedback.answer.by', {
                agency: feedback.agencyName,
                date: formatDateTime(feedback.answeredAt, locale) ?? '',
              })}
            </p>
            <p className="preserve-lines">{feedback.answer}</p>
            {feedback.answerAttachments.length > 0 && (
              <ul className="plain-list" aria-label={t('feedback.answer.files')}>
                {feedback.answerAttachments.map((file) => (
                  <li key={file.id}>
                    <DownloadButton
                      label={file.fileName}
                      ariaLabel={t('feedback.attachments.download', { name: file.fileName })}
                      fileName={file.fileName}
                      fetchFile={() => downloadPublicAttachment(feedback.code, file.id)}
                      failedMessage={t('feedback.attachments.downloadFailed')}
                    />{' '}
                    <span className="muted">({formatFileSize(file.length, locale)})</span>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </PageSection>
    </>
  );
}
