import { useTranslation } from '@/lib/i18n/use-translation';

/** Shown to a signed-in user whose roles do not allow the page. */
export function AccessDenied() {
  const { t } = useTranslation();
  return (
    <div className="callout callout--warning" role="alert">
      <p className="callout__title">{t('access.denied.title')}</p>
      <p>{t('access.denied.hint')}</p>
    </div>
  );
}
