import { useEffect, useRef } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { PageTitle } from '@/components/ui/page-title';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { useCompleteExternalSignIn } from '@/features/auth/api/complete-external-sign-in';
import { FormProblem } from '@/features/auth/components/form-problem';
import { safeRedirect } from '@/features/auth/utils/account';
import { takeExternalSignInTarget } from '@/features/auth/utils/external-sign-in';
import { useTranslation } from '@/lib/i18n/use-translation';

/** Where the identity provider sends the browser back: hands its code and state to the API, then goes on signed in. */
export function ExternalSignInCallbackRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const complete = useCompleteExternalSignIn();
  const sent = useRef(false);
  const code = searchParams.get('code');
  const state = searchParams.get('state');
  // Without a code the provider answered with an error (the person cancelled, or it refused).
  const answered = Boolean(code && state);

  useEffect(() => {
    // A code works once: never send it twice (React runs effects twice in development).
    if (!code || !state || sent.current) return;
    sent.current = true;
    complete.mutate(
      { code, state },
      {
        onSuccess: () => {
          void navigate(safeRedirect(takeExternalSignInTarget(), paths.profile.getHref()), { replace: true });
        },
      },
    );
  }, [code, state, complete, navigate]);

  return (
    <div className="container page">
      <PageTitle title={t('account.external.title')} />
      <h1 className="page-title">{t('account.external.title')}</h1>
      {answered && !complete.isError ? (
        <Spinner label={t('account.external.completing')} />
      ) : (
        <>
          <FormProblem
            title={t('account.external.failed')}
            error={complete.error}
            fallback={answered ? t('error.loadFailed') : t('account.external.cancelled')}
          />
          <p>
            <Link to={paths.signIn.getHref()}>{t('account.external.backToSignIn')}</Link>
          </p>
        </>
      )}
    </div>
  );
}
