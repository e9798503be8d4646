import { QueryError } from '@/components/errors/query-error';
import { Spinner } from '@/components/ui/spinner';
import type { Agency } from '@/lib/api/types';
import { roleLabel } from '@/lib/i18n/enum-labels';
import { useTranslation } from '@/lib/i18n/use-translation';

import { useOfficers } from '../api/get-officers';

type OfficerListProps = {
  /** Only the officers of this agency, when given. */
  agencyId?: string;
  /** Used to show each officer's agency by name. */
  agencies: readonly Agency[];
};

/** A table of officers with their agency and translated roles. */
export function OfficerList({ agencyId, agencies }: OfficerListProps) {
  const { t } = useTranslation();
  const officers = useOfficers(agencyId);

  if (officers.isPending) return <Spinner label={t('officers.list.loading')} />;
  if (officers.isError)
    return (
      <QueryError
        onRetry={() => {
          void officers.refetch();
        }}
      />
    );
  if (officers.data.length === 0)
    return (
      <div className="empty-state">
        <p>{t('officers.list.empty')}</p>
      </div>
    );

  const agencyName = (id: string) => agencies.find((agency) => agency.id === id)?.name ?? id;

  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{t('officers.list.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('officers.list.fullName')}</th>
            <th scope="col">{t('officers.list.email')}</th>
            <th scope="col">{t('officers.list.phoneNumber')}</th>
            <th scope="col">{t('officers.list.agency')}</th>
            <th scope="col">{t('officers.list.roles')}</th>
          </tr>
        </thead>
        <tbody>
          {officers.data.map((officer) => (
            <tr key={officer.id}>
              <td>{officer.fullName}</td>
              <td>{officer.email}</td>
              <td>{officer.phoneNumber ?? t('common.notSpecified')}</td>
              <td>{agencyName(officer.agencyId)}</td>
              <td>{officer.roles.map((role) => roleLabel(t, role)).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
