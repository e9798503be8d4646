import { useRef, useState } from 'react';

import { QueryError } from '@/components/errors/query-error';
import { Badge } from '@/components/ui/badge';
import { Spinner } from '@/components/ui/spinner';
import type { Agency, Officer } from '@/lib/api/types';
import { roleLabel } from '@/lib/i18n/enum-labels';
import { useTranslation } from '@/lib/i18n/use-translation';

import { useOfficers } from '../api/get-officers';

import { EditOfficerRolesDialog } from './edit-officer-roles-dialog';
import { OfficerStatusDialog } from './officer-status-dialog';

type OfficerListProps = {
  /** Only the officers of this agency, when given. */
  agencyId?: string;
  /** Used to show each officer's agency by name. */
  agencies: readonly Agency[];
  /** The signed-in administrator, who cannot change their own roles or deactivate themselves here. */
  currentAccountId?: string;
};

/** The change being confirmed: an officer's roles, or their account's status. */
type OpenChange = { officerId: string; kind: 'roles' | 'status' };

/**
 * A table of officers with their agency, translated roles and status; each officer's roles can be edited
 * and their account deactivated or reactivated after a confirmation.
 */
export function OfficerList({ agencyId, agencies, currentAccountId }: OfficerListProps) {
  const { t } = useTranslation();
  const officers = useOfficers(agencyId);
  const [open, setOpen] = useState<OpenChange | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const opener = useRef<HTMLButtonElement | null>(null);

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
  const openOfficer = open && officers.data.find((officer) => officer.id === open.officerId);
  const OpenDialog = open?.kind === 'roles' ? EditOfficerRolesDialog : OfficerStatusDialog;

  const close = (message: string | null) => {
    setOpen(null);
    setDone(message);
    opener.current?.focus();
  };
  const openButton = (officer: Officer, kind: OpenChange['kind'], label: string) => (
    <button
      type="button"
      className="button button--secondary"
      onClick={(event) => {
        opener.current = event.currentTarget;
        setDone(null);
        setOpen({ officerId: officer.id, kind });
      }}
    >
      {label}
      <span className="visually-hidden"> ({officer.fullName})</span>
    </button>
  );

  return (
    <div className="table-scroll">
      {done && (
        <div className="callout" role="status">
          <p>{done}</p>
        </div>
      )}
      {openOfficer && (
        <OpenDialog
          key={`${open.kind}-${openOfficer.id}`}
          officer={openOfficer}
          onDone={close}
          onCancel={() => {
            close(null);
          }}
        />
      )}
      <table className="data-table">
        <caption className="visually-hidden">{t('officers.list.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('officers.list.fullName')}</th>
            <th scope="col">{t('officers.list.email')}</th>
            <th scope="col">{t('officers.list.phoneNumber')}</th>
            <th scope="col">{t('officers.list.agency')}</th>
            <th scope="col">{t('officers.list.roles')}</th>
            <th scope="col">{t('admin.officers.status')}</th>
            <th scope="col">{t('admin.officers.actions')}</th>
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
              <td>
                <Badge tone={officer.active ? 'success' : 'neutral'}>
                  {officer.active ? t('admin.officers.status.active') : t('admin.officers.status.inactive')}
                </Badge>
              </td>
              <td className="nowrap">
                {officer.id === currentAccountId ? (
                  <span className="muted">{t('admin.officers.you')}</span>
                ) : (
                  <>
                    {openButton(officer, 'roles', t('admin.officers.roles.edit'))}{' '}
                    {openButton(
                      officer,
                      'status',
                      officer.active ? t('admin.officers.deactivate') : t('admin.officers.reactivate'),
                    )}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
