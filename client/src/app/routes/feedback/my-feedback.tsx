import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { SignedInPage } from '@/features/auth/components/signed-in-page';
import { MyFeedbackList } from '@/features/feedback/components/my-feedback-list';
import { useTranslation } from '@/lib/i18n/use-translation';

/** The feedback the signed-in person sent, newest first. */
export function MyFeedbackRoute() {
  const { t } = useTranslation();
  return (
    <SignedInPage title={t('feedback.mine.title')} loadingLabel={t('common.loading')} here={paths.myFeedback.getHref()}>
      {() => (
        <>
          <p>
            <Link to={paths.feedbackNew.getHref()}>{t('feedback.new')}</Link>
            {' · '}
            <Link to={paths.feedback.getHref()}>{t('feedback.public.title')}</Link>
          </p>
          <MyFeedbackList feedbackHref={paths.feedbackDetail.getHref} newFeedbackHref={paths.feedbackNew.getHref()} />
        </>
      )}
    </SignedInPage>
  );
}
