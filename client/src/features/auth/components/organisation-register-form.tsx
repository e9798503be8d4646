import type { RegisterOrganisationRequest } from '@/lib/api/types';

import { useRegisterOrganisation } from '../api/register-organisation';
import { validateOrganisationRegistration, type OrganisationRegistrationField } from '../utils/registration-rules';

import { contactFields, RegistrationForm, type RegistrationFieldSpec } from './registration-form';

type OrganisationRegisterFormProps = {
  /** Called once the account exists and the user is signed in with it. */
  onSuccess: () => void;
};

const fields: readonly RegistrationFieldSpec<OrganisationRegistrationField>[] = [
  {
    name: 'organisationName',
    label: 'account.organisationName',
    hint: 'account.organisationName.hint',
    type: 'text',
    autoComplete: 'organization',
  },
  { name: 'taxCode', label: 'account.taxCode', hint: 'account.taxCode.hint', type: 'text', autoComplete: 'off' },
  {
    name: 'representativeName',
    label: 'account.representativeName',
    hint: 'account.representativeName.hint',
    type: 'text',
    autoComplete: 'name',
  },
  ...contactFields,
];

const emptyValues: RegisterOrganisationRequest = {
  organisationName: '',
  taxCode: '',
  representativeName: '',
  email: '',
  phoneNumber: '',
  password: '',
};

/** An organisation's self-registration: it signs in with its tax code or e-mail. */
export function OrganisationRegisterForm({ onSuccess }: OrganisationRegisterFormProps) {
  const registration = useRegisterOrganisation();
  return (
    <RegistrationForm
      fields={fields}
      initialValues={emptyValues}
      validate={validateOrganisationRegistration}
      registration={registration}
      onSuccess={onSuccess}
    />
  );
}
