import { Badge } from '@/components/ui/badge';
import { PageSection } from '@/components/ui/page-section';
import type { FeedbackDetail } from '@/lib/api/types';
import { formatDateTime } from '@/lib/format';
import { feedbackCategoryLabel, feedbackStatusLabel } from '@/lib/i18n/enum-labels';
import { useTranslation } from '@/lib/i18n/use-translation';

import { FeedbackStatusBadge } from './feedback-status-badge';

type FeedbackOverviewProps = {
  feedback: FeedbackDetail;
};

/** Where the feedback stands: status, category, agencies, deadlines, who sent it and how to reach them. */
export function FeedbackOverview({ feedback }: FeedbackOverviewProps) {
  const { t, locale } = useTranslation();
  const date = (iso: string | null | undefined) => formatDateTime(iso, locale);
  const rows: { label: string; value: string | null | undefined }[] = [
    { label: t('feedback.status'), value: feedbackStatusLabel(t, feedback.status) },
    { label: t('feedback.category'), value: feedbackCategoryLabel(t, feedback.category) },
    { label: t('feedback.handlingAgency'), value: feedback.handlingAgency.name },
    { label: t('feedback.relatedAgency'), value: feedback.relatedAgency?.name },
    { label: t('feedback.relatedDossierCode'), value: feedback.relatedDossierCode },
    { label: t('feedback.receivedAt'), value: date(feedback.receivedAt) },
    { label: t('feedback.assignDueAt'), value: feedback.assignedAt ? null : date(feedback.assignDueAt) },
    { label: t('feedback.assignedAt'), value: date(feedback.assignedAt) },
    { label: t('feedback.answerDueAt'), value: feedback.dueAt ? date(feedback.answerDueAt) : null },
    { label: t('feedback.consults'), value: feedback.consultsOtherAgencies ? t('feedback.consults.yes') : null },
    { label: t('feedback.publishedAt'), value: date(feedback.publishedAt) },
    { label: t('feedback.reopenedAt'), value: date(feedback.reopenedAt) },
    { label: t('feedback.reopenUntil'), value: date(feedback.reopenUntil) },
  ];
  const contact = feedback.contact;
  const contactRows = [
    { label: t('feedback.contact.fullName'), value: contact.fullName },
    { label: t('feedback.contact.phoneNumber'), value: contact.phoneNumber },
    { label: t('feedback.contact.email'), value: contact.email },
    { label: t('feedback.contact.citizenId'), value: contact.citizenId },
  ];
  const shown = (list: typeof rows) =>
    list.filter((row): row is { label: string; value: string } => Boolean(row.value));

  return (
    <>
      <section className="panel" aria-labelledby="feedback-overview-title">
        <h2 id="feedback-overview-title" className="section-title">
          {feedback.code} <FeedbackStatusBadge status={feedback.status} />{' '}
          {feedback.isOverdue && <Badge tone="neutral">{t('feedback.overdue')}</Badge>}
          {!feedback.isOverdue && feedback.isDueSoon && <Badge tone="info">{t('feedback.dueSoon')}</Badge>}
        </h2>
        <dl className="meta-list">
          {shown(rows).map((row) => (
            <div key={row.label} className="meta-list__item">
              <dt>{row.label}</dt>
              <dd>{row.value}</dd>
            </div>
          ))}
        </dl>
        {feedback.status === 'NotInScope' && (
          <div className="callout callout--warning" role="note">
            <p className="callout__title">{t('feedback.notInScope.title')}</p>
            {feedback.closingReason && <p className="preserve-lines">{feedback.closingReason}</p>}
            {feedback.redirection && (
              <p className="preserve-lines">
                <strong>{t('feedback.notInScope.redirection')}</strong> {feedback.redirection}
              </p>
            )}
          </div>
        )}
      </section>
      <PageSection title={t('feedback.contact')} className="panel">
        <dl className="meta-list">
          {shown(contactRows).map((row) => (
            <div key={row.label} className="meta-list__item">
              <dt>{row.label}</dt>
              <dd>{row.value}</dd>
            </div>
          ))}
        </dl>
      </PageSection>
    </>
  );
}
