import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { SignedInPage } from '@/features/auth/components/signed-in-page';
import { MyDossierList } from '@/features/dossier-tracking/components/my-dossier-list';
import { useTranslation } from '@/lib/i18n/use-translation';

/** The signed-in applicant's dossiers: drafts and submitted ones, newest first. */
export function MyDossiersRoute() {
  const { t } = useTranslation();
  return (
    <SignedInPage title={t('dossierMine.title')} loadingLabel={t('common.loading')} here={paths.myDossiers.getHref()}>
      {() => (
        <>
          <p>
            <Link to={paths.procedures.getHref()}>{t('dossierMine.new')}</Link>
            {' · '}
            <Link to={paths.track.getHref()}>{t('track.title')}</Link>
          </p>
          <MyDossierList dossierHref={paths.dossier.getHref} proceduresHref={paths.procedures.getHref()} />
        </>
      )}
    </SignedInPage>
  );
}
