import { Badge } from '@/components/ui/badge';
import { PageSection } from '@/components/ui/page-section';
import type { FeedbackDetail } from '@/lib/api/types';
import { formatDateTime } from '@/lib/format';
import { useTranslation } from '@/lib/i18n/use-translation';

import { answerFilesBySequence } from '../utils/answer-files';

import { FeedbackFiles } from './feedback-files';

type FeedbackAnswersProps = {
  feedback: FeedbackDetail;
  followUpKey?: string;
};

/** The approved answers, latest first, each with its files, timeliness and the submitter's rating. */
export function FeedbackAnswers({ feedback, followUpKey }: FeedbackAnswersProps) {
  const { t, locale } = useTranslation();
  const answers = [...feedback.answers].sort((a, b) => b.sequence - a.sequence);
  const files = answerFilesBySequence(feedback);

  return (
    <PageSection title={t('feedback.detail.answer')} className="panel">
      {answers.length === 0 ? (
        <p className="muted">{t('feedback.answer.none')}</p>
      ) : (
        <ol className="plain-list" aria-label={t('feedback.detail.answer')}>
          {answers.map((answer) => (
            <li key={answer.sequence}>
              <p className="muted">
                {t('feedback.answer.by', {
                  agency: answer.agencyName,
                  date: formatDateTime(answer.answeredAt, locale) ?? '',
                })}{' '}
                · {t('feedback.answer.approvedBy', { name: answer.approvedBy })}{' '}
                <Badge tone={answer.onTime ? 'success' : 'neutral'}>
                  {answer.onTime ? t('feedback.answer.onTime') : t('feedback.answer.late')}
                </Badge>
              </p>
              <p className="preserve-lines">{answer.text}</p>
              <FeedbackFiles
                feedbackId={feedback.id}
                files={files.get(answer.sequence) ?? []}
                label={t('feedback.answer.files')}
                followUpKey={followUpKey}
              />
              {answer.satisfied != null && (
                <p>
                  <Badge tone={answer.satisfied ? 'success' : 'neutral'}>
                    {answer.satisfied ? t('feedback.rate.satisfied') : t('feedback.rate.dissatisfied')}
                  </Badge>{' '}
                  <span className="muted">{formatDateTime(answer.ratedAt, locale)}</span>
                  {answer.ratingComment && <span className="preserve-lines"> – {answer.ratingComment}</span>}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </PageSection>
  );
}
