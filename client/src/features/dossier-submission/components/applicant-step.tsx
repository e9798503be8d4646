import { useId, useState, type SubmitEvent } from 'react';

import { TextField } from '@/components/ui/text-field';
import type { ApplicantKind, DossierChannel } from '@/lib/api/types';
import type { TranslationKey } from '@/lib/i18n/translate';
import { useTranslation } from '@/lib/i18n/use-translation';
import { isApiError } from '@/lib/problem-details';

import { fieldErrorsOf, problemMessage } from '../utils/field-errors';

export type ApplicantFormValues = {
  kind: ApplicantKind;
  fullName: string;
  identityNumber: string;
  phone: string;
  email: string;
  address: string;
  onBehalf: boolean;
  representative: { fullName: string; identityNumber: string; phone: string; relationship: string };
  /** Online for the wizard; Counter or Postal at the counter. */
  channel: DossierChannel;
};

type ApplicantField = 'fullName' | 'identityNumber' | 'phone' | 'email' | 'address';
type RepresentativeField = keyof ApplicantFormValues['representative'];

const applicantFields: readonly { name: ApplicantField; type: string; required: boolean; autoComplete: string }[] = [
  { name: 'fullName', type: 'text', required: true, autoComplete: 'name' },
  { name: 'identityNumber', type: 'text', required: true, autoComplete: 'off' },
  { name: 'phone', type: 'tel', required: true, autoComplete: 'tel' },
  { name: 'email', type: 'email', required: false, autoComplete: 'email' },
  { name: 'address', type: 'text', required: true, autoComplete: 'street-address' },
];

const representativeFields: readonly RepresentativeField[] = ['fullName', 'identityNumber', 'phone', 'relationship'];

type ApplicantStepProps = {
  initial: ApplicantFormValues;
  /** At the counter: the channel is chosen and nothing is prefilled. */
  counter: boolean;
  pending: boolean;
  /** The failed draft creation, if any: its field errors are shown by the fields. */
  error: unknown;
  onBack: () => void;
  /** Called with the values whenever they change (so a new attempt gets a new idempotency key). */
  onChange: () => void;
  onSubmit: (values: ApplicantFormValues) => void;
};

const applicantLabel = (field: ApplicantField, kind: ApplicantKind): TranslationKey =>
  field === 'fullName' && kind === 'Organisation'
    ? 'dossierNew.applicant.organisationName'
    : field === 'identityNumber' && kind === 'Organisation'
      ? 'dossierNew.applicant.taxCode'
      : `dossierNew.applicant.${field}`;

/** Step 2: who the dossier is for, and who submits it on their behalf if someone else does. */
export function ApplicantStep({ initial, counter, pending, error, onBack, onChange, onSubmit }: ApplicantStepProps) {
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState<ApplicantFormValues>(initial);
  const [clientErrors, setClientErrors] = useState<Record<string, string[]>>({});

  const serverErrors = fieldErrorsOf(error);
  const errorsFor = (key: string) => [...(clientErrors[key] ?? []), ...(serverErrors[key] ?? [])];
  const shownKeys = new Set([
    ...applicantFields.map((f) => `applicant.${f.name}`),
    ...representativeFields.map((f) => `representative.${f}`),
  ]);
  const otherServerErrors = Object.entries(serverErrors).filter(([key]) => !shownKeys.has(key));
  const hasServerFieldErrors = Object.keys(serverErrors).length > 0;

  const update = (change: (current: ApplicantFormValues) => ApplicantFormValues) => {
    setValues(change);
    onChange();
  };

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: Record<string, string[]> = {};
    for (const field of applicantFields)
      if (field.required && !values[field.name].trim()) errors[`applicant.${field.name}`] = [t('dossierNew.required')];
    if (values.onBehalf)
      for (const field of representativeFields)
        if (!values.representative[field].trim()) errors[`representative.${field}`] = [t('dossierNew.required')];
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) return;
    onSubmit(values);
  };

  return (
    <form noValidate onSubmit={handleSubmit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        {t('dossierNew.step.applicant')}
      </h2>
      {error !== null && error !== undefined && (
        <div className="callout callout--error" role="alert">
          <p className="callout__title">{t('dossierNew.create.failed')}</p>
          <p>
            {hasServerFieldErrors
              ? t('dossierNew.fixErrors')
              : problemMessage(error, isApiError(error) ? t('error.loadFailed') : t('dossierNew.networkError'))}
          </p>
          {otherServerErrors.length > 0 && (
            <ul>
              {otherServerErrors.flatMap(([key, messages]) => messages.map((m) => <li key={`${key}-${m}`}>{m}</li>))}
            </ul>
          )}
        </div>
      )}
      {counter && (
        <fieldset className="form-field">
          <legend>{t('intake.channel')}</legend>
          {(['Counter', 'Postal'] as const).map((channel) => (
            <label key={channel} className="checkbox">
              <input
                type="radio"
                name="channel"
                value={channel}
                checked={values.channel === channel}
                onChange={() => {
                  update((current) => ({ ...current, channel }));
                }}
              />{' '}
              {t(`intake.channel.${channel}`)}
            </label>
          ))}
        </fieldset>
      )}
      <fieldset className="form-field">
        <legend>{t('dossierNew.applicant.kind')}</legend>
        {(['Citizen', 'Organisation'] as const).map((kind) => (
          <label key={kind} className="checkbox">
            <input
              type="radio"
              name="kind"
              value={kind}
              checked={values.kind === kind}
              onChange={() => {
                update((current) => ({ ...current, kind }));
              }}
            />{' '}
            {t(`dossierNew.applicant.kind.${kind}`)}
          </label>
        ))}
      </fieldset>
      <div className="auth-form">
        {applicantFields.map((field) => (
          <TextField
            key={field.name}
            label={t(applicantLabel(field.name, values.kind))}
            name={`applicant.${field.name}`}
            type={field.type}
            autoComplete={field.autoComplete}
            required={field.required}
            hint={field.name === 'identityNumber' ? t('dossierNew.applicant.identityNumber.hint') : undefined}
            value={values[field.name]}
            errors={errorsFor(`applicant.${field.name}`)}
            onChange={(event) => {
              const { value } = event.target;
              update((current) => ({ ...current, [field.name]: value }));
            }}
          />
        ))}
        <label className="checkbox form-field">
          <input
            type="checkbox"
            name="onBehalf"
            checked={values.onBehalf}
            onChange={(event) => {
              const { checked } = event.target;
              update((current) => ({ ...current, onBehalf: checked }));
            }}
          />{' '}
          {t('dossierNew.onBehalf')}
        </label>
        {values.onBehalf && (
          <fieldset className="form-field wizard-fieldset">
            <legend>{t('dossierNew.representative')}</legend>
            {representativeFields.map((field) => (
              <TextField
                key={field}
                label={t(`dossierNew.representative.${field}`)}
                name={`representative.${field}`}
                type={field === 'phone' ? 'tel' : 'text'}
                autoComplete="off"
                required
                value={values.representative[field]}
                errors={errorsFor(`representative.${field}`)}
                onChange={(event) => {
                  const { value } = event.target;
                  update((current) => ({ ...current, representative: { ...current.representative, [field]: value } }));
                }}
              />
            ))}
          </fieldset>
        )}
      </div>
      <div className="wizard-actions">
        <button type="button" className="button button--secondary" onClick={onBack} disabled={pending}>
          {t('dossierNew.back')}
        </button>
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('dossierNew.create.pending') : t('dossierNew.create.submit')}
        </button>
      </div>
    </form>
  );
}
