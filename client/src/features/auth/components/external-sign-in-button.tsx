import { useTranslation } from '@/lib/i18n/use-translation';

import { useExternalSignIn } from '../api/get-external-sign-in';
import { useStartExternalSignIn } from '../api/start-external-sign-in';

import { FormProblem } from './form-problem';

type ExternalSignInButtonProps = {
  /** Where to land once signed in (an in-app path). */
  redirectTo: string;
};

/** "Sign in with VNeID": shown only when the province has configured its identity provider. */
export function ExternalSignInButton({ redirectTo }: ExternalSignInButtonProps) {
  const { t } = useTranslation();
  const { data } = useExternalSignIn();
  const start = useStartExternalSignIn();
  if (!data?.enabled || !data.displayName) return null;
  const name = data.displayName;
  // After success the browser is on its way to the provider: the button stays disabled until the page is left.
  const leaving = start.isPending || start.isSuccess;
  return (
    <div className="external-sign-in">
      <p className="external-sign-in__or">{t('account.external.or')}</p>
      {start.isError && (
        <FormProblem title={t('account.external.startFailed')} error={start.error} fallback={t('error.loadFailed')} />
      )}
      <button
        type="button"
        className="button button--secondary"
        disabled={leaving}
        onClick={() => {
          start.mutate(redirectTo);
        }}
      >
        {leaving ? t('account.external.redirecting', { name }) : t('account.external.signInWith', { name })}
      </button>
    </div>
  );
}
