import { Link } from 'react-router';

import { QueryError } from '@/components/errors/query-error';
import { Badge } from '@/components/ui/badge';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { dossierStatusLabel } from '@/lib/i18n/enum-labels';
import { useTranslation } from '@/lib/i18n/use-translation';

import { useInbox } from '../api/get-inbox';
import type { InboxFilter } from '../utils/inbox-filter';

type InboxTableProps = {
  filter: InboxFilter;
};

const formatDateTime = (iso: string | null | undefined, locale: string): string => {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(new Date(iso));
};

/** The agency's dossiers matching the filter, newest first, with "load more". */
export function InboxTable({ filter }: InboxTableProps) {
  const { t, locale } = useTranslation();
  const inbox = useInbox(filter);

  if (inbox.isPending) return <Spinner label={t('inbox.loading')} />;
  if (inbox.isError && inbox.data === undefined)
    return (
      <QueryError
        onRetry={() => {
          void inbox.refetch();
        }}
      />
    );

  const rows = inbox.data.pages.flatMap((page) => page.items);
  if (rows.length === 0)
    return (
      <div className="empty-state">
        <p>{t('inbox.empty')}</p>
      </div>
    );

  return (
    <>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">{t('inbox.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('inbox.col.code')}</th>
              <th scope="col">{t('inbox.col.procedure')}</th>
              <th scope="col">{t('inbox.col.applicant')}</th>
              <th scope="col">{t('inbox.col.status')}</th>
              <th scope="col">{t('inbox.col.submitted')}</th>
              <th scope="col">{t('inbox.col.due')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td className="nowrap">
                  <Link to={paths.dossier.getHref(row.id)}>{row.code ?? t('inbox.noCode')}</Link>
                </td>
                <td>
                  {row.procedureName}
                  <br />
                  <span className="muted">{row.caseName}</span>
                </td>
                <td>{row.applicantName}</td>
                <td>{dossierStatusLabel(t, row.status)}</td>
                <td className="nowrap">{formatDateTime(row.submittedAt, locale)}</td>
                <td>
                  <span className="nowrap">{formatDateTime(row.appointmentAt ?? row.dueAt, locale)}</span>{' '}
                  {row.isOverdue && <Badge tone="neutral">{t('inbox.badge.overdue')}</Badge>}{' '}
                  {!row.isOverdue && row.isDueSoon && <Badge tone="info">{t('inbox.badge.dueSoon')}</Badge>}{' '}
                  {row.clockPaused && <Badge tone="neutral">{t('inbox.badge.paused')}</Badge>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {inbox.isFetchNextPageError && (
        <QueryError
          onRetry={() => {
            void inbox.fetchNextPage();
          }}
        />
      )}
      {inbox.hasNextPage && (
        <button
          type="button"
          className="button button--secondary"
          disabled={inbox.isFetchingNextPage}
          onClick={() => {
            void inbox.fetchNextPage();
          }}
        >
          {inbox.isFetchingNextPage ? t('inbox.loadingMore') : t('inbox.loadMore')}
        </button>
      )}
    </>
  );
}
