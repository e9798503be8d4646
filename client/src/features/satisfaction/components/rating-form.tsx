import { useState, type SubmitEvent } from 'react';

import { FormErrorCallout } from '@/components/ui/form-error-callout';
import { RadioGroup } from '@/components/ui/radio-group';
import { TextAreaField } from '@/components/ui/text-area-field';
import { satisfactionLevels, type SatisfactionLevel } from '@/lib/api/types';
import { satisfactionLevelLabel } from '@/lib/i18n/enum-labels';
import { useTranslation } from '@/lib/i18n/use-translation';
import { isApiError } from '@/lib/problem-details';

import { ratingCriteria, type RatingCriterion, type RatingValues } from '../utils/criteria';

type RatingFormProps = {
  isPending: boolean;
  /** The last failure of the submission. */
  error: unknown;
  onSubmit: (values: RatingValues) => void;
};

type Levels = Record<RatingCriterion, SatisfactionLevel | ''>;

/** Very satisfied, satisfied or dissatisfied for each criterion (time, attitude, clarity, fees), and a comment. */
export function RatingForm({ isPending, error, onSubmit }: RatingFormProps) {
  const { t } = useTranslation();
  const [levels, setLevels] = useState<Levels>({ time: '', attitude: '', clarity: '', fees: '' });
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState<RatingCriterion[]>([]);
  const serverErrors = isApiError(error) && error.status === 400 ? error.fieldErrors : {};
  const options = satisfactionLevels.map((level) => ({ value: level, label: satisfactionLevelLabel(t, level) }));

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const empty = ratingCriteria.filter((criterion) => levels[criterion] === '');
    setMissing(empty);
    if (empty.length > 0) return;
    const { time, attitude, clarity, fees } = levels as Record<RatingCriterion, SatisfactionLevel>;
    onSubmit({ time, attitude, clarity, fees, comment: comment.trim() || null });
  };

  return (
    <form className="auth-form" noValidate onSubmit={handleSubmit}>
      {error !== null && error !== undefined && (
        <FormErrorCallout
          title={t('rating.failed')}
          error={error}
          fallback={t('rating.networkError')}
          fieldErrorsMessage={t('rating.fixErrors')}
        />
      )}
      {ratingCriteria.map((criterion) => (
        <RadioGroup
          key={criterion}
          legend={t(`rating.criterion.${criterion}`)}
          options={options}
          value={levels[criterion]}
          onChange={(level) => {
            setLevels((current) => ({ ...current, [criterion]: level }));
          }}
          errors={[...(missing.includes(criterion) ? [t('rating.required')] : []), ...(serverErrors[criterion] ?? [])]}
        />
      ))}
      <TextAreaField
        label={t('rating.comment')}
        value={comment}
        rows={3}
        maxLength={2000}
        errors={serverErrors.comment}
        onChange={(event) => {
          setComment(event.target.value);
        }}
      />
      <div className="auth-form__footer">
        <button type="submit" className="button" disabled={isPending}>
          {isPending ? t('rating.submitting') : t('rating.submit')}
        </button>
      </div>
    </form>
  );
}
