import { useSearchParams } from 'react-router';

import { paths } from '@/config/paths';
import { AuditLog } from '@/features/audit-log/components/audit-log';
import { auditFilterSearch, parseAuditFilter, type AuditFilter } from '@/features/audit-log/utils/audit-filter';
import { SignedInPage } from '@/features/auth/components/signed-in-page';
import { useAgencies } from '@/features/catalogue-filters/api/get-agencies';
import { useOfficers } from '@/features/officers/api/get-officers';
import type { Account } from '@/lib/api/types';
import { isAdministrator } from '@/lib/auth/roles';
import { useTranslation } from '@/lib/i18n/use-translation';

/** Administrators read the audit log, filtered by action, actor and period (the filters live in the URL). */
export function AuditRoute() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = parseAuditFilter(searchParams);

  return (
    <SignedInPage
      title={t('admin.audit.title')}
      loadingLabel={t('common.loading')}
      here={paths.adminAudit.getHref(auditFilterSearch(filter))}
      allow={isAdministrator}
    >
      {(user) => (
        <>
          <p className="muted">{t('admin.audit.lead')}</p>
          <AuditLogPanel
            user={user}
            filter={filter}
            onFilterChange={(next) => {
              setSearchParams(auditFilterSearch(next));
            }}
          />
        </>
      )}
    </SignedInPage>
  );
}

type AuditLogPanelProps = {
  user: Account;
  filter: AuditFilter;
  onFilterChange: (filter: AuditFilter) => void;
};

/**
 * The log with the names it shows instead of ids: officers (and the signed-in administrator) as actors,
 * agencies in what changed. Mounted only for administrators, so the officer list is not requested for others.
 */
function AuditLogPanel({ user, filter, onFilterChange }: AuditLogPanelProps) {
  const officers = useOfficers();
  const agencies = useAgencies();

  const accounts = [
    { id: user.id, fullName: user.fullName, email: user.email },
    ...(officers.data ?? []).filter((officer) => officer.id !== user.id),
  ].sort((a, b) => a.fullName.localeCompare(b.fullName, 'vi'));
  const actors = accounts.map((account) => ({ id: account.id, label: `${account.fullName} (${account.email})` }));
  const names = new Map<string, string>([
    ...(agencies.data ?? []).map((agency) => [agency.id, agency.name] as const),
    ...accounts.map((account) => [account.id, account.fullName] as const),
  ]);

  return <AuditLog filter={filter} onFilterChange={onFilterChange} actors={actors} names={names} />;
}
