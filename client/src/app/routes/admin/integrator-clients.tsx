import { paths } from '@/config/paths';
import { SignedInPage } from '@/features/auth/components/signed-in-page';
import { useAgencies } from '@/features/catalogue-filters/api/get-agencies';
import { CreateIntegratorClientForm } from '@/features/integrator-clients/components/create-integrator-client-form';
import { IntegratorClientList } from '@/features/integrator-clients/components/integrator-client-list';
import { isAdministrator } from '@/lib/auth/roles';
import { useTranslation } from '@/lib/i18n/use-translation';

/** Administrators list, register and revoke integrator (machine) clients. */
export function IntegratorClientsRoute() {
  const { t } = useTranslation();
  const agencies = useAgencies();
  const agencyList = agencies.data ?? [];

  return (
    <SignedInPage
      title={t('integratorClients.title')}
      loadingLabel={t('common.loading')}
      here={paths.adminIntegratorClients.getHref()}
      allow={isAdministrator}
    >
      {() => (
        <>
          <section aria-labelledby="integrator-clients-list-title">
            <h2 id="integrator-clients-list-title" className="section-title">
              {t('integratorClients.list.title')}
            </h2>
            <IntegratorClientList agencies={agencyList} />
          </section>
          <section aria-labelledby="integrator-clients-create-title">
            <h2 id="integrator-clients-create-title" className="section-title">
              {t('integratorClients.create.title')}
            </h2>
            <CreateIntegratorClientForm agencies={agencyList} />
          </section>
        </>
      )}
    </SignedInPage>
  );
}
