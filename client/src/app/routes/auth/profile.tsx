import { Navigate } from 'react-router';

import { QueryError } from '@/components/errors/query-error';
import { PageTitle } from '@/components/ui/page-title';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { useCurrentUser } from '@/features/auth/api/get-current-user';
import { AccountDetails } from '@/features/auth/components/account-details';
import { SignOutButton } from '@/features/auth/components/sign-out-button';
import { useTranslation } from '@/lib/i18n/use-translation';

/** The signed-in account; signed-out visitors are sent to the sign-in page. */
export function ProfileRoute() {
  const { t } = useTranslation();
  const { isSignedIn, user, isError, refetch } = useCurrentUser();

  if (!isSignedIn) return <Navigate to={paths.signIn.getHref(paths.profile.getHref())} replace />;

  return (
    <div className="container page">
      <PageTitle title={t('profile.title')} />
      <h1 className="page-title">{t('profile.title')}</h1>
      {isError && (
        <QueryError
          onRetry={() => {
            void refetch();
          }}
        />
      )}
      {!user && !isError && <Spinner label={t('profile.loading')} />}
      {user && (
        <>
          <AccountDetails account={user} />
          <SignOutButton label={t('profile.signOut')} />
        </>
      )}
    </div>
  );
}
