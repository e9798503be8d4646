import { Link } from 'react-router';

import { Badge } from '@/components/ui/badge';
import { KeysetList } from '@/components/ui/keyset-list';
import { formatDate } from '@/lib/format';
import { feedbackCategoryLabel } from '@/lib/i18n/enum-labels';
import { useTranslation } from '@/lib/i18n/use-translation';

import { usePublicFeedbackList, type PublicFeedbackFilter } from '../api/get-public-feedback-list';

type PublicFeedbackListProps = {
  filter: PublicFeedbackFilter;
  /** The public page of one feedback. */
  feedbackHref: (code: string) => string;
};

/** Published feedback matching the filter, newest first, with "load more". */
export function PublicFeedbackList({ filter, feedbackHref }: PublicFeedbackListProps) {
  const { t, locale } = useTranslation();
  const list = usePublicFeedbackList(filter);

  return (
    <KeysetList
      query={list}
      loadingLabel={t('feedback.public.loading')}
      empty={
        <div className="empty-state">
          <p className="empty-state__title">{t('feedback.public.empty')}</p>
          <p>{t('feedback.public.empty.hint')}</p>
        </div>
      }
    >
      {(items) => (
        <ul className="procedure-list" aria-label={t('feedback.public.list')}>
          {items.map((item) => (
            <li key={item.id} className="procedure-card">
              <h3 className="procedure-card__title">
                <Link to={feedbackHref(item.code)}>{item.title}</Link>
              </h3>
              <p>
                <Badge tone={item.answered ? 'success' : 'info'}>
                  {item.answered ? t('feedback.public.isAnswered') : t('feedback.public.isReopened')}
                </Badge>{' '}
                <span className="muted">{feedbackCategoryLabel(t, item.category)}</span>
              </p>
              <p className="muted">
                {t('feedback.public.meta', {
                  code: item.code,
                  name: item.submitterName,
                  date: formatDate(item.receivedAt, locale) ?? '',
                  agency: item.agencyName,
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </KeysetList>
  );
}
