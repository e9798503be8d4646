import { PageSection } from '@/components/ui/page-section';
import type { FeedbackDetail } from '@/lib/api/types';
import { formatDateTime } from '@/lib/format';
import { feedbackActionLabel, feedbackStatusLabel } from '@/lib/i18n/enum-labels';
import { useTranslation } from '@/lib/i18n/use-translation';

type FeedbackHistoryProps = {
  feedback: FeedbackDetail;
};

/** What happened to the feedback, oldest first: who did what, when, and every hop between agencies. */
export function FeedbackHistory({ feedback }: FeedbackHistoryProps) {
  const { t, locale } = useTranslation();
  // A rating's note is the API's word for it; show it in the reader's language.
  const noteText = (action: string, note: string) =>
    action === 'Rate' && (note === 'Satisfied' || note === 'Dissatisfied')
      ? t(note === 'Satisfied' ? 'feedback.rate.satisfied' : 'feedback.rate.dissatisfied')
      : note;
  const entries = [...feedback.history].sort((a, b) => a.sequence - b.sequence);
  return (
    <PageSection title={t('feedback.history')} className="panel">
      <ol className="plain-list" aria-label={t('feedback.history')}>
        {entries.map((entry) => (
          <li key={entry.sequence}>
            <p>
              <time dateTime={entry.at}>{formatDateTime(entry.at, locale)}</time>
              {' – '}
              <strong>{feedbackActionLabel(t, entry.action)}</strong>
              {entry.fromStatus !== entry.toStatus && (
                <>
                  {' ('}
                  {feedbackStatusLabel(t, entry.fromStatus)} → {feedbackStatusLabel(t, entry.toStatus)}
                  {')'}
                </>
              )}
            </p>
            <p className="muted">
              {t('feedback.history.by', { name: entry.actorName })}
              {entry.fromAgency && entry.toAgency && entry.fromAgency !== entry.toAgency && (
                <>
                  {' · '}
                  {t('feedback.history.handOff', { from: entry.fromAgency, to: entry.toAgency })}
                </>
              )}
            </p>
            {entry.note && <p className="preserve-lines">{noteText(entry.action, entry.note)}</p>}
          </li>
        ))}
      </ol>
    </PageSection>
  );
}
