import { feedbackActionLabel } from '@/lib/i18n/enum-labels';
import { useTranslation } from '@/lib/i18n/use-translation';

import { useActionForm } from '../utils/use-action-form';

import { FeedbackDialog } from './feedback-dialog';
import type { FeedbackDialogProps } from './feedback-dialog-props';

/** Make the answered feedback public; the public pages hide the submitter's personal data. */
export function PublishDialog({ feedback, isPending, error, onSubmit, onClose }: FeedbackDialogProps) {
  const { t } = useTranslation();
  const form = useActionForm({}, error);
  return (
    <FeedbackDialog
      title={feedbackActionLabel(t, 'Publish')}
      error={error}
      isPending={isPending}
      onClose={onClose}
      onSubmit={() => {
        onSubmit({ action: 'Publish', idempotencyKey: form.idempotencyKey, body: { version: feedback.version } });
      }}
    >
      <p>{t('feedback.officer.publish.hint')}</p>
    </FeedbackDialog>
  );
}
