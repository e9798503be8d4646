import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';

import { PageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { ExternalSignInButton } from '@/features/auth/components/external-sign-in-button';
import { SignInForm } from '@/features/auth/components/sign-in-form';
import { useSession } from '@/features/auth/hooks/use-session';
import { safeRedirect } from '@/features/auth/utils/account';
import { useTranslation } from '@/lib/i18n/use-translation';

export function SignInRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const { isSignedIn } = useSession();
  const redirectTo = safeRedirect(searchParams.get('redirectTo'), paths.profile.getHref());

  return (
    <div className="container page">
      <PageTitle title={t('signIn.title')} />
      <h1 className="page-title">{t('signIn.title')}</h1>
      {isSignedIn ? (
        <Navigate to={redirectTo} replace />
      ) : (
        <>
          <SignInForm
            onSuccess={() => {
              void navigate(redirectTo, { replace: true });
            }}
          />
          <ExternalSignInButton redirectTo={redirectTo} />
        </>
      )}
      <p className="auth-form__footer">
        {t('signIn.noAccount')} <Link to={paths.register.getHref()}>{t('signIn.registerLink')}</Link>
      </p>
    </div>
  );
}
