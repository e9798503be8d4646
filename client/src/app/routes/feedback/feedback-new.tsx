import { useState } from 'react';
import { Link } from 'react-router';

import { PageTitle } from '@/components/ui/page-title';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { useCurrentUser } from '@/features/auth/api/get-current-user';
import { useAgencies } from '@/features/catalogue-filters/api/get-agencies';
import { FeedbackForm } from '@/features/feedback/components/feedback-form';
import { FeedbackReceipt } from '@/features/feedback/components/feedback-receipt';
import type { FeedbackReceipt as Receipt } from '@/lib/api/types';
import { useTranslation } from '@/lib/i18n/use-translation';

/** The feedback form, open to guests; a signed-in person's name and contacts are filled in. Then the receipt. */
export function FeedbackNewRoute() {
  const { t } = useTranslation();
  const { isSignedIn, user, isPending } = useCurrentUser();
  const agencies = useAgencies();
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const [attempt, setAttempt] = useState(0);

  return (
    <div className="container page">
      <PageTitle title={t('feedback.new')} />
      <h1 className="page-title">{t('feedback.new')}</h1>
      {receipt ? (
        <>
          <FeedbackReceipt
            receipt={receipt}
            followHref={paths.feedbackFollow.getHref(receipt.code, receipt.followUpKey)}
            detailHref={isSignedIn ? paths.feedbackDetail.getHref(receipt.id) : undefined}
          />
          <p>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setReceipt(null);
                setAttempt((n) => n + 1);
              }}
            >
              {t('feedback.receipt.another')}
            </button>{' '}
            <Link to={paths.feedback.getHref()}>{t('feedback.public.title')}</Link>
          </p>
        </>
      ) : isPending ? (
        <Spinner label={t('common.loading')} />
      ) : (
        <>
          <p>{t('feedback.form.lead')}</p>
          <FeedbackForm
            key={attempt}
            agencies={agencies.data}
            contact={user ? { fullName: user.fullName, phoneNumber: user.phoneNumber, email: user.email } : undefined}
            onSubmitted={setReceipt}
          />
        </>
      )}
    </div>
  );
}
