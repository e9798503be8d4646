import { NotFoundMessage } from '@/components/errors/not-found-message';
import { paths } from '@/config/paths';
import { useTranslation } from '@/lib/i18n/use-translation';

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <div className="container page">
      <NotFoundMessage
        title={t('notFound.title')}
        hint={t('notFound.hint')}
        backTo={paths.home.getHref()}
        backLabel={t('notFound.backHome')}
      />
    </div>
  );
}
