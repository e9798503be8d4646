import { useParams } from 'react-router';

import { AccessDenied } from '@/components/errors/access-denied';
import { NotFoundMessage } from '@/components/errors/not-found-message';
import { QueryError } from '@/components/errors/query-error';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { SignedInPage } from '@/features/auth/components/signed-in-page';
import { useSession } from '@/features/auth/hooks/use-session';
import { useAgencies } from '@/features/catalogue-filters/api/get-agencies';
import { useColleagues } from '@/features/dossiers/api/get-colleagues';
import { DossierActions } from '@/features/dossiers/components/dossier-actions';
import { DossierDocuments } from '@/features/dossiers/components/dossier-documents';
import { DossierForms } from '@/features/dossiers/components/dossier-forms';
import { DossierOverview } from '@/features/dossiers/components/dossier-overview';
import { DossierProcess } from '@/features/dossiers/components/dossier-process';
import { DossierTimeline } from '@/features/dossiers/components/dossier-timeline';
import { DossierRatingPanel } from '@/features/satisfaction/components/dossier-rating-panel';
import { useDossier } from '@/lib/api/dossier';
import { isApplicant } from '@/lib/auth/roles';
import { useTranslation } from '@/lib/i18n/use-translation';
import { isApiError } from '@/lib/problem-details';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One dossier, for its applicant and for the officers handling it: state, files, history, forms, actions. */
export function DossierRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const validId = UUID.test(id);
  const { isSignedIn } = useSession();
  const dossierQuery = useDossier(id, { enabled: validId && isSignedIn });
  const dossier = dossierQuery.data;
  const needsAgencies = dossier?.availableActions.includes('Transfer') ?? false;
  const agencies = useAgencies();
  const colleagues = useColleagues(dossier?.availableActions.includes('Assign') ?? false);

  const error = dossierQuery.error;
  if (!validId || (isApiError(error) && error.isNotFound))
    return (
      <div className="container page">
        <NotFoundMessage
          title={t('dossier.notFound.title')}
          hint={t('dossier.notFound.hint')}
          backTo={paths.home.getHref()}
          backLabel={t('dossier.backHome')}
        />
      </div>
    );

  const title = dossier
    ? dossier.code
      ? t('dossier.title', { code: dossier.code })
      : t('dossier.draft')
    : t('dossier.heading');

  return (
    <SignedInPage title={title} loadingLabel={t('dossier.loading')} here={paths.dossier.getHref(id)}>
      {(user) =>
        isApiError(error) && error.status === 403 ? (
          <AccessDenied />
        ) : dossierQuery.isError ? (
          <QueryError
            onRetry={() => {
              void dossierQuery.refetch();
            }}
          />
        ) : !dossier ? (
          <Spinner label={t('dossier.loading')} />
        ) : (
          <div aria-busy={dossierQuery.isFetching}>
            <DossierOverview dossier={dossier} />
            <DossierActions
              dossier={dossier}
              agencies={needsAgencies ? (agencies.data ?? []) : []}
              colleagues={colleagues.data ?? []}
            />
            {dossier.status === 'Returned' && (
              <DossierRatingPanel dossierId={dossier.id} canRate={isApplicant(user.roles)} />
            )}
            <DossierDocuments dossier={dossier} />
            <DossierProcess dossier={dossier} />
            <DossierForms dossier={dossier} />
            <DossierTimeline dossier={dossier} />
          </div>
        )
      }
    </SignedInPage>
  );
}
