import type { DossierRating } from '@/lib/api/types';
import { formatDateTime } from '@/lib/format';
import { satisfactionLevelLabel } from '@/lib/i18n/enum-labels';
import { useTranslation } from '@/lib/i18n/use-translation';

import { ratingCriteria } from '../utils/criteria';

/** A rating as it was given (read-only for everyone). */
export function RatingSummary({ rating }: { rating: DossierRating }) {
  const { t, locale } = useTranslation();
  return (
    <>
      <p className="muted">{t('rating.ratedAt', { date: formatDateTime(rating.ratedAt, locale) ?? '' })}</p>
      <dl className="meta-list">
        {ratingCriteria.map((criterion) => (
          <div key={criterion} className="meta-list__item">
            <dt>{t(`rating.criterion.${criterion}`)}</dt>
            <dd>{satisfactionLevelLabel(t, rating[criterion])}</dd>
          </div>
        ))}
        {rating.comment && (
          <div className="meta-list__item">
            <dt>{t('rating.comment')}</dt>
            <dd className="preserve-lines">{rating.comment}</dd>
          </div>
        )}
      </dl>
    </>
  );
}
