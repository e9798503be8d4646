import { useId } from 'react';

import type { DossierTracking } from '@/lib/api/types';
import { formatDate, formatDateTime } from '@/lib/format';
import { dossierActionLabel, dossierStatusLabel } from '@/lib/i18n/enum-labels';
import { useTranslation } from '@/lib/i18n/use-translation';

import { DossierStatusBadge } from './dossier-status-badge';

/** What the public may know about a dossier: status, dates and where it went (never who handled it). */
export function TrackingResult({ tracking }: { tracking: DossierTracking }) {
  const { t, locale } = useTranslation();
  const id = useId();
  const none = '—';
  const dates = [
    ['track.submittedAt', formatDateTime(tracking.submittedAt, locale)],
    ['track.receivedAt', formatDateTime(tracking.receivedAt, locale)],
    ['track.dueAt', formatDateTime(tracking.dueAt, locale)],
    ['track.appointmentAt', formatDateTime(tracking.appointmentAt, locale)],
    ['track.processedAt', formatDateTime(tracking.processedAt, locale)],
    ['track.returnedAt', formatDateTime(tracking.returnedAt, locale)],
  ] as const;

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        {t('track.result.title', { code: tracking.code })}
      </h2>
      <dl className="detail-list">
        <dt>{t('track.status')}</dt>
        <dd>
          <DossierStatusBadge status={tracking.status} />
        </dd>
        <dt>{t('track.procedure')}</dt>
        <dd>{tracking.procedureName}</dd>
        <dt>{t('track.receivingAgency')}</dt>
        <dd>{tracking.receivingAgency}</dd>
        {dates.map(([key, value]) => (
          <div key={key} className="account-details__row">
            <dt>{t(key)}</dt>
            <dd>{value ?? none}</dd>
          </div>
        ))}
      </dl>
      <h3 className="section-title">{t('track.timeline')}</h3>
      {tracking.timeline.length === 0 ? (
        <p className="muted">{t('track.timeline.empty')}</p>
      ) : (
        <ol className="timeline" aria-label={t('track.timeline')}>
          {tracking.timeline.map((event) => (
            <li key={`${event.at}-${event.action}`} className="timeline__item">
              <p className="timeline__title">
                {dossierActionLabel(t, event.action)} → {dossierStatusLabel(t, event.status)}
              </p>
              <p className="timeline__meta">
                <time dateTime={event.at}>{formatDateTime(event.at, locale)}</time>
                {event.agency && <> · {event.agency}</>}
                {event.step && (
                  <>
                    {' · '}
                    {t('track.step')}: {event.step}
                  </>
                )}
                {event.stepDueAt && (
                  <>
                    {' · '}
                    {t('track.stepDueAt')}: {formatDate(event.stepDueAt, locale)}
                  </>
                )}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
