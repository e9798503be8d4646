import { useParams } from 'react-router';

import { AccessDenied } from '@/components/errors/access-denied';
import { NotFoundMessage } from '@/components/errors/not-found-message';
import { QueryError } from '@/components/errors/query-error';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { SignedInPage } from '@/features/auth/components/signed-in-page';
import { useSession } from '@/features/auth/hooks/use-session';
import { useAgencies } from '@/features/catalogue-filters/api/get-agencies';
import { FeedbackDetailView } from '@/features/feedback/components/feedback-detail-view';
import { FeedbackOfficerActions } from '@/features/feedback-inbox/components/feedback-officer-actions';
import { feedbackQueryKey, useFeedback } from '@/lib/api/feedback';
import { useTranslation } from '@/lib/i18n/use-translation';
import { isApiError } from '@/lib/problem-details';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One feedback for its signed-in submitter (rating, reopening) and for the officers handling it (their actions). */
export function FeedbackRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const validId = UUID.test(id);
  const { isSignedIn } = useSession();
  const query = useFeedback(id, { enabled: validId && isSignedIn });
  const feedback = query.data;
  const agencies = useAgencies();
  const error = query.error;

  if (!validId || (isApiError(error) && error.isNotFound))
    return (
      <div className="container page">
        <NotFoundMessage
          title={t('feedback.detail.notFound')}
          hint={t('feedback.detail.notFound.hint')}
          backTo={paths.feedback.getHref()}
          backLabel={t('feedback.public.back')}
        />
      </div>
    );

  const title = feedback ? t('feedback.detail.title', { code: feedback.code }) : t('feedback.detail.heading');

  return (
    <SignedInPage title={title} loadingLabel={t('feedback.detail.loading')} here={paths.feedbackDetail.getHref(id)}>
      {() =>
        isApiError(error) && error.status === 403 ? (
          <AccessDenied />
        ) : query.isError ? (
          <QueryError
            onRetry={() => {
              void query.refetch();
            }}
          />
        ) : !feedback ? (
          <Spinner label={t('feedback.detail.loading')} />
        ) : (
          <FeedbackDetailView
            feedback={feedback}
            queryKey={feedbackQueryKey(feedback.id)}
            isFetching={query.isFetching}
            officerActions={<FeedbackOfficerActions feedback={feedback} agencies={agencies.data ?? []} />}
          />
        )
      }
    </SignedInPage>
  );
}
