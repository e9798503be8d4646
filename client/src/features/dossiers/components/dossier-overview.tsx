import { Badge } from '@/components/ui/badge';
import type { DossierDetail } from '@/lib/api/types';
import { formatDateTime, formatMoney } from '@/lib/format';
import { dossierStatusLabel } from '@/lib/i18n/enum-labels';
import { useTranslation } from '@/lib/i18n/use-translation';

type DossierOverviewProps = {
  dossier: DossierDetail;
};

/** The dossier's identity (status, procedure, agencies, step), its deadlines and any open request. */
export function DossierOverview({ dossier }: DossierOverviewProps) {
  const { t, locale } = useTranslation();
  const date = (iso: string | null | undefined) => formatDateTime(iso, locale);
  const deadlineRows: { label: string; value: string | null }[] = [
    { label: t('dossier.submittedAt'), value: date(dossier.submittedAt) },
    { label: t('dossier.receivedAt'), value: date(dossier.receivedAt) },
    { label: t('dossier.dueAt'), value: date(dossier.dueAt) },
    { label: t('dossier.appointmentAt'), value: date(dossier.appointmentAt) },
    { label: t('dossier.apologyReason'), value: dossier.appointmentAt ? (dossier.apologyReason ?? null) : null },
    { label: t('dossier.processedAt'), value: date(dossier.processedAt) },
    { label: t('dossier.returnedAt'), value: date(dossier.returnedAt) },
    {
      label: t('dossier.amountDue'),
      value: dossier.amountDue != null ? formatMoney(dossier.amountDue, locale) : null,
    },
  ];
  const shownDeadlines = deadlineRows.filter((row) => row.value);

  return (
    <>
      <section className="panel" aria-labelledby="dossier-overview-title">
        <h2 id="dossier-overview-title" className="section-title">
          {dossier.code ?? t('dossier.draft')}{' '}
          <Badge tone={dossier.status === 'Returned' || dossier.status === 'Processed' ? 'success' : 'info'}>
            {dossierStatusLabel(t, dossier.status)}
          </Badge>
        </h2>
        <dl className="meta-list">
          <div className="meta-list__item">
            <dt>{t('dossier.status')}</dt>
            <dd>{dossierStatusLabel(t, dossier.status)}</dd>
          </div>
          <div className="meta-list__item">
            <dt>{t('dossier.procedure')}</dt>
            <dd>
              {dossier.procedureName} ({dossier.procedureCode})
            </dd>
          </div>
          <div className="meta-list__item">
            <dt>{t('dossier.case')}</dt>
            <dd>{dossier.caseName}</dd>
          </div>
          <div className="meta-list__item">
            <dt>{t('dossier.applicant')}</dt>
            <dd>{dossier.applicant.fullName}</dd>
          </div>
          <div className="meta-list__item">
            <dt>{t('dossier.receivingAgency')}</dt>
            <dd>{dossier.receivingAgency.name}</dd>
          </div>
          <div className="meta-list__item">
            <dt>{t('dossier.holdingAgency')}</dt>
            <dd>{dossier.holdingAgency.name}</dd>
          </div>
          {dossier.currentStep && (
            <div className="meta-list__item">
              <dt>{t('dossier.currentStep')}</dt>
              <dd>{dossier.currentStep}</dd>
            </div>
          )}
          {dossier.closingReason && (
            <div className="meta-list__item">
              <dt>{t('dossier.closingReason')}</dt>
              <dd className="preserve-lines">{dossier.closingReason}</dd>
            </div>
          )}
          {dossier.decisionNote && (
            <div className="meta-list__item">
              <dt>{t('dossier.decision')}</dt>
              <dd className="preserve-lines">{dossier.decisionNote}</dd>
            </div>
          )}
        </dl>
      </section>

      <section className="panel" aria-labelledby="dossier-deadlines-title">
        <h2 id="dossier-deadlines-title" className="section-title">
          {t('dossier.deadlines')} {dossier.clockPaused && <Badge tone="neutral">{t('dossier.paused')}</Badge>}{' '}
          {dossier.isOverdue && <Badge tone="neutral">{t('dossier.overdue')}</Badge>}
        </h2>
        {shownDeadlines.length === 0 ? (
          <p className="muted">{t('dossier.noDeadline')}</p>
        ) : (
          <dl className="meta-list">
            {shownDeadlines.map((row) => (
              <div key={row.label} className="meta-list__item">
                <dt>{row.label}</dt>
                <dd>{row.value}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>

      {dossier.pendingRequest && (
        <div className="callout callout--warning" role="note">
          <p className="callout__title">{t('dossier.pendingRequest')}</p>
          <p className="preserve-lines">{dossier.pendingRequest}</p>
        </div>
      )}
    </>
  );
}
