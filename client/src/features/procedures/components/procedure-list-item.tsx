import { Link } from 'react-router';

import { paths } from '@/config/paths';
import type { ProcedureSummary } from '@/lib/api/types';
import { agencyLevelLabel } from '@/lib/i18n/enum-labels';
import { useTranslation } from '@/lib/i18n/use-translation';

import { formatFee, formatProcessingTime } from '../utils/format';

import { OnlineLevelBadge } from './online-level-badge';

type ProcedureListItemProps = {
  procedure: ProcedureSummary;
};

export function ProcedureListItem({ procedure }: ProcedureListItemProps) {
  const { t, locale } = useTranslation();
  const severalCases = procedure.caseCount > 1;
  const time = formatProcessingTime(procedure.minProcessingTime, t, locale);
  const fee = formatFee(procedure.minFee, t);

  return (
    <li className="procedure-card">
      <div className="procedure-card__header">
        <h3 className="procedure-card__title">
          <Link to={paths.procedure.getHref(procedure.id)}>{procedure.name}</Link>
        </h3>
        <OnlineLevelBadge level={procedure.onlineLevel} withHiddenLabel />
      </div>
      <dl className="meta-list">
        <div className="meta-list__item">
          <dt>{t('procedure.code')}</dt>
          <dd className="code">{procedure.code}</dd>
        </div>
        <div className="meta-list__item">
          <dt>{t('procedure.field')}</dt>
          <dd>{procedure.fieldName}</dd>
        </div>
        {procedure.levels.length > 0 && (
          <div className="meta-list__item">
            <dt>{t('procedure.levels')}</dt>
            <dd>{procedure.levels.map((level) => agencyLevelLabel(t, level)).join(', ')}</dd>
          </div>
        )}
        <div className="meta-list__item">
          <dt>{t('procedure.processingTime')}</dt>
          <dd>{severalCases ? t('results.minValue', { value: time }) : time}</dd>
        </div>
        <div className="meta-list__item">
          <dt>{t('procedure.fee')}</dt>
          <dd>{severalCases && procedure.minFee > 0 ? t('results.minValue', { value: fee }) : fee}</dd>
        </div>
      </dl>
    </li>
  );
}
