import { PageSection } from '@/components/ui/page-section';
import type { FeedbackDetail } from '@/lib/api/types';
import { useTranslation } from '@/lib/i18n/use-translation';

import { FeedbackFiles } from './feedback-files';

type FeedbackContentProps = {
  feedback: FeedbackDetail;
  followUpKey?: string;
};

/** What the submitter wrote, with the files they attached. */
export function FeedbackContent({ feedback, followUpKey }: FeedbackContentProps) {
  const { t } = useTranslation();
  return (
    <PageSection title={t('feedback.detail.content')} className="panel">
      <h3 className="case-section__subtitle">{feedback.title}</h3>
      <p className="preserve-lines">{feedback.content}</p>
      <FeedbackFiles
        feedbackId={feedback.id}
        files={feedback.attachments.filter((file) => file.purpose === 'Submission')}
        label={t('feedback.attachments')}
        followUpKey={followUpKey}
      />
    </PageSection>
  );
}
