import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { useTranslation } from '@/lib/i18n/use-translation';

import { useCurrentUser } from '../api/get-current-user';

import { SignOutButton } from './sign-out-button';

/** The header's account links: sign in / register, or the user's name and sign out. */
export function AccountMenu() {
  const { t } = useTranslation();
  const { isSignedIn, user } = useCurrentUser();

  return (
    <nav className="account-menu" aria-label={t('layout.account.label')}>
      {isSignedIn ? (
        <>
          {user && (
            <Link className="account-menu__link" to={paths.profile.getHref()}>
              {user.fullName}
            </Link>
          )}
          <SignOutButton label={t('layout.account.signOut')} />
        </>
      ) : (
        <>
          <Link className="account-menu__link" to={paths.signIn.getHref()}>
            {t('layout.account.signIn')}
          </Link>
          <Link className="account-menu__link" to={paths.register.getHref()}>
            {t('layout.account.register')}
          </Link>
        </>
      )}
    </nav>
  );
}
