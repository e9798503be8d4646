import { Link } from 'react-router';

import { KeysetList } from '@/components/ui/keyset-list';
import { formatDate } from '@/lib/format';
import { feedbackCategoryLabel } from '@/lib/i18n/enum-labels';
import { useTranslation } from '@/lib/i18n/use-translation';

import { useMyFeedback } from '../api/get-my-feedback';

import { FeedbackStatusBadge } from './feedback-status-badge';

type MyFeedbackListProps = {
  feedbackHref: (id: string) => string;
  /** The form, for the empty state's link. */
  newFeedbackHref: string;
};

/** The feedback the signed-in person sent, newest first, with "load more". */
export function MyFeedbackList({ feedbackHref, newFeedbackHref }: MyFeedbackListProps) {
  const { t, locale } = useTranslation();
  const list = useMyFeedback();

  return (
    <KeysetList
      query={list}
      loadingLabel={t('feedback.mine.loading')}
      empty={
        <div className="empty-state">
          <p className="empty-state__title">{t('feedback.mine.empty')}</p>
          <Link className="button" to={newFeedbackHref}>
            {t('feedback.new')}
          </Link>
        </div>
      }
    >
      {(items) => (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('feedback.mine.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('feedback.code')}</th>
                <th scope="col">{t('feedback.title')}</th>
                <th scope="col">{t('feedback.status')}</th>
                <th scope="col">{t('feedback.receivedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <td className="nowrap">
                    <Link to={feedbackHref(item.id)}>{item.code}</Link>
                  </td>
                  <td>
                    {item.title}
                    <br />
                    <span className="muted">{feedbackCategoryLabel(t, item.category)}</span>
                  </td>
                  <td>
                    <FeedbackStatusBadge status={item.status} />
                  </td>
                  <td className="nowrap">{formatDate(item.receivedAt, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </KeysetList>
  );
}
