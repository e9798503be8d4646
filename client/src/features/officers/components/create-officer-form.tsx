import { useId, useState, type SubmitEvent } from 'react';

import { FormErrorCallout } from '@/components/ui/form-error-callout';
import { TextField } from '@/components/ui/text-field';
import type { Agency, CreateOfficerRequest } from '@/lib/api/types';
import { useTranslation } from '@/lib/i18n/use-translation';

import { useCreateOfficer } from '../api/create-officer';
import { officerFieldErrors } from '../utils/field-errors';

import { RoleCheckboxGroup } from './role-checkbox-group';

type CreateOfficerFormProps = {
  /** The agencies an officer can be bound to. */
  agencies: readonly Agency[];
};

type TextFieldName = 'fullName' | 'email' | 'phoneNumber';
type FieldName = TextFieldName | 'agencyId' | 'roles';

const textFields: readonly { name: TextFieldName; type: string; inputMode?: 'email' | 'tel' }[] = [
  { name: 'fullName', type: 'text' },
  { name: 'email', type: 'email', inputMode: 'email' },
  { name: 'phoneNumber', type: 'tel', inputMode: 'tel' },
];

const emptyValues: CreateOfficerRequest = { fullName: '', email: '', phoneNumber: '', agencyId: '', roles: [] };

/** An administrator's form to create an officer account; shows the initial password once on success. */
export function CreateOfficerForm({ agencies }: CreateOfficerFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const createOfficer = useCreateOfficer();
  const [values, setValues] = useState<CreateOfficerRequest>(emptyValues);
  const [clientErrors, setClientErrors] = useState<Partial<Record<FieldName, string[]>>>({});

  const error = createOfficer.error;
  const serverErrors = officerFieldErrors<FieldName>(error);
  const errorsFor = (field: FieldName) => [...(clientErrors[field] ?? []), ...(serverErrors[field] ?? [])];

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body: CreateOfficerRequest = {
      ...values,
      fullName: values.fullName.trim(),
      email: values.email.trim(),
      phoneNumber: values.phoneNumber.trim(),
    };
    const errors: Partial<Record<FieldName, string[]>> = {};
    for (const field of ['fullName', 'email', 'phoneNumber', 'agencyId'] as const)
      if (!body[field]) errors[field] = [t('officers.create.required')];
    if (body.roles.length === 0) errors.roles = [t('officers.create.rolesRequired')];
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) return;
    createOfficer.mutate(body, {
      onSuccess: () => {
        setValues(emptyValues);
      },
    });
  };

  const agencyErrors = errorsFor('agencyId');
  const created = createOfficer.data;

  return (
    <form className="auth-form" noValidate onSubmit={handleSubmit}>
      {created && (
        <div className="callout" role="status">
          <p className="callout__title">{t('officers.create.success')}</p>
          <p>
            {t('officers.create.initialPassword')}: <strong className="code">{created.initialPassword}</strong>
          </p>
          <p>{t('officers.create.passwordNote')}</p>
        </div>
      )}
      {createOfficer.isError && (
        <FormErrorCallout
          title={t('officers.create.failed')}
          error={error}
          fallback={t('error.loadFailed')}
          fieldErrorsMessage={t('officers.create.fixErrors')}
        />
      )}
      {textFields.map((field) => (
        <TextField
          key={field.name}
          label={t(`officers.create.${field.name}`)}
          name={field.name}
          type={field.type}
          inputMode={field.inputMode}
          autoComplete="off"
          required
          value={values[field.name]}
          errors={errorsFor(field.name)}
          onChange={(event) => {
            const { value } = event.target;
            setValues((current) => ({ ...current, [field.name]: value }));
          }}
        />
      ))}
      <div className="form-field">
        <label htmlFor={`${id}-agency`}>{t('officers.create.agency')}</label>
        <select
          id={`${id}-agency`}
          name="agencyId"
          required
          aria-invalid={agencyErrors.length > 0 || undefined}
          aria-describedby={agencyErrors.length > 0 ? `${id}-agency-error` : undefined}
          value={values.agencyId}
          onChange={(event) => {
            const { value } = event.target;
            setValues((current) => ({ ...current, agencyId: value }));
          }}
        >
          <option value="">{t('officers.create.agency.choose')}</option>
          {agencies.map((agency) => (
            <option key={agency.id} value={agency.id}>
              {agency.name}
            </option>
          ))}
        </select>
        {agencyErrors.length > 0 && (
          <ul id={`${id}-agency-error`} className="form-field__errors">
            {agencyErrors.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        )}
      </div>
      <RoleCheckboxGroup
        legend={t('officers.create.roles')}
        roles={values.roles}
        onChange={(roles) => {
          setValues((current) => ({ ...current, roles }));
        }}
        errors={errorsFor('roles')}
      />
      <button type="submit" className="button" disabled={createOfficer.isPending}>
        {createOfficer.isPending ? t('officers.create.submitting') : t('officers.create.submit')}
      </button>
    </form>
  );
}
