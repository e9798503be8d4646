import { useState, type SubmitEvent } from 'react';

import { CheckboxGroup } from '@/components/ui/checkbox-group';
import { FormErrorCallout } from '@/components/ui/form-error-callout';
import { TextField } from '@/components/ui/text-field';
import type { Agency } from '@/lib/api/types';
import { useTranslation } from '@/lib/i18n/use-translation';
import { isApiError } from '@/lib/problem-details';

import { useCreateIntegratorClient } from '../api/create-integrator-client';
import { integratorScopes, isIntegratorScope, needsAgencies, type IntegratorScope } from '../utils/scopes';

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
  const create = useCreateIntegratorClient();
  const [values, setValues] = useState<Values>(emptyValues);
  const [clientErrors, setClientErrors] = useState<Partial<Record<FieldName, string[]>>>({});

  const error = create.error;
  const serverErrors = isApiError(error) && error.status === 400 ? groupFieldErrors(error.fieldErrors) : {};
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
        <FormErrorCallout
          title={t('integratorClients.create.failed')}
          error={error}
          fallback={t('error.loadFailed')}
          fieldErrorsMessage={t('integratorClients.create.fixErrors')}
        />
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
      <CheckboxGroup
        legend={t('integratorClients.create.scopes')}
        name="scopes"
        options={integratorScopes.map((scope) => ({ value: scope, label: t(`integratorClients.scope.${scope}`) }))}
        values={values.scopes}
        onToggle={(scope, checked) => {
          if (isIntegratorScope(scope)) toggle('scopes', scope, checked);
        }}
        errors={scopeErrors}
      />
      {(showAgencies || agencyErrors.length > 0) && (
        <CheckboxGroup
          legend={t('integratorClients.create.agencies')}
          name="agencyIds"
          options={agencies.map((agency) => ({ value: agency.id, label: agency.name }))}
          values={values.agencyIds}
          onToggle={(agencyId, checked) => {
            toggle('agencyIds', agencyId, checked);
          }}
          errors={agencyErrors}
        />
      )}
      <button type="submit" className="button" disabled={create.isPending}>
        {create.isPending ? t('integratorClients.create.submitting') : t('integratorClients.create.submit')}
      </button>
    </form>
  );
}
