import { Link, useNavigate } from 'react-router';

import { PageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { FieldLinks } from '@/features/catalogue-filters/components/field-links';
import { ProcedureSearchForm } from '@/features/procedures/components/procedure-search-form';
import { useTranslation } from '@/lib/i18n/use-translation';

export function HomeRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();

  return (
    <>
      <PageTitle />
      <section className="hero" aria-labelledby="home-title">
        <div className="container hero__inner">
          <h1 id="home-title" className="hero__title">
            {t('home.title')}
          </h1>
          <p className="hero__lead">{t('home.lead')}</p>
          <ProcedureSearchForm
            variant="hero"
            onSearch={(q) => {
              void navigate(paths.procedures.getHref(q ? new URLSearchParams({ q }) : undefined));
            }}
          />
        </div>
      </section>
      <section className="container page" aria-labelledby="home-fields">
        <div className="section-heading">
          <h2 id="home-fields" className="section-title">
            {t('home.fields.title')}
          </h2>
          <Link className="section-heading__link" to={paths.procedures.getHref()}>
            {t('home.fields.all')}
          </Link>
        </div>
        <FieldLinks />
      </section>
    </>
  );
}
