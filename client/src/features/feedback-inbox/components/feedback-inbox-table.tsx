import { Link } from 'react-router';

import { Badge } from '@/components/ui/badge';
import { KeysetList } from '@/components/ui/keyset-list';
import { formatDateTime } from '@/lib/format';
import { feedbackCategoryLabel, feedbackStatusLabel } from '@/lib/i18n/enum-labels';
import { useTranslation } from '@/lib/i18n/use-translation';

import { useFeedbackInbox } from '../api/get-feedback-inbox';
import type { FeedbackInboxFilter } from '../utils/feedback-inbox-filter';

type FeedbackInboxTableProps = {
  filter: FeedbackInboxFilter;
  feedbackHref: (id: string) => string;
};

/** The agency's feedback matching the filter, newest first, with "load more". */
export function FeedbackInboxTable({ filter, feedbackHref }: FeedbackInboxTableProps) {
  const { t, locale } = useTranslation();
  const inbox = useFeedbackInbox(filter);

  return (
    <KeysetList
      query={inbox}
      loadingLabel={t('feedback.inbox.loading')}
      empty={
        <div className="empty-state">
          <p>{t('feedback.inbox.empty')}</p>
        </div>
      }
    >
      {(rows) => (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('feedback.inbox.table')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('feedback.code')}</th>
                <th scope="col">{t('feedback.title')}</th>
                <th scope="col">{t('feedback.submitter')}</th>
                <th scope="col">{t('feedback.status')}</th>
                <th scope="col">{t('feedback.receivedAt')}</th>
                <th scope="col">{t('feedback.dueAt')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td className="nowrap">
                    <Link to={feedbackHref(row.id)}>{row.code}</Link>
                  </td>
                  <td>
                    {row.title}
                    <br />
                    <span className="muted">{feedbackCategoryLabel(t, row.category)}</span>
                  </td>
                  <td>{row.submitterName}</td>
                  <td>
                    {feedbackStatusLabel(t, row.status)}{' '}
                    {row.awaitingApproval && <Badge tone="info">{t('feedback.inbox.badge.awaitingApproval')}</Badge>}
                  </td>
                  <td className="nowrap">{formatDateTime(row.receivedAt, locale)}</td>
                  <td>
                    <span className="nowrap">{formatDateTime(row.dueAt, locale) ?? '—'}</span>{' '}
                    {row.isOverdue && <Badge tone="neutral">{t('feedback.overdue')}</Badge>}
                    {!row.isOverdue && row.isDueSoon && <Badge tone="info">{t('feedback.dueSoon')}</Badge>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </KeysetList>
  );
}
