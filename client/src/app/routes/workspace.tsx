import { paths } from '@/config/paths';
import { SignedInPage } from '@/features/auth/components/signed-in-page';
import { isOfficer } from '@/lib/auth/roles';
import { roleLabel } from '@/lib/i18n/enum-labels';
import { useTranslation } from '@/lib/i18n/use-translation';

/** The officers' start page: who is signed in and with which roles (officer roles only). */
export function WorkspaceRoute() {
  const { t } = useTranslation();
  return (
    <SignedInPage
      title={t('workspace.title')}
      loadingLabel={t('workspace.loading')}
      here={paths.workspace.getHref()}
      allow={isOfficer}
    >
      {(user) => (
        <>
          <dl className="account-details">
            <div className="account-details__row">
              <dt>{t('workspace.fullName')}</dt>
              <dd>{user.fullName}</dd>
            </div>
            <div className="account-details__row">
              <dt>{t('workspace.email')}</dt>
              <dd>{user.email}</dd>
            </div>
            <div className="account-details__row">
              <dt>{t('workspace.roles')}</dt>
              <dd>{user.roles.map((role) => roleLabel(t, role)).join(', ')}</dd>
            </div>
          </dl>
          <p className="muted">{t('workspace.agencyNote')}</p>
        </>
      )}
    </SignedInPage>
  );
}
