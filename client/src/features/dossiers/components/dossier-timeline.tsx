import type { DossierDetail } from '@/lib/api/types';
import { formatDateTime } from '@/lib/format';
import { dossierActionLabel, dossierStatusLabel } from '@/lib/i18n/enum-labels';
import { useTranslation } from '@/lib/i18n/use-translation';

type DossierTimelineProps = {
  dossier: DossierDetail;
};

/** What happened to the dossier, oldest first: who did what, when, and where it went. */
export function DossierTimeline({ dossier }: DossierTimelineProps) {
  const { t, locale } = useTranslation();
  const entries = [...dossier.history].sort((a, b) => a.sequence - b.sequence);

  return (
    <section className="panel" aria-labelledby="dossier-timeline-title">
      <h2 id="dossier-timeline-title" className="section-title">
        {t('dossier.timeline')}
      </h2>
      {entries.length === 0 ? (
        <p className="muted">{t('dossier.timeline.empty')}</p>
      ) : (
        <ol className="plain-list" aria-label={t('dossier.timeline')}>
          {entries.map((entry) => (
            <li key={entry.sequence}>
              <p>
                <time dateTime={entry.at}>{formatDateTime(entry.at, locale)}</time>
                {' – '}
                <strong>{dossierActionLabel(t, entry.action)}</strong>
                {' ('}
                {dossierStatusLabel(t, entry.fromStatus)} → {dossierStatusLabel(t, entry.toStatus)}
                {')'}
              </p>
              <p className="muted">
                {t('dossier.timeline.by', { name: entry.actorName })}
                {entry.fromAgency && entry.toAgency && entry.fromAgency.id !== entry.toAgency.id && (
                  <>
                    {' · '}
                    {t('dossier.timeline.handOff', { from: entry.fromAgency.name, to: entry.toAgency.name })}
                  </>
                )}
                {entry.stepName && (
                  <>
                    {' · '}
                    {t('dossier.timeline.step', { name: entry.stepName })}
                  </>
                )}
                {entry.stepDueAt && (
                  <>
                    {' · '}
                    {t('dossier.timeline.stepDue', { due: formatDateTime(entry.stepDueAt, locale) ?? '' })}
                  </>
                )}
              </p>
              {entry.note && <p className="preserve-lines">{entry.note}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
