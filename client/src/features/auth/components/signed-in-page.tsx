import type { ReactNode } from 'react';
import { Navigate } from 'react-router';

import { AccessDenied } from '@/components/errors/access-denied';
import { QueryError } from '@/components/errors/query-error';
import { PageTitle } from '@/components/ui/page-title';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import type { Account } from '@/lib/api/types';

import { useCurrentUser } from '../api/get-current-user';

type SignedInPageProps = {
  title: string;
  loadingLabel: string;
  /** Where to come back to after signing in. */
  here: string;
  /** Who may see the page; everyone signed in when omitted. */
  allow?: (roles: readonly string[]) => boolean;
  children: (user: Account) => ReactNode;
};

/**
 * A page for signed-in accounts: signed-out visitors go to the sign-in page and come back; while the
 * account loads a spinner shows; an account without the right role sees "no access".
 */
export function SignedInPage({ title, loadingLabel, here, allow, children }: SignedInPageProps) {
  const { isSignedIn, user, isError, refetch } = useCurrentUser();

  if (!isSignedIn) return <Navigate to={paths.signIn.getHref(here)} replace />;

  return (
    <div className="container page">
      <PageTitle title={title} />
      <h1 className="page-title">{title}</h1>
      {isError && (
        <QueryError
          onRetry={() => {
            void refetch();
          }}
        />
      )}
      {!user && !isError && <Spinner label={loadingLabel} />}
      {user && allow && !allow(user.roles) && <AccessDenied />}
      {user && (!allow || allow(user.roles)) && children(user)}
    </div>
  );
}
