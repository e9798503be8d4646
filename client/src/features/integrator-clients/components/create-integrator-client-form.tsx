import { useId, useState, type SubmitEvent } from 'react';

import { TextField } from '@/components/ui/text-field';
import type { Agency } from '@/lib/api/types';
import { useTranslation } from '@/lib/i18n/use-translation';
import { isApiError } from '@/lib/problem-details';

import { useCreateIntegratorClient } from '../api/create-integrator-client';
import { integratorScopes, needsAgencies, type IntegratorScope } from '../utils/scopes';

type CreateIntegratorClientFormProps = {
  /** The agencies whose dossiers a client can be given access to. */
  agencies: readonly Agency[];
};

type FieldName = 'name' | 'scopes' | 'agencyIds';
type Values = { name: string; scopes: IntegratorScope[]; agencyIds: string[] };

const emptyValues: Values = { name: '', scopes: [], agencyIds: [] };

/** Server field errors, with `scopes[1]`-style keys gathered under their field. */
function groupFieldErrors(errors: Record<string, string[]>): Partial<Record<FieldName, string[]>> {
  const result: Partial<Record<FieldName, string[]>> = {};
  for (const [key, messages] of Object.entries(errors)) {
    const base = key.replace(/\[.*$/, '');
    const field = (base.charAt(0).toLowerCase() + base.slice(1)) as FieldName;
    result[field] = [...(result[field] ?? []), ...messages];
  }
  return result;
}

/** An administrator's form to register an integrator client; shows the client secret once on success. */
export function CreateIntegratorClientForm({ agencies }: CreateIntegratorClientFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const create = useCreateIntegratorClient();
  const [values, setValues] = useState<Values>(emptyValues);
  const [clientErrors, setClientErrors] = useState<Partial<Record<FieldName, string[]>>>({});

  const error = create.error;
  const serverErrors = isApiError(error) && error.status === 400 ? groupFieldErrors(error.fieldErrors) : {};
  const hasServerFieldErrors = Object.keys(serverErrors).length > 0;
  const errorsFor = (field: FieldName) => [...(clientErrors[field] ?? []), ...(serverErrors[field] ?? [])];
  const showAgencies = needsAgencies(values.scopes);

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = {
      name: values.name.trim(),
      scopes: values.scopes,
      agencyIds: showAgencies ? values.agencyIds : [],
    };
    const errors: Partial<Record<FieldName, string[]>> = {};
    if (!body.name) errors.name = [t('integratorClients.create.required')];
    if (body.scopes.length === 0) errors.scopes = [t('integratorClients.create.scopesRequired')];
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) return;
    create.mutate(body, {
      onSuccess: () => {
        setValues(emptyValues);
      },
    });
  };

  const toggle = <K extends 'scopes' | 'agencyIds'>(key: K, value: Values[K][number], checked: boolean) => {
    setValues((current) => {
      const list = current[key] as string[];
      const next = checked ? [...list, value] : list.filter((item) => item !== value);
      return { ...current, [key]: next };
    });
  };

  const scopeErrors = errorsFor('scopes');
  const agencyErrors = errorsFor('agencyIds');
  const created = create.data;

  return (
    <form className="auth-form" noValidate onSubmit={handleSubmit}>
      {created && (
        <div className="callout" role="status">
          <p className="callout__title">{t('integratorClients.create.success')}</p>
          <p>
            {t('integratorClients.create.clientId')}: <strong className="code">{created.clientId}</strong>
          </p>
          <p>
            {t('integratorClients.create.clientSecret')}: <strong className="code">{created.clientSecret}</strong>
          </p>
          <p>{t('integratorClients.create.secretNote')}</p>
        </div>
      )}
      {create.isError && (
        <div className="callout callout--error" role="alert">
          <p className="callout__title">{t('integratorClients.create.failed')}</p>
          <p>
            {hasServerFieldErrors
              ? t('integratorClients.create.fixErrors')
              : isApiError(error)
                ? (error.problem.detail ?? error.problem.title ?? t('error.loadFailed'))
                : t('error.loadFailed')}
          </p>
        </div>
      )}
      <TextField
        label={t('integratorClients.create.name')}
        name="name"
        type="text"
        autoComplete="off"
        required
        value={values.name}
        errors={errorsFor('name')}
        onChange={(event) => {
          const { value } = event.target;
          setValues((current) => ({ ...current, name: value }));
        }}
      />
      <fieldset
        className="form-field"
        aria-invalid={scopeErrors.length > 0 || undefined}
        aria-describedby={scopeErrors.length > 0 ? `${id}-scopes-error` : undefined}
      >
        <legend>{t('integratorClients.create.scopes')}</legend>
        {integratorScopes.map((scope) => (
          <label key={scope} className="checkbox">
            <input
              type="checkbox"
              name="scopes"
              value={scope}
              checked={values.scopes.includes(scope)}
              onChange={(event) => {
                toggle('scopes', scope, event.target.checked);
              }}
            />{' '}
            {t(`integratorClients.scope.${scope}`)}
          </label>
        ))}
        {scopeErrors.length > 0 && (
          <ul id={`${id}-scopes-error`} className="form-field__errors">
            {scopeErrors.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        )}
      </fieldset>
      {(showAgencies || agencyErrors.length > 0) && (
        <fieldset
          className="form-field"
          aria-invalid={agencyErrors.length > 0 || undefined}
          aria-describedby={agencyErrors.length > 0 ? `${id}-agencies-error` : undefined}
        >
          <legend>{t('integratorClients.create.agencies')}</legend>
          {agencies.map((agency) => (
            <label key={agency.id} className="checkbox">
              <input
                type="checkbox"
                name="agencyIds"
                value={agency.id}
                checked={values.agencyIds.includes(agency.id)}
                onChange={(event) => {
                  toggle('agencyIds', agency.id, event.target.checked);
                }}
              />{' '}
              {agency.name}
            </label>
          ))}
          {agencyErrors.length > 0 && (
            <ul id={`${id}-agencies-error`} className="form-field__errors">
              {agencyErrors.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
        </fieldset>
      )}
      <button type="submit" className="button" disabled={create.isPending}>
        {create.isPending ? t('integratorClients.create.submitting') : t('integratorClients.create.submit')}
      </button>
    </form>
  );
}
