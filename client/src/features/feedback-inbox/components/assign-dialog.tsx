import { AgencySelect } from '@/components/ui/agency-select';
import { RadioGroup } from '@/components/ui/radio-group';
import { TextAreaField } from '@/components/ui/text-area-field';
import { feedbackCategories } from '@/lib/api/types';
import { feedbackActionLabel, feedbackCategoryLabel } from '@/lib/i18n/enum-labels';
import { useTranslation } from '@/lib/i18n/use-translation';

import { useActionForm } from '../utils/use-action-form';

import { ConsultsCheckbox } from './consults-checkbox';
import { FeedbackDialog } from './feedback-dialog';
import type { FeedbackDialogProps } from './feedback-dialog-props';

/** Classify the feedback and route it to the competent agency (this one by default), saying if others are consulted. */
export function AssignDialog({ feedback, agencies, isPending, error, onSubmit, onClose }: FeedbackDialogProps) {
  const { t } = useTranslation();
  const form = useActionForm(
    {
      category: feedback.category,
      agencyId: feedback.handlingAgency.id,
      consultsOtherAgencies: feedback.consultsOtherAgencies,
      note: '',
    },
    error,
  );
  const { values, set } = form;

  return (
    <FeedbackDialog
      title={feedbackActionLabel(t, 'Assign')}
      error={error}
      isPending={isPending}
      onClose={onClose}
      onSubmit={() => {
        if (!form.checkRequired('agencyId')) return;
        onSubmit({
          action: 'Assign',
          idempotencyKey: form.idempotencyKey,
          body: {
            version: feedback.version,
            category: values.category,
            agencyId: values.agencyId,
            consultsOtherAgencies: values.consultsOtherAgencies,
            note: values.note.trim() || null,
          },
        });
      }}
    >
      <RadioGroup
        legend={t('feedback.category')}
        options={feedbackCategories.map((category) => ({ value: category, label: feedbackCategoryLabel(t, category) }))}
        value={values.category}
        onChange={set('category')}
        errors={form.errorsFor('category')}
      />
      <AgencySelect
        label={t('feedback.officer.competentAgency')}
        hint={t('feedback.officer.competentAgency.hint')}
        agencies={agencies}
        noneLabel={t('feedback.officer.agency.choose')}
        value={values.agencyId}
        onChange={set('agencyId')}
        errors={form.errorsFor('agencyId')}
        required
      />
      <ConsultsCheckbox checked={values.consultsOtherAgencies} onChange={set('consultsOtherAgencies')} />
      <TextAreaField label={t('feedback.officer.note')} rows={3} {...form.textField('note')} />
    </FeedbackDialog>
  );
}
