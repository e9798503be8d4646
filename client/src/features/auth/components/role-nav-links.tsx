import { NavLink } from 'react-router';

import { paths } from '@/config/paths';
import { isAdministrator, isOfficer } from '@/lib/auth/roles';
import { useTranslation } from '@/lib/i18n/use-translation';

import { useCurrentUser } from '../api/get-current-user';

const navClass = ({ isActive }: { isActive: boolean }) => (isActive ? 'site-nav__link is-active' : 'site-nav__link');

/** Main-navigation items that depend on the signed-in account's roles (none for citizens and visitors). */
export function RoleNavLinks() {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  if (!user) return null;

  return (
    <>
      {isOfficer(user.roles) && (
        <li>
          <NavLink to={paths.workspace.getHref()} className={navClass}>
            {t('layout.nav.workspace')}
          </NavLink>
        </li>
      )}
      {isAdministrator(user.roles) && (
        <>
          <li>
            <NavLink to={paths.adminOfficers.getHref()} className={navClass}>
              {t('layout.nav.officers')}
            </NavLink>
          </li>
          <li>
            <NavLink to={paths.adminIntegratorClients.getHref()} className={navClass}>
              {t('layout.nav.integratorClients')}
            </NavLink>
          </li>
        </>
      )}
    </>
  );
}
