import { useId } from 'react';

import { feedbackCategories, isFeedbackCategory, type FeedbackCategory } from '@/lib/api/types';
import { feedbackCategoryLabel } from '@/lib/i18n/enum-labels';
import { useTranslation } from '@/lib/i18n/use-translation';

import { SelectField } from './select-field';

type FeedbackCategorySelectProps = {
  value: FeedbackCategory | undefined;
  /** Called with the chosen category, undefined for "all". */
  onChange: (category: FeedbackCategory | undefined) => void;
};

/** A filter on the kind of feedback: all, about regulations and procedures, or about officers' conduct. */
export function FeedbackCategorySelect({ value, onChange }: FeedbackCategorySelectProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <SelectField
      id={id}
      label={t('feedback.category')}
      allLabel={t('feedback.category.all')}
      value={value}
      options={feedbackCategories.map((category) => ({ value: category, label: feedbackCategoryLabel(t, category) }))}
      onChange={(next) => {
        onChange(isFeedbackCategory(next) ? next : undefined);
      }}
    />
  );
}
