import { useSearchParams } from 'react-router';

import { paths } from '@/config/paths';
import { SignedInPage } from '@/features/auth/components/signed-in-page';
import { useFeedbackInboxCounts } from '@/features/feedback-inbox/api/get-feedback-inbox-counts';
import { FeedbackInboxFilters } from '@/features/feedback-inbox/components/feedback-inbox-filters';
import { FeedbackInboxTable } from '@/features/feedback-inbox/components/feedback-inbox-table';
import {
  feedbackInboxFilterSearch,
  parseFeedbackInboxFilter,
  type FeedbackInboxFilter,
} from '@/features/feedback-inbox/utils/feedback-inbox-filter';
import { isOfficer } from '@/lib/auth/roles';
import { useTranslation } from '@/lib/i18n/use-translation';

/** The agency's feedback inbox for officers: counts, filters (kept in the URL) and the list with "load more". */
export function WorkspaceFeedbackRoute() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = parseFeedbackInboxFilter(searchParams);

  return (
    <SignedInPage
      title={t('feedback.inbox.title')}
      loadingLabel={t('feedback.inbox.loading')}
      here={paths.workspaceFeedback.getHref(searchParams)}
      allow={isOfficer}
    >
      {() => (
        <FeedbackInboxPanel
          filter={filter}
          onFilter={(next) => {
            setSearchParams(feedbackInboxFilterSearch(next));
          }}
        />
      )}
    </SignedInPage>
  );
}

type FeedbackInboxPanelProps = {
  filter: FeedbackInboxFilter;
  onFilter: (filter: FeedbackInboxFilter) => void;
};

/** The filters and the table; mounted only for officers so the inbox is not requested for others. */
function FeedbackInboxPanel({ filter, onFilter }: FeedbackInboxPanelProps) {
  const counts = useFeedbackInboxCounts();
  return (
    <>
      <FeedbackInboxFilters counts={counts.data} value={filter} onChange={onFilter} />
      <FeedbackInboxTable filter={filter} feedbackHref={paths.feedbackDetail.getHref} />
    </>
  );
}
