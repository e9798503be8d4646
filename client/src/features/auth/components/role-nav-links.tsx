import { NavLink } from 'react-router';

import { paths } from '@/config/paths';
import { isAdministrator, isApplicant, isOfficer } from '@/lib/auth/roles';
import { useTranslation } from '@/lib/i18n/use-translation';

import { useCurrentUser } from '../api/get-current-user';

const navClass = ({ isActive }: { isActive: boolean }) => (isActive ? 'site-nav__link is-active' : 'site-nav__link');

/** Main-navigation items that depend on the signed-in account's roles (dossier tracking for everyone). */
export function RoleNavLinks() {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const trackLink = (
    <li>
      <NavLink to={paths.track.getHref()} className={navClass}>
        {t('track.nav')}
      </NavLink>
    </li>
  );
  if (!user) return trackLink;

  return (
    <>
      {user.roles.includes('Citizen') && (
        <li>
          <NavLink to={paths.myDossiers.getHref()} end className={navClass}>
            {t('dossierMine.nav')}
          </NavLink>
        </li>
      )}
      {isApplicant(user.roles) && (
        <li>
          <NavLink to={paths.myFeedback.getHref()} className={navClass}>
            {t('feedback.mine.nav')}
          </NavLink>
        </li>
      )}
      {user.roles.includes('Receptionist') && (
        <li>
          <NavLink to={paths.workspaceIntake.getHref()} className={navClass}>
            {t('intake.nav')}
          </NavLink>
        </li>
      )}
      {isOfficer(user.roles) && (
        <>
          <li>
            <NavLink to={paths.workspace.getHref()} end className={navClass}>
              {t('layout.nav.workspace')}
            </NavLink>
          </li>
          <li>
            <NavLink to={paths.workspaceFeedback.getHref()} className={navClass}>
              {t('feedback.inbox.nav')}
            </NavLink>
          </li>
        </>
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
          <li>
            <NavLink to={paths.adminCalendar.getHref()} className={navClass}>
              {t('calendar.title')}
            </NavLink>
          </li>
          <li>
            <NavLink to={paths.adminAudit.getHref()} className={navClass}>
              {t('admin.nav.audit')}
            </NavLink>
          </li>
        </>
      )}
      {trackLink}
    </>
  );
}
