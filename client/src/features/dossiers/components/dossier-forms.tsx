import { DownloadButton } from '@/components/ui/download-button';
import type { DossierDetail } from '@/lib/api/types';
import { useTranslation } from '@/lib/i18n/use-translation';

import { downloadForm } from '../api/download-file';
import { issuedForms } from '../utils/forms';

type DossierFormsProps = {
  dossier: DossierDetail;
};

/** The printable forms (Circular 03/2025) the dossier's history has issued, each fetched as PDF. */
export function DossierForms({ dossier }: DossierFormsProps) {
  const { t } = useTranslation();
  const forms = issuedForms(dossier);
  if (forms.length === 0) return null;

  return (
    <section className="panel" aria-labelledby="dossier-forms-title">
      <h2 id="dossier-forms-title" className="section-title">
        {t('dossier.forms')}
      </h2>
      <ul className="plain-list">
        {forms.map((form) => (
          <li key={form}>
            <DownloadButton
              label={t(`dossier.form.${form}`)}
              fileName={`${dossier.code ?? dossier.id}-${form}.pdf`}
              fetchFile={() => downloadForm(dossier.id, form)}
              notFoundMessage={t('dossier.form.missing')}
              failedMessage={t('dossier.form.failed')}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
