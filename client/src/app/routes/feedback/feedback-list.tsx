import { Link, useSearchParams } from 'react-router';

import { PageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { PublicFeedbackList } from '@/features/feedback/components/public-feedback-list';
import { PublicFeedbackSearch } from '@/features/feedback/components/public-feedback-search';
import {
  parsePublicFeedbackFilter,
  publicFeedbackFilterSearch,
} from '@/features/feedback/utils/public-feedback-filter';
import { useTranslation } from '@/lib/i18n/use-translation';

/** The public list of published feedback with their answers: search, the answered filter, "load more". */
export function FeedbackListRoute() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = parsePublicFeedbackFilter(searchParams);

  return (
    <div className="container page">
      <PageTitle title={t('feedback.public.title')} />
      <h1 className="page-title">{t('feedback.public.title')}</h1>
      <p>{t('feedback.public.lead')}</p>
      <p>
        <Link className="button" to={paths.feedbackNew.getHref()}>
          {t('feedback.new')}
        </Link>{' '}
        <Link className="button button--secondary" to={paths.feedbackFollow.getHref()}>
          {t('feedback.follow.title')}
        </Link>
      </p>
      <PublicFeedbackSearch
        key={filter.search ?? ''}
        value={filter}
        onChange={(next) => {
          setSearchParams(publicFeedbackFilterSearch(next));
        }}
      />
      <PublicFeedbackList filter={filter} feedbackHref={paths.feedbackPublic.getHref} />
    </div>
  );
}
