import { useEffect, useId, useRef, useState, type SubmitEvent } from 'react';

import type { AgencyRef, Colleague, DossierAction, DossierDetail, DossierDocument } from '@/lib/api/types';
import { formatDateTime } from '@/lib/format';
import { dossierActionLabel, roleLabel } from '@/lib/i18n/enum-labels';
import { useTranslation } from '@/lib/i18n/use-translation';
import { newIdempotencyKey } from '@/lib/idempotency-key';
import { isApiError } from '@/lib/problem-details';

import type { PerformActionInput } from '../api/perform-action';
import {
  actionFields,
  buildActionBody,
  initialValues,
  type ActionFieldName,
  type ActionValues,
} from '../utils/action-fields';

import { FileUpload } from './file-upload';

type ActionDialogProps = {
  dossier: DossierDetail;
  action: DossierAction;
  /** The agencies a dossier can be transferred to. */
  agencies: readonly Pick<AgencyRef, 'id' | 'name'>[];
  /** The officers of the caller's agency a step can be assigned to. */
  colleagues: readonly Colleague[];
  isPending: boolean;
  /** The last failure of this dialog's action (not a stale-version conflict: the panel shows that). */
  error: unknown;
  onSubmit: (input: PerformActionInput) => void;
  onClose: () => void;
};

type FieldErrors = Partial<Record<ActionFieldName | 'resultDocumentId' | 'supplement', string[]>>;

const textAreaFields: readonly ActionFieldName[] = ['note', 'reasons', 'reason', 'request', 'answer'];

/** The small form of one action: the fields it needs, then a confirm button. */
export function ActionDialog({
  dossier,
  action,
  agencies,
  colleagues,
  isPending,
  error,
  onSubmit,
  onClose,
}: ActionDialogProps) {
  const { t, locale } = useTranslation();
  const id = useId();
  const titleId = `${id}-title`;
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<ActionValues>(() => initialValues(dossier));
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  // One key per intent: kept while this dialog retries, a new dialog makes a new one.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [resultDocument, setResultDocument] = useState<DossierDocument | null>(null);
  const [supplements, setSupplements] = useState<DossierDocument[]>([]);

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input, textarea, select, button')?.focus();
  }, []);

  const fields = actionFields[action];
  const serverErrors: FieldErrors = isApiError(error) && error.status === 400 ? error.fieldErrors : {};
  const hasServerFieldErrors = Object.keys(serverErrors).length > 0;
  const errorsFor = (name: keyof FieldErrors) => [...(clientErrors[name] ?? []), ...(serverErrors[name] ?? [])];
  const label = (name: ActionFieldName) => t(`dossier.field.${name}`);

  const setValue = (name: ActionFieldName, value: string) => {
    setValues((current) => ({ ...current, [name]: value }));
  };

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: FieldErrors = {};
    for (const field of fields)
      if (field.required && values[field.name].trim() === '') errors[field.name] = [t('dossier.action.required')];
    if (action === 'Approve' && values.decision === 'Approved' && !resultDocument)
      errors.resultDocumentId = [t('dossier.field.result.required')];
    if (action === 'ProvideSupplement' && supplements.length === 0)
      errors.supplement = [t('dossier.supplement.required')];
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) return;
    onSubmit({
      action,
      idempotencyKey,
      body: buildActionBody(action, values, dossier.version, resultDocument?.id),
    });
  };

  const renderField = (name: ActionFieldName, required: boolean) => {
    const fieldId = `${id}-${name}`;
    const errors = errorsFor(name);
    const errorId = `${fieldId}-error`;
    const common = {
      id: fieldId,
      name,
      required,
      'aria-invalid': errors.length > 0 || undefined,
      'aria-describedby': errors.length > 0 ? errorId : undefined,
    };
    let control;
    if (name === 'decision' || name === 'deliveryMethod') {
      const options =
        name === 'decision'
          ? (['Approved', 'Refused'] as const).map((value) => ({ value, text: t(`dossier.field.decision.${value}`) }))
          : (['Counter', 'Post', 'Online'] as const).map((value) => ({ value, text: t(`dossier.delivery.${value}`) }));
      return (
        <fieldset key={name} className="form-field" aria-describedby={common['aria-describedby']}>
          <legend>{label(name)}</legend>
          {options.map((option) => (
            <label key={option.value} className="checkbox">
              <input
                type="radio"
                name={`${id}-${name}`}
                value={option.value}
                checked={values[name] === option.value}
                onChange={() => {
                  setValue(name, option.value);
                }}
              />{' '}
              {option.text}
            </label>
          ))}
          {errors.length > 0 && (
            <ul id={errorId} className="form-field__errors">
              {errors.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
        </fieldset>
      );
    }
    if (textAreaFields.includes(name)) {
      control = (
        <textarea
          {...common}
          className="text-input"
          rows={3}
          value={values[name]}
          onChange={(event) => {
            setValue(name, event.target.value);
          }}
        />
      );
    } else if (name === 'agencyId' || name === 'subDossierId' || name === 'assigneeId') {
      const options =
        name === 'agencyId'
          ? agencies
              .filter((agency) => agency.id !== dossier.holdingAgency.id)
              .map((agency) => ({ value: agency.id, text: agency.name }))
          : name === 'assigneeId'
            ? colleagues
                .filter((colleague) => colleague.id !== dossier.assigneeId)
                .map((colleague) => ({
                  value: colleague.id,
                  text: `${colleague.fullName} (${colleague.roles.map((role) => roleLabel(t, role)).join(', ')})`,
                }))
            : dossier.subDossiers
                .filter((sub) => !sub.completedAt)
                .map((sub) => ({
                  value: sub.id,
                  text: `${sub.agency.name} – ${formatDateTime(sub.dueAt, locale) ?? ''}`,
                }));
      control = (
        <select
          {...common}
          value={values[name]}
          onChange={(event) => {
            setValue(name, event.target.value);
          }}
        >
          <option value="">
            {t(name === 'assigneeId' ? 'dossier.field.assigneeId.choose' : 'dossier.field.agencyId.choose')}
          </option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.text}
            </option>
          ))}
        </select>
      );
    } else {
      const type =
        name === 'newAppointment' ? 'datetime-local' : name === 'workingDays' || name === 'amount' ? 'number' : 'text';
      control = (
        <input
          {...common}
          className="text-input"
          type={type}
          min={type === 'number' ? (name === 'workingDays' ? 1 : 0) : undefined}
          value={values[name]}
          onChange={(event) => {
            setValue(name, event.target.value);
          }}
        />
      );
    }
    return (
      <div key={name} className="form-field">
        <label htmlFor={fieldId}>{label(name)}</label>
        {control}
        {errors.length > 0 && (
          <ul id={errorId} className="form-field__errors">
            {errors.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        )}
      </div>
    );
  };

  const failed = Boolean(error);
  const message = isApiError(error)
    ? (error.problem.detail ?? error.problem.title ?? t('dossier.action.failed'))
    : t('dossier.action.networkError');

  return (
    <div className="panel" role="dialog" aria-labelledby={titleId}>
      <h3 id={titleId} className="case-section__subtitle">
        {dossierActionLabel(t, action)}
      </h3>
      <form ref={formRef} className="auth-form" noValidate onSubmit={handleSubmit}>
        {failed && (
          <div className="callout callout--error" role="alert">
            <p className="callout__title">{t('dossier.action.failed')}</p>
            <p>{hasServerFieldErrors ? t('dossier.action.fixErrors') : message}</p>
          </div>
        )}
        {action === 'ProvideSupplement' && (
          <>
            <p className="form-field__hint">{t('dossier.supplement.hint')}</p>
            {dossier.requiredDocuments.map((doc) => (
              <FileUpload
                key={doc.index}
                dossierId={dossier.id}
                purpose="Supplement"
                requiredDocumentIndex={doc.index}
                label={doc.name}
                onUploaded={(document) => {
                  setSupplements((current) => [...current, document]);
                }}
              />
            ))}
            {errorsFor('supplement').length > 0 && (
              <ul className="form-field__errors">
                {errorsFor('supplement').map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
            )}
          </>
        )}
        {fields.map((field) => renderField(field.name, field.required ?? false))}
        {action === 'Approve' && values.decision === 'Approved' && (
          <FileUpload
            dossierId={dossier.id}
            purpose="Result"
            label={t('dossier.field.result')}
            errors={errorsFor('resultDocumentId')}
            onUploaded={setResultDocument}
          />
        )}
        <div className="auth-form__footer">
          <button type="submit" className="button" disabled={isPending}>
            {isPending ? t('dossier.action.pending') : t('dossier.action.confirm')}
          </button>{' '}
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('dossier.action.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
