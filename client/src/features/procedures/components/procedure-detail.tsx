import type { ProcedureDetail as ProcedureDetailDto } from '@/lib/api/types';
import { agencyLevelLabel } from '@/lib/i18n/enum-labels';
import { useTranslation } from '@/lib/i18n/use-translation';

import { formatDate } from '../utils/format';

import { OnlineLevelBadge } from './online-level-badge';
import { ProcedureCaseSection } from './procedure-case-section';

type ProcedureDetailProps = {
  procedure: ProcedureDetailDto;
};

const caseAnchor = (index: number) => `case-${String(index + 1)}`;

export function ProcedureDetail({ procedure }: ProcedureDetailProps) {
  const { t, locale } = useTranslation();
  const publishedAt = formatDate(procedure.publishedAt ?? null, locale);

  return (
    <article className="procedure-detail" aria-labelledby="procedure-title">
      <header className="procedure-detail__header">
        <h1 id="procedure-title" className="page-title">
          {procedure.name}
        </h1>
        <p className="procedure-detail__subtitle">
          <span className="code">{procedure.code}</span>
          <OnlineLevelBadge level={procedure.onlineLevel} withHiddenLabel />
        </p>
      </header>

      {!procedure.isLatest && (
        <p className="callout callout--warning" role="note">
          {t('procedure.notLatest')}
        </p>
      )}

      <section className="panel" aria-labelledby="procedure-overview">
        <h2 id="procedure-overview" className="section-title">
          {t('procedure.overview')}
        </h2>
        <dl className="detail-list">
          <dt>{t('procedure.code')}</dt>
          <dd className="code">{procedure.code}</dd>
          <dt>{t('procedure.field')}</dt>
          <dd>{procedure.field.name}</dd>
          <dt>{t('procedure.levels')}</dt>
          <dd>{procedure.levels.map((level) => agencyLevelLabel(t, level)).join(', ') || '—'}</dd>
          <dt>{t('procedure.agencies')}</dt>
          <dd>
            {procedure.implementingAgencies.length === 0 ? (
              '—'
            ) : (
              <ul className="plain-list">
                {procedure.implementingAgencies.map((agency) => (
                  <li key={agency.id}>{agency.name}</li>
                ))}
              </ul>
            )}
          </dd>
          <dt>{t('procedure.onlineLevel')}</dt>
          <dd>
            <OnlineLevelBadge level={procedure.onlineLevel} />
          </dd>
          <dt>{t('procedure.result')}</dt>
          <dd className="preserve-lines">{procedure.result || '—'}</dd>
          <dt>{t('procedure.legalBasis')}</dt>
          <dd className="preserve-lines">{procedure.legalBasis || '—'}</dd>
          <dt>{t('procedure.version')}</dt>
          <dd>{t('procedure.versionValue', { number: procedure.versionNumber })}</dd>
          {publishedAt !== null && (
            <>
              <dt>{t('procedure.publishedAt')}</dt>
              <dd>{publishedAt}</dd>
            </>
          )}
        </dl>
      </section>

      <section className="cases" aria-labelledby="procedure-cases">
        <h2 id="procedure-cases" className="section-title">
          {t('procedure.cases')}
        </h2>
        {procedure.cases.length === 0 && <p className="muted">{t('procedure.cases.empty')}</p>}
        {procedure.cases.length > 1 && (
          <nav className="case-nav" aria-label={t('procedure.cases.nav')}>
            <ol>
              {procedure.cases.map((procedureCase, index) => (
                <li key={caseAnchor(index)}>
                  <a href={`#${caseAnchor(index)}`}>{procedureCase.name}</a>
                </li>
              ))}
            </ol>
          </nav>
        )}
        {procedure.cases.map((procedureCase, index) => (
          <ProcedureCaseSection key={caseAnchor(index)} procedureCase={procedureCase} anchorId={caseAnchor(index)} />
        ))}
      </section>
    </article>
  );
}
