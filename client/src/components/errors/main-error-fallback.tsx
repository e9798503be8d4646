import { useTranslation } from '@/lib/i18n/use-translation';

/** The router's error element: an unexpected render error anywhere below the layout. */
export function MainErrorFallback() {
  const { t } = useTranslation();
  return (
    <div className="container page">
      <div className="callout callout--error" role="alert">
        <h1 className="callout__title">{t('error.title')}</h1>
        <p>{t('error.unexpected')}</p>
        <button
          type="button"
          className="button"
          onClick={() => {
            window.location.reload();
          }}
        >
          {t('error.reload')}
        </button>
      </div>
    </div>
  );
}
