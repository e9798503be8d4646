import { useId } from 'react';

import { FeedbackCategorySelect } from '@/components/ui/feedback-category-select';
import { SearchBox } from '@/components/ui/search-box';
import { SelectField } from '@/components/ui/select-field';
import { useTranslation } from '@/lib/i18n/use-translation';

import type { PublicFeedbackFilter } from '../api/get-public-feedback-list';

type PublicFeedbackSearchProps = {
  value: PublicFeedbackFilter;
  onChange: (filter: PublicFeedbackFilter) => void;
};

const answeredValue = (answered: boolean | undefined): string => (answered === undefined ? '' : String(answered));

/** Words to look for, and the answered and category filters of the public list. */
export function PublicFeedbackSearch({ value, onChange }: PublicFeedbackSearchProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="filters">
      <SearchBox
        label={t('feedback.public.search')}
        placeholder={t('feedback.public.search.placeholder')}
        defaultValue={value.search}
        onSearch={(search) => {
          onChange({ ...value, search: search === '' ? undefined : search });
        }}
      />
      <div className="field-grid">
        <SelectField
          id={`${id}-answered`}
          label={t('feedback.public.answered')}
          allLabel={t('feedback.public.answered.all')}
          value={answeredValue(value.answered)}
          options={[
            { value: 'true', label: t('feedback.public.answered.true') },
            { value: 'false', label: t('feedback.public.answered.false') },
          ]}
          onChange={(next) => {
            onChange({ ...value, answered: next === '' ? undefined : next === 'true' });
          }}
        />
        <FeedbackCategorySelect
          value={value.category}
          onChange={(category) => {
            onChange({ ...value, category });
          }}
        />
      </div>
    </div>
  );
}
