import type { RegisterRequest } from '@/lib/api/types';

import { useRegister } from '../api/register';
import { validateRegistration, type RegistrationField } from '../utils/registration-rules';

import { contactFields, RegistrationForm, type RegistrationFieldSpec } from './registration-form';

type RegisterFormProps = {
  /** Called once the account exists and the user is signed in with it. */
  onSuccess: () => void;
};

const fields: readonly RegistrationFieldSpec<RegistrationField>[] = [
  { name: 'fullName', label: 'register.fullName', hint: 'register.fullName.hint', type: 'text', autoComplete: 'name' },
  {
    name: 'citizenId',
    label: 'register.citizenId',
    hint: 'register.citizenId.hint',
    type: 'text',
    autoComplete: 'off',
    inputMode: 'numeric',
  },
  ...contactFields,
];

const emptyValues: RegisterRequest = { fullName: '', citizenId: '', email: '', phoneNumber: '', password: '' };

/** A citizen's self-registration. */
export function RegisterForm({ onSuccess }: RegisterFormProps) {
  const registration = useRegister();
  return (
    <RegistrationForm
      fields={fields}
      initialValues={emptyValues}
      validate={validateRegistration}
      registration={registration}
      onSuccess={onSuccess}
    />
  );
}
