import { Link, useParams } from 'react-router';

import { NotFoundMessage } from '@/components/errors/not-found-message';
import { QueryError } from '@/components/errors/query-error';
import { PageTitle } from '@/components/ui/page-title';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { useProcedure } from '@/features/procedures/api/get-procedure';
import { ProcedureDetail } from '@/features/procedures/components/procedure-detail';
import { isUuid } from '@/features/procedures/utils/procedure-search';
import { useTranslation } from '@/lib/i18n/use-translation';
import { isApiError } from '@/lib/problem-details';

export function ProcedureRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const validId = isUuid(id);
  const procedureQuery = useProcedure(id, { enabled: validId });

  const notFound = !validId || (isApiError(procedureQuery.error) && procedureQuery.error.isNotFound);

  return (
    <div className="container page" aria-busy={validId && procedureQuery.isPending}>
      <nav className="breadcrumb" aria-label={t('breadcrumb.label')}>
        <ol>
          <li>
            <Link to={paths.home.getHref()}>{t('layout.nav.home')}</Link>
          </li>
          <li>
            <Link to={paths.procedures.getHref()}>{t('layout.nav.procedures')}</Link>
          </li>
          {procedureQuery.data && (
            <li>
              <span aria-current="page">{procedureQuery.data.name}</span>
            </li>
          )}
        </ol>
      </nav>

      {notFound ? (
        <NotFoundMessage
          title={t('procedure.notFound.title')}
          hint={t('procedure.notFound.hint')}
          backTo={paths.procedures.getHref()}
          backLabel={t('procedure.backToList')}
        />
      ) : procedureQuery.isPending ? (
        <Spinner label={t('procedure.loading')} />
      ) : procedureQuery.isError ? (
        <QueryError
          onRetry={() => {
            void procedureQuery.refetch();
          }}
        />
      ) : (
        <>
          <PageTitle title={procedureQuery.data.name} />
          <ProcedureDetail procedure={procedureQuery.data} />
          {procedureQuery.data.onlineLevel !== 'None' && procedureQuery.data.isLatest && (
            <p className="procedure-apply">
              <Link className="button" to={paths.dossierNew.getHref(procedureQuery.data.id)}>
                {t('dossierNew.apply')}
              </Link>
            </p>
          )}
        </>
      )}
    </div>
  );
}
