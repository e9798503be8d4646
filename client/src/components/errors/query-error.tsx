import { useTranslation } from '@/lib/i18n/use-translation';

type QueryErrorProps = {
  onRetry: () => void;
  /** Overrides the generic "could not load" message. */
  message?: string;
};

/** Shown in place of data that failed to load, with a retry button. */
export function QueryError({ onRetry, message }: QueryErrorProps) {
  const { t } = useTranslation();
  return (
    <div className="callout callout--error" role="alert">
      <p className="callout__title">{t('error.title')}</p>
      <p>{message ?? t('error.loadFailed')}</p>
      <button type="button" className="button button--secondary" onClick={onRetry}>
        {t('error.retry')}
      </button>
    </div>
  );
}
