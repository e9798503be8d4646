import { Link, useNavigate } from 'react-router';

import { PageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { RegisterForm } from '@/features/auth/components/register-form';
import { useTranslation } from '@/lib/i18n/use-translation';

export function RegisterRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();

  return (
    <div className="container page">
      <PageTitle title={t('register.title')} />
      <h1 className="page-title">{t('register.title')}</h1>
      <p>{t('register.lead')}</p>
      <RegisterForm
        onSuccess={() => {
          void navigate(paths.profile.getHref(), { replace: true });
        }}
      />
      <p className="auth-form__footer">
        {t('register.haveAccount')} <Link to={paths.signIn.getHref()}>{t('register.signInLink')}</Link>
      </p>
    </div>
  );
}
