import { useSearchParams } from 'react-router';

import { QueryError } from '@/components/errors/query-error';
import { PageTitle } from '@/components/ui/page-title';
import { Spinner } from '@/components/ui/spinner';
import { followFeedbackQueryKey, useFollowFeedback } from '@/features/feedback/api/follow-feedback';
import { FeedbackDetailView } from '@/features/feedback/components/feedback-detail-view';
import { FollowUpForm } from '@/features/feedback/components/follow-up-form';
import { useTranslation } from '@/lib/i18n/use-translation';
import { isApiError } from '@/lib/problem-details';

/** A guest follows their feedback with the code and the key of the receipt, rates the answer and may reopen it. */
export function FeedbackFollowRoute() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const code = searchParams.get('code')?.trim() ?? '';
  const key = searchParams.get('key')?.trim() ?? '';
  const query = useFollowFeedback(code, key);
  const error = query.error;
  const notFound = isApiError(error) && error.isNotFound;
  const tooMany = isApiError(error) && error.status === 429;
  const showForm = code === '' || key === '' || notFound || tooMany;

  return (
    <div className="container page">
      <PageTitle title={t('feedback.follow.title')} />
      <h1 className="page-title">{t('feedback.follow.title')}</h1>
      {showForm ? (
        <>
          <p>{t('feedback.follow.lead')}</p>
          {(notFound || tooMany) && (
            <div className="callout callout--error" role="alert">
              <p>{notFound ? t('feedback.follow.notFound') : t('feedback.follow.tooMany')}</p>
            </div>
          )}
          <FollowUpForm
            key={`${code}|${key}`}
            code={code}
            followUpKey={key}
            onSubmit={(nextCode, nextKey) => {
              setSearchParams({ code: nextCode, key: nextKey });
            }}
          />
        </>
      ) : query.isPending ? (
        <Spinner label={t('feedback.detail.loading')} />
      ) : query.isError ? (
        <QueryError
          onRetry={() => {
            void query.refetch();
          }}
        />
      ) : (
        <FeedbackDetailView
          feedback={query.data}
          queryKey={followFeedbackQueryKey(code, key)}
          followUpKey={key}
          isFetching={query.isFetching}
        />
      )}
    </div>
  );
}
