import { PageSection } from '@/components/ui/page-section';
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
          <PageSection title={t('integratorClients.list.title')}>
            <IntegratorClientList agencies={agencyList} />
          </PageSection>
          <PageSection title={t('integratorClients.create.title')}>
            <CreateIntegratorClientForm agencies={agencyList} />
          </PageSection>
        </>
      )}
    </SignedInPage>
  );
}
