import { FormErrorCallout } from '@/components/ui/form-error-callout';
import { staleFeedbackOf } from '@/lib/api/feedback';
import { useTranslation } from '@/lib/i18n/use-translation';

type FeedbackActionErrorProps = {
  /** The failed action's error; nothing is shown without one. */
  error: unknown;
};

/**
 * Why an action on a feedback failed: someone else changed it first (the page now shows it as it is), or the
 * server's problem, or a lost connection.
 */
export function FeedbackActionError({ error }: FeedbackActionErrorProps) {
  const { t } = useTranslation();
  if (!error) return null;
  if (staleFeedbackOf(error))
    return (
      <div className="callout callout--warning" role="alert">
        <p className="callout__title">{t('feedback.action.stale')}</p>
        <p>{t('feedback.action.staleHint')}</p>
      </div>
    );
  return (
    <FormErrorCallout
      title={t('feedback.action.failed')}
      error={error}
      fallback={t('feedback.action.networkError')}
      fieldErrorsMessage={t('feedback.action.fixErrors')}
    />
  );
}
