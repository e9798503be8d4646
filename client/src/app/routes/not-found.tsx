import { Link } from 'react-router';

import { PageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { useTranslation } from '@/lib/i18n/use-translation';

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <div className="container page">
      <PageTitle title={t('notFound.title')} />
      <div className="empty-state">
        <h1 className="page-title">{t('notFound.title')}</h1>
        <p>{t('notFound.hint')}</p>
        <Link className="button" to={paths.home.getHref()}>
          {t('notFound.backHome')}
        </Link>
      </div>
    </div>
  );
}
