import { Link } from 'react-router';

import { QueryError } from '@/components/errors/query-error';
import { Spinner } from '@/components/ui/spinner';
import { formatDate } from '@/lib/format';
import { useTranslation } from '@/lib/i18n/use-translation';

import { useMyDossiers } from '../api/get-my-dossiers';

import { DossierStatusBadge } from './dossier-status-badge';
import './dossier-tracking.css';

type MyDossierListProps = {
  dossierHref: (id: string) => string;
  /** Where to find a procedure to apply for (the empty state's link). */
  proceduresHref: string;
};

/** The signed-in applicant's dossiers, newest first, with "load more" for the next page. */
export function MyDossierList({ dossierHref, proceduresHref }: MyDossierListProps) {
  const { t, locale } = useTranslation();
  const dossiers = useMyDossiers();

  if (dossiers.isPending) return <Spinner label={t('dossierMine.loading')} />;
  if (dossiers.isError && !dossiers.data)
    return (
      <QueryError
        onRetry={() => {
          void dossiers.refetch();
        }}
      />
    );

  const items = dossiers.data.pages.flatMap((page) => page.items);
  if (items.length === 0)
    return (
      <div className="empty-state">
        <p className="empty-state__title">{t('dossierMine.empty')}</p>
        <p>{t('dossierMine.empty.hint')}</p>
        <Link className="button" to={proceduresHref}>
          {t('dossierMine.empty.link')}
        </Link>
      </div>
    );

  const none = '—';

  return (
    <>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">{t('dossierMine.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dossierMine.code')}</th>
              <th scope="col">{t('dossierMine.procedure')}</th>
              <th scope="col">{t('dossierMine.status')}</th>
              <th scope="col">{t('dossierMine.submittedAt')}</th>
              <th scope="col">{t('dossierMine.dueAt')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((dossier) => (
              <tr key={dossier.id}>
                <td className="nowrap">
                  <Link to={dossierHref(dossier.id)}>{dossier.code ?? t('dossierMine.draft')}</Link>
                </td>
                <td>
                  {dossier.procedureName}
                  <br />
                  <span className="muted">{dossier.caseName}</span>
                </td>
                <td>
                  <DossierStatusBadge status={dossier.status} />
                </td>
                <td className="nowrap">{formatDate(dossier.submittedAt, locale) ?? none}</td>
                <td className="nowrap">
                  {formatDate(dossier.dueAt, locale) ?? none}
                  {dossier.isOverdue && (
                    <>
                      {' '}
                      <span className="badge badge--danger">{t('dossierMine.overdue')}</span>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {dossiers.isFetchNextPageError && (
        <p className="form-field__errors" role="alert">
          {t('error.loadFailed')}
        </p>
      )}
      {dossiers.hasNextPage && (
        <div className="load-more">
          <button
            type="button"
            className="button button--secondary"
            disabled={dossiers.isFetchingNextPage}
            onClick={() => {
              void dossiers.fetchNextPage();
            }}
          >
            {dossiers.isFetchingNextPage ? t('dossierMine.loadingMore') : t('dossierMine.loadMore')}
          </button>
        </div>
      )}
    </>
  );
}
