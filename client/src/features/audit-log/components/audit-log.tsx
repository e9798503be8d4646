import { QueryError } from '@/components/errors/query-error';
import { FormErrorCallout } from '@/components/ui/form-error-callout';
import { Pagination } from '@/components/ui/pagination';
import { Spinner } from '@/components/ui/spinner';
import { useTranslation } from '@/lib/i18n/use-translation';
import { isApiError } from '@/lib/problem-details';

import { useAuditEntries } from '../api/get-audit-entries';
import { auditFilterSearch, type AuditFilter } from '../utils/audit-filter';

import { AuditFilterForm, type AuditActor } from './audit-filter-form';
import { AuditLogTable } from './audit-log-table';

import './audit-log.css';

type AuditLogProps = {
  filter: AuditFilter;
  onFilterChange: (filter: AuditFilter) => void;
  /** The accounts one can filter by. */
  actors: readonly AuditActor[];
  /** Display names of the ids in the entries (accounts, agencies). */
  names: ReadonlyMap<string, string>;
};

/** The audit log: its filters, then a page of entries with loading, empty and error states. */
export function AuditLog({ filter, onFilterChange, actors, names }: AuditLogProps) {
  const { t, locale } = useTranslation();
  const entries = useAuditEntries(filter);

  // A 400 names the filters the server refused: the dates next to their fields, the rest in the callout.
  const refused = isApiError(entries.error) && entries.error.status === 400 ? entries.error : null;
  const { from, to, ...otherErrors } = refused?.fieldErrors ?? {};
  const otherMessages = Object.values(otherErrors).flat();

  const renderResults = () => {
    if (refused)
      return (
        <FormErrorCallout
          title={t('admin.audit.filter.invalid')}
          error={refused}
          fallback={t('error.loadFailed')}
          fieldErrorsMessage={t('admin.fixErrors')}
        >
          {otherMessages.length > 0 && (
            <ul className="plain-list">
              {otherMessages.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
        </FormErrorCallout>
      );
    if (entries.isError)
      return (
        <QueryError
          onRetry={() => {
            void entries.refetch();
          }}
        />
      );
    if (entries.isPending) return <Spinner label={t('admin.audit.list.loading')} />;
    const page = entries.data;
    if (page.items.length === 0)
      return (
        <div className="empty-state">
          <p className="empty-state__title">{t('admin.audit.list.empty.title')}</p>
          <p>{t('admin.audit.list.empty.hint')}</p>
        </div>
      );
    return (
      <>
        <p className="results__total">
          {t('admin.audit.list.total', { total: page.totalCount.toLocaleString(locale) })}
          {entries.isPlaceholderData && (
            <span role="status" className="muted">
              {' '}
              {t('admin.audit.list.updating')}
            </span>
          )}
        </p>
        <AuditLogTable entries={page.items} names={names} busy={entries.isPlaceholderData} />
        {page.totalPages > 1 && (
          <Pagination
            pageNumber={page.pageNumber}
            totalPages={page.totalPages}
            hasPreviousPage={page.hasPreviousPage}
            hasNextPage={page.hasNextPage}
            onPageChange={(pageNumber) => {
              onFilterChange({ ...filter, page: pageNumber });
            }}
          />
        )}
      </>
    );
  };

  return (
    <>
      <AuditFilterForm
        key={auditFilterSearch({ ...filter, page: 1 }).toString()}
        filter={filter}
        actors={actors}
        serverErrors={{ from, to }}
        onSubmit={onFilterChange}
      />
      {renderResults()}
    </>
  );
}
