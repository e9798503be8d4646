import { AgencySelect } from '@/components/ui/agency-select';
import { TextAreaField } from '@/components/ui/text-area-field';
import { feedbackActionLabel } from '@/lib/i18n/enum-labels';
import { useTranslation } from '@/lib/i18n/use-translation';

import { useActionForm } from '../utils/use-action-form';

import { ConsultsCheckbox } from './consults-checkbox';
import { FeedbackDialog } from './feedback-dialog';
import type { FeedbackDialogProps } from './feedback-dialog-props';

/** Send the feedback to another agency, outside this one's competence, with the reason (kept in the history). */
export function TransferDialog({ feedback, agencies, isPending, error, onSubmit, onClose }: FeedbackDialogProps) {
  const { t } = useTranslation();
  const form = useActionForm<{ agencyId: string; reason: string; consultsOtherAgencies: boolean }>(
    { agencyId: '', reason: '', consultsOtherAgencies: false },
    error,
  );
  const { values, set } = form;

  return (
    <FeedbackDialog
      title={feedbackActionLabel(t, 'Transfer')}
      error={error}
      isPending={isPending}
      onClose={onClose}
      onSubmit={() => {
        if (!form.checkRequired('agencyId', 'reason')) return;
        onSubmit({
          action: 'Transfer',
          idempotencyKey: form.idempotencyKey,
          body: {
            version: feedback.version,
            agencyId: values.agencyId,
            reason: values.reason.trim(),
            consultsOtherAgencies: values.consultsOtherAgencies,
          },
        });
      }}
    >
      <AgencySelect
        label={t('feedback.officer.transferTo')}
        agencies={agencies}
        excludeIds={[feedback.handlingAgency.id]}
        noneLabel={t('feedback.officer.agency.choose')}
        value={values.agencyId}
        onChange={set('agencyId')}
        errors={form.errorsFor('agencyId')}
        required
      />
      <TextAreaField label={t('feedback.officer.transferReason')} rows={3} required {...form.textField('reason')} />
      <ConsultsCheckbox checked={values.consultsOtherAgencies} onChange={set('consultsOtherAgencies')} />
    </FeedbackDialog>
  );
}
