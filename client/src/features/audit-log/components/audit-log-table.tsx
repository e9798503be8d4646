import type { AuditEntry } from '@/lib/api/types';
import { formatDateTime } from '@/lib/format';
import { useTranslation } from '@/lib/i18n/use-translation';

import { isAuditAction } from '../utils/audit-actions';

import { AuditDetails } from './audit-details';

type AuditLogTableProps = {
  entries: readonly AuditEntry[];
  /** Display names of the ids in the entries (accounts, agencies). */
  names: ReadonlyMap<string, string>;
  /** True while another page or filter loads in place of these entries. */
  busy?: boolean;
};

/** One page of audit entries: when, who, from where, what, and what changed. */
export function AuditLogTable({ entries, names, busy = false }: AuditLogTableProps) {
  const { t, locale } = useTranslation();

  return (
    <div className="table-scroll">
      <table className="data-table" aria-busy={busy || undefined}>
        <caption className="visually-hidden">{t('admin.audit.list.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.audit.list.at')}</th>
            <th scope="col">{t('admin.audit.list.actor')}</th>
            <th scope="col">{t('admin.audit.list.ipAddress')}</th>
            <th scope="col">{t('admin.audit.list.action')}</th>
            <th scope="col">{t('admin.audit.list.details')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td className="nowrap">
                <time dateTime={entry.at}>{formatDateTime(entry.at, locale, { seconds: true })}</time>
              </td>
              <td>
                {entry.actorId ? (
                  (names.get(entry.actorId) ?? <span className="code">{entry.actorId}</span>)
                ) : (
                  <span className="muted">{t('admin.audit.actor.unknown')}</span>
                )}
              </td>
              <td>
                {entry.ipAddress ? (
                  <span className="code">{entry.ipAddress}</span>
                ) : (
                  <span className="muted">{t('admin.audit.ipAddress.unknown')}</span>
                )}
              </td>
              <td>{isAuditAction(entry.action) ? t(`admin.audit.action.${entry.action}`) : entry.action}</td>
              <td>
                <AuditDetails details={entry.details} names={names} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
