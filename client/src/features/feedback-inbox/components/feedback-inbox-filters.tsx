import { FeedbackCategorySelect } from '@/components/ui/feedback-category-select';
import { ToggleChips } from '@/components/ui/toggle-chips';
import { feedbackStatuses, type FeedbackInboxCounts } from '@/lib/api/types';
import { feedbackStatusLabel } from '@/lib/i18n/enum-labels';
import { useTranslation } from '@/lib/i18n/use-translation';

import { feedbackInboxFlags, type FeedbackInboxFilter } from '../utils/feedback-inbox-filter';

type FeedbackInboxFiltersProps = {
  counts: FeedbackInboxCounts | undefined;
  value: FeedbackInboxFilter;
  onChange: (filter: FeedbackInboxFilter) => void;
};

/**
 * One status at a time (the open ones by default, each status with its count), the flags that narrow it
 * (awaiting approval, due soon, overdue) as toggles, and the category.
 */
export function FeedbackInboxFilters({ counts, value, onChange }: FeedbackInboxFiltersProps) {
  const { t } = useTranslation();
  const statusChips = [undefined, ...feedbackStatuses].map((status) => ({
    key: status ?? 'open',
    label: status ? feedbackStatusLabel(t, status) : t('feedback.inbox.filter.open'),
    count: status && counts ? (counts.byStatus[status] ?? 0) : undefined,
    pressed: value.status === status,
    onClick: () => {
      onChange({ ...value, status });
    },
  }));
  const flagChips = feedbackInboxFlags.map((flag) => ({
    key: flag,
    label: t(`feedback.inbox.filter.${flag}`),
    count: counts?.[flag],
    pressed: value[flag] === true,
    onClick: () => {
      onChange({ ...value, [flag]: value[flag] ? undefined : true });
    },
  }));

  return (
    <>
      <ToggleChips label={t('feedback.inbox.filter.status')} chips={statusChips} />
      <ToggleChips label={t('feedback.inbox.filter.flags')} chips={flagChips} />
      <div className="field-grid">
        <FeedbackCategorySelect
          value={value.category}
          onChange={(category) => {
            onChange({ ...value, category });
          }}
        />
      </div>
    </>
  );
}
