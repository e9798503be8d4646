import { QueryError } from '@/components/errors/query-error';
import { PageSection } from '@/components/ui/page-section';
import { Spinner } from '@/components/ui/spinner';
import { useTranslation } from '@/lib/i18n/use-translation';

import { useDossierRating } from '../api/get-dossier-rating';
import { useRateDossier } from '../api/rate-dossier';

import { RatingForm } from './rating-form';
import { RatingSummary } from './rating-summary';

type DossierRatingPanelProps = {
  /** A returned dossier. */
  dossierId: string;
  /** True for its applicant, who rates it once; officers only read the rating. */
  canRate: boolean;
};

/** The satisfaction rating of a returned dossier: the form for its applicant until rated, then the rating given. */
export function DossierRatingPanel({ dossierId, canRate }: DossierRatingPanelProps) {
  const { t } = useTranslation();
  const rating = useDossierRating(dossierId);
  const rate = useRateDossier(dossierId);

  return (
    <PageSection title={t('rating.title')} className="panel">
      {rating.isPending ? (
        <Spinner label={t('rating.loading')} />
      ) : rating.isError ? (
        <QueryError
          onRetry={() => {
            void rating.refetch();
          }}
        />
      ) : rating.data ? (
        <>
          {rate.isSuccess && (
            <p className="callout" role="status">
              {t('rating.thanks')}
            </p>
          )}
          <RatingSummary rating={rating.data} />
        </>
      ) : canRate ? (
        <>
          <p>{t('rating.lead')}</p>
          <RatingForm
            isPending={rate.isPending}
            error={rate.error}
            onSubmit={(values) => {
              rate.mutate(values);
            }}
          />
        </>
      ) : (
        <p className="muted">{t('rating.none')}</p>
      )}
    </PageSection>
  );
}
