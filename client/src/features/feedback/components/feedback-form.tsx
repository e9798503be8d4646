import { useId, useState, type SubmitEvent } from 'react';

import { AgencySelect } from '@/components/ui/agency-select';
import { FieldErrors } from '@/components/ui/field-errors';
import { FormErrorCallout } from '@/components/ui/form-error-callout';
import { RadioGroup } from '@/components/ui/radio-group';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';
import { feedbackCategories, type Agency, type FeedbackReceipt } from '@/lib/api/types';
import { formatFileSize } from '@/lib/format';
import { feedbackCategoryLabel } from '@/lib/i18n/enum-labels';
import { useTranslation } from '@/lib/i18n/use-translation';
import { newIdempotencyKey } from '@/lib/idempotency-key';
import { isApiError } from '@/lib/problem-details';
import { UPLOAD_ACCEPT } from '@/lib/uploads';

import { useAgencyProcedures } from '../api/get-agency-procedures';
import { useSubmitFeedback } from '../api/submit-feedback';
import {
  feedbackServerErrors,
  initialFeedbackValues,
  MAX_FEEDBACK_ATTACHMENTS,
  validateFeedback,
  type FeedbackContactDefaults,
  type FeedbackFormField,
  type FeedbackFormValues,
} from '../utils/feedback-form';

type FeedbackFormProps = {
  /** The organisation tree, for "which agency is it about"; undefined while it loads. */
  agencies: readonly Agency[] | undefined;
  /** The signed-in account's name and contacts, filled in (and still editable). */
  contact?: FeedbackContactDefaults;
  onSubmitted: (receipt: FeedbackReceipt) => void;
};

type FieldErrorMap = Partial<Record<FeedbackFormField, string[]>>;

/** The feedback form (phản ánh, kiến nghị): what, about whom, who sends it, and up to five files. */
export function FeedbackForm({ agencies, contact, onSubmitted }: FeedbackFormProps) {
  const { t, locale } = useTranslation();
  const id = useId();
  const [values, setValues] = useState<FeedbackFormValues>(() => initialFeedbackValues(contact));
  const [files, setFiles] = useState<File[]>([]);
  const [clientErrors, setClientErrors] = useState<FieldErrorMap>({});
  const [progress, setProgress] = useState<number | null>(null);
  // One key per intent: a retry of this form after a lost answer returns the first receipt.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const submission = useSubmitFeedback();
  const procedures = useAgencyProcedures(values.relatedAgencyId);

  const serverErrors: FieldErrorMap =
    isApiError(submission.error) && submission.error.status === 400
      ? feedbackServerErrors(submission.error.fieldErrors)
      : {};
  const errorsFor = (field: FeedbackFormField) => [...(clientErrors[field] ?? []), ...(serverErrors[field] ?? [])];
  const set = (field: keyof FeedbackFormValues) => (value: string) => {
    setValues((current) => ({
      ...current,
      [field]: value,
      // Another agency implements other procedures.
      ...(field === 'relatedAgencyId' ? { relatedProcedureId: '' } : {}),
    }));
  };
  const input = (field: keyof FeedbackFormValues) => ({
    value: values[field],
    errors: errorsFor(field),
    onChange: (event: { target: { value: string } }) => {
      set(field)(event.target.value);
    },
  });

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateFeedback(values, files);
    const messages: FieldErrorMap = {};
    for (const [field, keys] of Object.entries(found)) messages[field as FeedbackFormField] = keys.map((key) => t(key));
    setClientErrors(messages);
    if (Object.keys(messages).length > 0) {
      submission.reset();
      return;
    }
    setProgress(files.length > 0 ? 0 : null);
    submission.mutate(
      { fields: values, attachments: files, idempotencyKey, onProgress: setProgress },
      {
        onSuccess: onSubmitted,
        onSettled: () => {
          setProgress(null);
        },
      },
    );
  };

  const hasClientErrors = Object.keys(clientErrors).length > 0;
  const procedureOptions = procedures.data ?? [];

  return (
    <form className="auth-form" noValidate onSubmit={handleSubmit} aria-busy={submission.isPending}>
      {hasClientErrors && (
        <div className="callout callout--error" role="alert">
          <p className="callout__title">{t('feedback.form.failed')}</p>
          <p>{t('feedback.form.fixErrors')}</p>
        </div>
      )}
      {!hasClientErrors && submission.isError && (
        <FormErrorCallout
          title={t('feedback.form.failed')}
          error={submission.error}
          fallback={t('feedback.form.networkError')}
          fieldErrorsMessage={t('feedback.form.fixErrors')}
        />
      )}

      <fieldset className="form-field">
        <legend className="section-title">{t('feedback.form.section.content')}</legend>
        <TextField label={t('feedback.form.title')} maxLength={250} required {...input('title')} />
        <TextAreaField
          label={t('feedback.form.content')}
          hint={t('feedback.form.content.hint')}
          rows={6}
          maxLength={10000}
          required
          {...input('content')}
        />
        <RadioGroup
          legend={t('feedback.form.category')}
          options={feedbackCategories.map((category) => ({
            value: category,
            label: feedbackCategoryLabel(t, category),
          }))}
          value={values.category}
          onChange={set('category')}
          errors={errorsFor('category')}
          required
        />
      </fieldset>

      <fieldset className="form-field">
        <legend className="section-title">{t('feedback.form.section.related')}</legend>
        <AgencySelect
          label={t('feedback.form.relatedAgency')}
          hint={t('feedback.form.relatedAgency.hint')}
          agencies={agencies ?? []}
          disabled={!agencies}
          noneLabel={agencies ? t('feedback.form.relatedAgency.none') : t('common.loading')}
          value={values.relatedAgencyId}
          onChange={set('relatedAgencyId')}
          errors={errorsFor('relatedAgencyId')}
        />
        {values.relatedAgencyId !== '' && (
          <div className="form-field">
            <label htmlFor={`${id}-procedure`}>{t('feedback.form.relatedProcedure')}</label>
            <select
              id={`${id}-procedure`}
              value={values.relatedProcedureId}
              disabled={procedures.isPending}
              aria-invalid={errorsFor('relatedProcedureId').length > 0 || undefined}
              aria-describedby={`${id}-procedure-error`}
              onChange={(event) => {
                set('relatedProcedureId')(event.target.value);
              }}
            >
              <option value="">
                {procedures.isPending ? t('common.loading') : t('feedback.form.relatedProcedure.none')}
              </option>
              {procedureOptions.map((procedure) => (
                <option key={procedure.id} value={procedure.id}>
                  {procedure.name}
                </option>
              ))}
            </select>
            <FieldErrors id={`${id}-procedure-error`} errors={errorsFor('relatedProcedureId')} />
          </div>
        )}
        <TextField
          label={t('feedback.form.relatedDossierCode')}
          hint={t('feedback.form.relatedDossierCode.hint')}
          {...input('relatedDossierCode')}
        />
      </fieldset>

      <fieldset className="form-field">
        <legend className="section-title">{t('feedback.form.section.contact')}</legend>
        <p className="form-field__hint">{t('feedback.form.contact.hint')}</p>
        <TextField label={t('feedback.form.fullName')} autoComplete="name" required {...input('fullName')} />
        <TextField
          label={t('feedback.form.phoneNumber')}
          type="tel"
          autoComplete="tel"
          hint={t('feedback.form.phoneNumber.hint')}
          {...input('phoneNumber')}
        />
        <TextField label={t('feedback.form.email')} type="email" autoComplete="email" {...input('email')} />
        <TextField
          label={t('feedback.form.citizenId')}
          inputMode="numeric"
          hint={t('feedback.form.citizenId.hint')}
          {...input('citizenId')}
        />
      </fieldset>

      <div className="form-field">
        <label htmlFor={`${id}-files`}>{t('feedback.form.attachments')}</label>
        <input
          id={`${id}-files`}
          type="file"
          multiple
          accept={UPLOAD_ACCEPT}
          disabled={files.length >= MAX_FEEDBACK_ATTACHMENTS || submission.isPending}
          aria-invalid={errorsFor('attachments').length > 0 || undefined}
          aria-describedby={`${id}-files-hint ${id}-files-error`}
          onChange={(event) => {
            const chosen = Array.from(event.target.files ?? []);
            setFiles((current) => [...current, ...chosen]);
            event.target.value = '';
          }}
        />
        <p id={`${id}-files-hint`} className="form-field__hint">
          {t('feedback.form.attachments.hint', { max: MAX_FEEDBACK_ATTACHMENTS })}
        </p>
        {files.length > 0 && (
          <ul className="plain-list" aria-label={t('feedback.form.attachments.chosen')}>
            {files.map((file, index) => (
              <li key={`${file.name}-${String(index)}`}>
                {file.name} <span className="muted">({formatFileSize(file.size, locale)})</span>{' '}
                <button
                  type="button"
                  className="button button--link"
                  aria-label={t('feedback.form.attachments.remove', { name: file.name })}
                  disabled={submission.isPending}
                  onClick={() => {
                    setFiles((current) => current.filter((_, i) => i !== index));
                  }}
                >
                  {t('feedback.form.attachments.removeShort')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <FieldErrors id={`${id}-files-error`} errors={errorsFor('attachments')} />
      </div>

      {progress !== null && <progress max={1} value={progress} aria-label={t('feedback.form.uploading')} />}
      <div className="auth-form__footer">
        <button type="submit" className="button" disabled={submission.isPending}>
          {submission.isPending ? t('feedback.form.submitting') : t('feedback.form.submit')}
        </button>
      </div>
    </form>
  );
}
