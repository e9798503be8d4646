import { Link } from 'react-router';

import type { DossierDetail } from '@/lib/api/types';
import { useTranslation } from '@/lib/i18n/use-translation';

type SubmissionSuccessProps = {
  dossier: DossierDetail;
  dossierHref: string;
  /** My dossiers, for applicants; omitted at the counter. */
  myDossiersHref?: string;
  counter: boolean;
};

/** The dossier code after submitting, with where to go next. */
export function SubmissionSuccess({ dossier, dossierHref, myDossiersHref, counter }: SubmissionSuccessProps) {
  const { t } = useTranslation();
  return (
    <div className="callout wizard-success" role="status">
      <p className="callout__title">{counter ? t('intake.success') : t('dossierNew.success')}</p>
      <p>
        {t('dossierNew.success.code')}: <strong className="code">{dossier.code ?? '—'}</strong>
      </p>
      <p>{t('dossierNew.success.dueNote')}</p>
      <div className="wizard-actions">
        <Link className="button" to={dossierHref}>
          {counter ? t('intake.success.open') : t('dossierNew.success.open')}
        </Link>
        {myDossiersHref && (
          <Link className="button button--secondary" to={myDossiersHref}>
            {t('dossierMine.title')}
          </Link>
        )}
      </div>
    </div>
  );
}
