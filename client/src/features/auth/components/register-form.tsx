import { useState, type SubmitEvent } from 'react';

import { TextField } from '@/components/ui/text-field';
import type { RegisterRequest } from '@/lib/api/types';
import type { TranslationKey } from '@/lib/i18n/translate';
import { useTranslation } from '@/lib/i18n/use-translation';
import { isApiError } from '@/lib/problem-details';

import { useRegister } from '../api/register';
import { useSignIn } from '../api/sign-in';
import { validateRegistration, type RegistrationField } from '../utils/registration-rules';

import { FormProblem } from './form-problem';

type RegisterFormProps = {
  /** Called once the account exists and the user is signed in with it. */
  onSuccess: () => void;
};

type FieldSpec = {
  name: RegistrationField;
  label: TranslationKey;
  hint?: TranslationKey;
  type: string;
  autoComplete: string;
  inputMode?: 'numeric' | 'tel' | 'email';
};

const fieldSpecs: readonly FieldSpec[] = [
  { name: 'fullName', label: 'register.fullName', hint: 'register.fullName.hint', type: 'text', autoComplete: 'name' },
  {
    name: 'citizenId',
    label: 'register.citizenId',
    hint: 'register.citizenId.hint',
    type: 'text',
    autoComplete: 'off',
    inputMode: 'numeric',
  },
  {
    name: 'email',
    label: 'register.email',
    hint: 'register.email.hint',
    type: 'email',
    autoComplete: 'email',
    inputMode: 'email',
  },
  {
    name: 'phoneNumber',
    label: 'register.phoneNumber',
    hint: 'register.phoneNumber.hint',
    type: 'tel',
    autoComplete: 'tel',
    inputMode: 'tel',
  },
  {
    name: 'password',
    label: 'register.password',
    hint: 'register.password.hint',
    type: 'password',
    autoComplete: 'new-password',
  },
];

const emptyValues: RegisterRequest = { fullName: '', citizenId: '', email: '', phoneNumber: '', password: '' };

export function RegisterForm({ onSuccess }: RegisterFormProps) {
  const { t } = useTranslation();
  const register = useRegister();
  const signIn = useSignIn();
  const [values, setValues] = useState<RegisterRequest>(emptyValues);
  const [clientErrors, setClientErrors] = useState<Partial<Record<RegistrationField, TranslationKey[]>>>({});

  const serverFieldErrors =
    isApiError(register.error) && register.error.status === 400 ? register.error.fieldErrors : {};
  const hasServerFieldErrors = Object.keys(serverFieldErrors).length > 0;
  const errorsFor = (field: RegistrationField) => [
    ...(clientErrors[field] ?? []).map((key) => t(key)),
    ...(serverFieldErrors[field] ?? []),
  ];

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed: RegisterRequest = {
      ...values,
      fullName: values.fullName.trim(),
      citizenId: values.citizenId.trim(),
      email: values.email.trim(),
      phoneNumber: values.phoneNumber.trim(),
    };
    const errors = validateRegistration(trimmed);
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) return;
    register.mutate(trimmed, {
      onSuccess: () => {
        signIn.mutate({ login: trimmed.email, password: trimmed.password }, { onSuccess });
      },
    });
  };

  const busy = register.isPending || signIn.isPending;

  return (
    <form className="auth-form" noValidate onSubmit={handleSubmit}>
      {register.isError &&
        (hasServerFieldErrors ? (
          <div className="callout callout--error" role="alert">
            <p className="callout__title">{t('register.failed')}</p>
            <p>{t('register.fixErrors')}</p>
          </div>
        ) : (
          <FormProblem title={t('register.failed')} error={register.error} fallback={t('error.loadFailed')} />
        ))}
      {signIn.isError && (
        <FormProblem title={t('signIn.failed')} error={signIn.error} fallback={t('error.loadFailed')} />
      )}
      {fieldSpecs.map((spec) => (
        <TextField
          key={spec.name}
          label={t(spec.label)}
          hint={spec.hint ? t(spec.hint) : undefined}
          name={spec.name}
          type={spec.type}
          autoComplete={spec.autoComplete}
          inputMode={spec.inputMode}
          required
          value={values[spec.name]}
          errors={errorsFor(spec.name)}
          onChange={(event) => {
            const { value } = event.target;
            setValues((current) => ({ ...current, [spec.name]: value }));
          }}
        />
      ))}
      <button type="submit" className="button" disabled={busy}>
        {busy ? t('register.submitting') : t('register.submit')}
      </button>
    </form>
  );
}
