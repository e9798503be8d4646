import { useState, type SubmitEvent } from 'react';

import { TextField } from '@/components/ui/text-field';
import { useTranslation } from '@/lib/i18n/use-translation';
import { isApiError } from '@/lib/problem-details';

import { useSignIn } from '../api/sign-in';

import { FormProblem } from './form-problem';

type SignInFormProps = {
  onSuccess: () => void;
};

export function SignInForm({ onSuccess }: SignInFormProps) {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ login: boolean; password: boolean }>({ login: false, password: false });

  const fieldErrors = isApiError(signIn.error) && signIn.error.status === 400 ? signIn.error.fieldErrors : {};
  const errorsFor = (field: 'login' | 'password') => [
    ...(missing[field] ? [t('signIn.required')] : []),
    ...(fieldErrors[field] ?? []),
  ];
  const showProblem = signIn.isError && Object.keys(fieldErrors).length === 0;

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const nextMissing = { login: !login.trim(), password: !password };
    setMissing(nextMissing);
    if (nextMissing.login || nextMissing.password) return;
    signIn.mutate({ login: login.trim(), password }, { onSuccess });
  };

  return (
    <form className="auth-form" noValidate onSubmit={handleSubmit}>
      {showProblem && <FormProblem title={t('signIn.failed')} error={signIn.error} fallback={t('error.loadFailed')} />}
      <TextField
        label={t('signIn.login')}
        hint={t('account.signIn.loginHint')}
        name="login"
        autoComplete="username"
        required
        value={login}
        errors={errorsFor('login')}
        onChange={(event) => {
          setLogin(event.target.value);
        }}
      />
      <TextField
        label={t('signIn.password')}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        errors={errorsFor('password')}
        onChange={(event) => {
          setPassword(event.target.value);
        }}
      />
      <button type="submit" className="button" disabled={signIn.isPending}>
        {signIn.isPending ? t('signIn.submitting') : t('signIn.submit')}
      </button>
    </form>
  );
}
