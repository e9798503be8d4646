import type { ProcedureSummary } from '@/lib/api/types';
import { useTranslation } from '@/lib/i18n/use-translation';

import { ProcedureListItem } from './procedure-list-item';

type ProcedureListProps = {
  procedures: ProcedureSummary[];
};

export function ProcedureList({ procedures }: ProcedureListProps) {
  const { t } = useTranslation();
  return (
    <ul className="procedure-list" aria-label={t('results.label')}>
      {procedures.map((procedure) => (
        <ProcedureListItem key={procedure.id} procedure={procedure} />
      ))}
    </ul>
  );
}
