import type { UseMutationResult } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';

import { TextField } from '@/components/ui/text-field';
import type { RegisteredAccount } from '@/lib/api/types';
import type { TranslationKey } from '@/lib/i18n/translate';
import { useTranslation } from '@/lib/i18n/use-translation';
import { isApiError } from '@/lib/problem-details';

import { useSignIn } from '../api/sign-in';
import type { RegistrationErrors } from '../utils/registration-rules';

import { FormProblem } from './form-problem';

/** What every self-registration form sends: its own fields, an e-mail and a password (to sign in right after). */
export type RegistrationValues = Record<string, string> & { email: string; password: string };

export type RegistrationFieldSpec<Field extends string> = {
  name: Field;
  label: TranslationKey;
  hint?: TranslationKey;
  type: string;
  autoComplete: string;
  inputMode?: 'numeric' | 'tel' | 'email';
};

/** The e-mail, phone and password fields every registration form ends with. */
export const contactFields = [
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
] as const satisfies readonly RegistrationFieldSpec<'email' | 'phoneNumber' | 'password'>[];

type RegistrationFormProps<Values extends RegistrationValues> = {
  fields: readonly RegistrationFieldSpec<keyof Values & string>[];
  initialValues: Values;
  validate: (values: Values) => RegistrationErrors<keyof Values & string>;
  registration: UseMutationResult<RegisteredAccount, Error, Values>;
  /** Called once the account exists and the user is signed in with it. */
  onSuccess: () => void;
};

/** A self-registration form: checks the fields as the server would, registers, then signs in with the new account. */
export function RegistrationForm<Values extends RegistrationValues>({
  fields,
  initialValues,
  validate,
  registration,
  onSuccess,
}: RegistrationFormProps<Values>) {
  type Field = keyof Values & string;
  const { t } = useTranslation();
  const signIn = useSignIn();
  const [values, setValues] = useState<Values>(initialValues);
  const [clientErrors, setClientErrors] = useState<RegistrationErrors<Field>>({});

  const serverFieldErrors =
    isApiError(registration.error) && registration.error.status === 400 ? registration.error.fieldErrors : {};
  const hasServerFieldErrors = Object.keys(serverFieldErrors).length > 0;
  const errorsFor = (field: Field) => [
    ...(clientErrors[field] ?? []).map((key) => t(key)),
    ...(serverFieldErrors[field] ?? []),
  ];

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Passwords are sent as typed; every other field without surrounding spaces.
    const trimmed = Object.fromEntries(
      Object.entries(values).map(([name, value]) => [name, name === 'password' ? value : value.trim()]),
    ) as Values;
    const errors = validate(trimmed);
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) return;
    registration.mutate(trimmed, {
      onSuccess: () => {
        signIn.mutate({ login: trimmed.email, password: trimmed.password }, { onSuccess });
      },
    });
  };

  const busy = registration.isPending || signIn.isPending;

  return (
    <form className="auth-form" noValidate onSubmit={handleSubmit}>
      {registration.isError &&
        (hasServerFieldErrors ? (
          <div className="callout callout--error" role="alert">
            <p className="callout__title">{t('register.failed')}</p>
            <p>{t('register.fixErrors')}</p>
          </div>
        ) : (
          <FormProblem title={t('register.failed')} error={registration.error} fallback={t('error.loadFailed')} />
        ))}
      {signIn.isError && (
        <FormProblem title={t('signIn.failed')} error={signIn.error} fallback={t('error.loadFailed')} />
      )}
      {fields.map((spec) => (
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
