import { Link, useNavigate, useSearchParams } from 'react-router';

import { PageTitle } from '@/components/ui/page-title';
import { RadioGroup } from '@/components/ui/radio-group';
import { paths } from '@/config/paths';
import { OrganisationRegisterForm } from '@/features/auth/components/organisation-register-form';
import { RegisterForm } from '@/features/auth/components/register-form';
import { useTranslation } from '@/lib/i18n/use-translation';

type AccountKind = 'citizen' | 'organisation';

/** Self-registration of a citizen or an organisation; the choice is kept in the URL (`?kind=organisation`). */
export function RegisterRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const kind: AccountKind = searchParams.get('kind') === 'organisation' ? 'organisation' : 'citizen';
  const onSuccess = () => {
    void navigate(paths.profile.getHref(), { replace: true });
  };

  return (
    <div className="container page">
      <PageTitle title={t('register.title')} />
      <h1 className="page-title">{t('register.title')}</h1>
      <RadioGroup<AccountKind>
        legend={t('account.register.kind')}
        options={[
          { value: 'citizen', label: t('account.register.kind.citizen') },
          { value: 'organisation', label: t('account.register.kind.organisation') },
        ]}
        value={kind}
        onChange={(next) => {
          setSearchParams(next === 'organisation' ? { kind: next } : {}, { replace: true });
        }}
      />
      {kind === 'organisation' ? (
        <>
          <p>{t('account.register.organisationLead')}</p>
          <OrganisationRegisterForm onSuccess={onSuccess} />
        </>
      ) : (
        <>
          <p>{t('register.lead')}</p>
          <RegisterForm onSuccess={onSuccess} />
        </>
      )}
      <p className="auth-form__footer">
        {t('register.haveAccount')} <Link to={paths.signIn.getHref()}>{t('register.signInLink')}</Link>
      </p>
    </div>
  );
}
