import { Link, useSearchParams } from 'react-router';

import { NotFoundMessage } from '@/components/errors/not-found-message';
import { QueryError } from '@/components/errors/query-error';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { useCurrentUser } from '@/features/auth/api/get-current-user';
import { SignedInPage } from '@/features/auth/components/signed-in-page';
import { DossierWizard } from '@/features/dossier-submission/components/dossier-wizard';
import { useProcedure } from '@/features/procedures/api/get-procedure';
import { isUuid } from '@/features/procedures/utils/procedure-search';
import { useDossier } from '@/lib/api/dossier';
import { useTranslation } from '@/lib/i18n/use-translation';
import { isApiError } from '@/lib/problem-details';

/** Citizens and organisations (accounts with the Citizen role) apply online. */
const isApplicant = (roles: readonly string[]) => roles.includes('Citizen');

/** The online submission wizard for a procedure (`?procedureId=`), or a draft being resumed (`&draft=`). */
export function DossierNewRoute() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const procedureParam = searchParams.get('procedureId') ?? undefined;
  const draftParam = searchParams.get('draft') ?? undefined;
  const draftId = draftParam && isUuid(draftParam) ? draftParam : undefined;
  const { isSignedIn } = useCurrentUser();
  const draftQuery = useDossier(draftId, { enabled: isSignedIn });
  const procedureId = procedureParam ?? draftQuery.data?.procedureId;
  const validProcedureId = procedureId !== undefined && isUuid(procedureId);
  const procedureQuery = useProcedure(procedureId ?? '', { enabled: validProcedureId });

  const here = paths.dossierNew.getHref(procedureParam, draftParam);
  const procedureNotFound =
    (procedureId !== undefined && !validProcedureId) ||
    (isApiError(procedureQuery.error) && procedureQuery.error.isNotFound);

  return (
    <SignedInPage title={t('dossierNew.title')} loadingLabel={t('common.loading')} here={here} allow={isApplicant}>
      {(user) =>
        procedureId === undefined && !draftId ? (
          <div className="empty-state">
            <p className="empty-state__title">{t('dossierNew.noProcedure')}</p>
            <Link className="button" to={paths.procedures.getHref()}>
              {t('dossierNew.noProcedure.link')}
            </Link>
          </div>
        ) : procedureNotFound ? (
          <NotFoundMessage
            title={t('procedure.notFound.title')}
            hint={t('procedure.notFound.hint')}
            backTo={paths.procedures.getHref()}
            backLabel={t('procedure.backToList')}
          />
        ) : draftId && draftQuery.isError ? (
          <QueryError
            message={
              isApiError(draftQuery.error) && draftQuery.error.isNotFound ? t('dossierNew.draft.notFound') : undefined
            }
            onRetry={() => {
              void draftQuery.refetch();
            }}
          />
        ) : procedureQuery.isError ? (
          <QueryError
            onRetry={() => {
              void procedureQuery.refetch();
            }}
          />
        ) : !procedureQuery.data ? (
          <Spinner label={t('procedure.loading')} />
        ) : (
          <>
            <p className="wizard-procedure">
              <span className="muted">{t('dossierNew.procedure')}:</span>{' '}
              <Link to={paths.procedure.getHref(procedureQuery.data.id)}>{procedureQuery.data.name}</Link>
            </p>
            <DossierWizard
              key={procedureQuery.data.id}
              procedure={procedureQuery.data}
              draftId={draftId}
              prefill={user}
              onDraftCreated={(id) => {
                setSearchParams({ procedureId: procedureQuery.data.id, draft: id }, { replace: true });
              }}
              dossierHref={paths.dossier.getHref}
              myDossiersHref={paths.myDossiers.getHref()}
            />
          </>
        )
      }
    </SignedInPage>
  );
}
