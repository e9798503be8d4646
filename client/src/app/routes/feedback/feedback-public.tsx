import { useParams } from 'react-router';

import { NotFoundMessage } from '@/components/errors/not-found-message';
import { QueryError } from '@/components/errors/query-error';
import { PageTitle } from '@/components/ui/page-title';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { usePublicFeedback } from '@/features/feedback/api/get-public-feedback';
import { PublicFeedbackDetail } from '@/features/feedback/components/public-feedback-detail';
import { useTranslation } from '@/lib/i18n/use-translation';
import { isApiError } from '@/lib/problem-details';

/** One published feedback with its answer, as anyone may read it. */
export function PublicFeedbackRoute() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const feedback = usePublicFeedback(code);

  if (isApiError(feedback.error) && feedback.error.isNotFound)
    return (
      <div className="container page">
        <NotFoundMessage
          title={t('feedback.public.notFound')}
          hint={t('feedback.public.notFound.hint')}
          backTo={paths.feedback.getHref()}
          backLabel={t('feedback.public.back')}
        />
      </div>
    );

  const title = feedback.data?.title ?? t('feedback.public.title');
  return (
    <div className="container page">
      <PageTitle title={title} />
      <h1 className="page-title">{title}</h1>
      {feedback.isPending ? (
        <Spinner label={t('feedback.public.loading')} />
      ) : feedback.isError ? (
        <QueryError
          onRetry={() => {
            void feedback.refetch();
          }}
        />
      ) : (
        <PublicFeedbackDetail feedback={feedback.data} />
      )}
    </div>
  );
}
