import { Badge } from '@/components/ui/badge';
import type { DossierDetail } from '@/lib/api/types';
import { formatDateTime } from '@/lib/format';
import { useTranslation } from '@/lib/i18n/use-translation';

type DossierProcessProps = {
  dossier: DossierDetail;
};

/** The steps of the process and the transfers (sub-dossiers) to other agencies. */
export function DossierProcess({ dossier }: DossierProcessProps) {
  const { t, locale } = useTranslation();
  const date = (iso: string | null | undefined) => formatDateTime(iso, locale) ?? '—';
  if (dossier.steps.length === 0 && dossier.subDossiers.length === 0) return null;

  return (
    <>
      {dossier.steps.length > 0 && (
        <section className="panel" aria-labelledby="dossier-steps-title">
          <h2 id="dossier-steps-title" className="section-title">
            {t('dossier.steps')}
          </h2>
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">{t('dossier.steps')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dossier.steps.name')}</th>
                  <th scope="col">{t('dossier.steps.agency')}</th>
                  <th scope="col">{t('dossier.steps.role')}</th>
                  <th scope="col">{t('dossier.steps.due')}</th>
                  <th scope="col">{t('dossier.steps.done')}</th>
                </tr>
              </thead>
              <tbody>
                {dossier.steps.map((step) => (
                  <tr key={step.index} aria-current={step.isCurrent ? 'step' : undefined}>
                    <td>
                      {step.name} {step.isCurrent && <Badge tone="info">{t('dossier.steps.current')}</Badge>}
                    </td>
                    <td>{step.agency.name}</td>
                    <td>{t(`dossier.role.${step.role}`)}</td>
                    <td>{date(step.dueAt)}</td>
                    <td>{date(step.completedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {dossier.subDossiers.length > 0 && (
        <section className="panel" aria-labelledby="dossier-subdossiers-title">
          <h2 id="dossier-subdossiers-title" className="section-title">
            {t('dossier.subDossiers')}
          </h2>
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">{t('dossier.subDossiers')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dossier.subDossiers.agency')}</th>
                  <th scope="col">{t('dossier.subDossiers.request')}</th>
                  <th scope="col">{t('dossier.subDossiers.due')}</th>
                  <th scope="col">{t('dossier.subDossiers.answer')}</th>
                </tr>
              </thead>
              <tbody>
                {dossier.subDossiers.map((sub) => (
                  <tr key={sub.id}>
                    <td>{sub.agency.name}</td>
                    <td className="preserve-lines">{sub.request}</td>
                    <td>{date(sub.dueAt)}</td>
                    <td className="preserve-lines">{sub.answer ?? t('dossier.subDossiers.pending')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </>
  );
}
