import { Link } from 'react-router';

import type { FeedbackReceipt as Receipt } from '@/lib/api/types';
import { formatDateTime } from '@/lib/format';
import { useTranslation } from '@/lib/i18n/use-translation';

type FeedbackReceiptProps = {
  receipt: Receipt;
  /** The follow-up page with the code and the key filled in. */
  followHref: string;
  /** The submitter's own page, for a signed-in submitter. */
  detailHref?: string;
};

/** What the submitter keeps after sending: the code, the deadline, and the follow-up key with what it is for. */
export function FeedbackReceipt({ receipt, followHref, detailHref }: FeedbackReceiptProps) {
  const { t, locale } = useTranslation();
  return (
    <div className="callout" role="status" aria-labelledby="feedback-receipt-title">
      <h2 id="feedback-receipt-title" className="callout__title">
        {t('feedback.receipt.title')}
      </h2>
      <dl className="meta-list">
        <div className="meta-list__item">
          <dt>{t('feedback.receipt.code')}</dt>
          <dd>
            <strong className="code" data-testid="feedback-code">
              {receipt.code}
            </strong>
          </dd>
        </div>
        <div className="meta-list__item">
          <dt>{t('feedback.receipt.receivedAt')}</dt>
          <dd>{formatDateTime(receipt.receivedAt, locale)}</dd>
        </div>
        <div className="meta-list__item">
          <dt>{t('feedback.receipt.agency')}</dt>
          <dd>{receipt.handlingAgency}</dd>
        </div>
        <div className="meta-list__item">
          <dt>{t('feedback.receipt.assignDueAt')}</dt>
          <dd>{formatDateTime(receipt.assignDueAt, locale)}</dd>
        </div>
        <div className="meta-list__item">
          <dt>{t('feedback.receipt.key')}</dt>
          <dd>
            <strong className="code" data-testid="feedback-key">
              {receipt.followUpKey}
            </strong>
          </dd>
        </div>
      </dl>
      <div className="callout callout--warning" role="note">
        <p className="callout__title">{t('feedback.receipt.keepTitle')}</p>
        <p>{t('feedback.receipt.keepNote')}</p>
      </div>
      <p>
        <Link className="button" to={followHref}>
          {t('feedback.receipt.follow')}
        </Link>{' '}
        {detailHref && (
          <Link className="button button--secondary" to={detailHref}>
            {t('feedback.receipt.open')}
          </Link>
        )}
      </p>
    </div>
  );
}
