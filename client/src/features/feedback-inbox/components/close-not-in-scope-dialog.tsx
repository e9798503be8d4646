import { TextAreaField } from '@/components/ui/text-area-field';
import { feedbackActionLabel } from '@/lib/i18n/enum-labels';
import { useTranslation } from '@/lib/i18n/use-translation';

import { useActionForm } from '../utils/use-action-form';

import { FeedbackDialog } from './feedback-dialog';
import type { FeedbackDialogProps } from './feedback-dialog-props';

/** Close a complaint or a denunciation, which other laws govern: why, and where the submitter should turn. */
export function CloseNotInScopeDialog({ feedback, isPending, error, onSubmit, onClose }: FeedbackDialogProps) {
  const { t } = useTranslation();
  const form = useActionForm({ reason: '', redirection: '' }, error);
  const { values } = form;

  return (
    <FeedbackDialog
      title={feedbackActionLabel(t, 'CloseNotInScope')}
      error={error}
      isPending={isPending}
      onClose={onClose}
      onSubmit={() => {
        if (!form.checkRequired('reason', 'redirection')) return;
        onSubmit({
          action: 'CloseNotInScope',
          idempotencyKey: form.idempotencyKey,
          body: { version: feedback.version, reason: values.reason.trim(), redirection: values.redirection.trim() },
        });
      }}
    >
      <p className="form-field__hint">{t('feedback.officer.close.hint')}</p>
      <TextAreaField label={t('feedback.officer.close.reason')} rows={3} required {...form.textField('reason')} />
      <TextAreaField
        label={t('feedback.officer.close.redirection')}
        hint={t('feedback.officer.close.redirection.hint')}
        rows={3}
        required
        {...form.textField('redirection')}
      />
    </FeedbackDialog>
  );
}
