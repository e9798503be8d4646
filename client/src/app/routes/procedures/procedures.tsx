import { useSearchParams } from 'react-router';

import { QueryError } from '@/components/errors/query-error';
import { PageTitle } from '@/components/ui/page-title';
import { Pagination } from '@/components/ui/pagination';
import {
  CatalogueFilters,
  type CatalogueFilterValues,
} from '@/features/catalogue-filters/components/catalogue-filters';
import { useProcedures } from '@/features/procedures/api/get-procedures';
import { ProcedureList } from '@/features/procedures/components/procedure-list';
import { ProcedureListSkeleton } from '@/features/procedures/components/procedure-list-skeleton';
import { ProcedureSearchForm } from '@/features/procedures/components/procedure-search-form';
import {
  hasActiveFilters,
  parseProcedureSearch,
  toProceduresQuery,
  toSearchParams,
  type ProcedureSearch,
} from '@/features/procedures/utils/procedure-search';
import { useTranslation } from '@/lib/i18n/use-translation';

export function ProceduresRoute() {
  const { t, locale } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const search = parseProcedureSearch(searchParams);
  const proceduresQuery = useProcedures(toProceduresQuery(search));

  const update = (next: Partial<ProcedureSearch>) => {
    // Any change but paging starts again at page 1.
    setSearchParams(toSearchParams({ ...search, pageNumber: 1, ...next }));
  };

  const filters: CatalogueFilterValues = {
    fieldId: search.fieldId,
    agencyId: search.agencyId,
    level: search.level,
    onlineLevel: search.onlineLevel,
  };

  const page = proceduresQuery.data;
  const busy = proceduresQuery.isFetching;

  return (
    <div className="container page">
      <PageTitle title={search.q ? t('procedures.searchTitle', { q: search.q }) : t('procedures.title')} />
      <h1 className="page-title">{t('procedures.title')}</h1>
      {/* key: a new q in the URL (back button, home search) resets the box. */}
      <ProcedureSearchForm
        key={search.q}
        defaultValue={search.q}
        onSearch={(q) => {
          update({ q });
        }}
      />

      <div className="results-layout">
        <CatalogueFilters
          values={filters}
          onChange={(values) => {
            update({ fieldId: undefined, agencyId: undefined, level: undefined, onlineLevel: undefined, ...values });
          }}
        />

        <section className="results" aria-labelledby="results-title" aria-busy={busy}>
          <h2 id="results-title" className="visually-hidden">
            {t('results.label')}
          </h2>

          {proceduresQuery.isPending && <ProcedureListSkeleton />}

          {proceduresQuery.isError && (
            <QueryError
              onRetry={() => {
                void proceduresQuery.refetch();
              }}
            />
          )}

          {page && !proceduresQuery.isError && (
            <>
              <p className="results__total" role="status">
                {t('results.total', {
                  count: page.totalCount,
                  total: new Intl.NumberFormat(locale).format(page.totalCount),
                })}
              </p>
              {page.items.length === 0 ? (
                <div className="empty-state">
                  <h3 className="empty-state__title">{t('results.empty.title')}</h3>
                  <p>{t('results.empty.hint')}</p>
                  {hasActiveFilters(search) && (
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => {
                        update({ fieldId: undefined, agencyId: undefined, level: undefined, onlineLevel: undefined });
                      }}
                    >
                      {t('filters.clear')}
                    </button>
                  )}
                </div>
              ) : (
                <div className={busy ? 'results__list is-stale' : 'results__list'}>
                  <ProcedureList procedures={page.items} />
                </div>
              )}
              {page.totalPages > 1 && (
                <Pagination
                  pageNumber={page.pageNumber}
                  totalPages={page.totalPages}
                  hasPreviousPage={page.hasPreviousPage}
                  hasNextPage={page.hasNextPage}
                  onPageChange={(pageNumber) => {
                    setSearchParams(toSearchParams({ ...search, pageNumber }));
                  }}
                />
              )}
            </>
          )}
        </section>
      </div>
    </div>
  );
}
