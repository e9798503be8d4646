import { useSearchParams } from 'react-router';

import { PageSection } from '@/components/ui/page-section';
import { SelectField } from '@/components/ui/select-field';
import { paths } from '@/config/paths';
import { SignedInPage } from '@/features/auth/components/signed-in-page';
import { useAgencies } from '@/features/catalogue-filters/api/get-agencies';
import { CreateOfficerForm } from '@/features/officers/components/create-officer-form';
import { OfficerList } from '@/features/officers/components/officer-list';
import { isAdministrator } from '@/lib/auth/roles';
import { useTranslation } from '@/lib/i18n/use-translation';

/**
 * Administrators list officers (optionally of one agency), create officer accounts, change officers' roles and
 * deactivate or reactivate them.
 */
export function OfficersRoute() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const agencyId = searchParams.get('agencyId') ?? undefined;
  const agencies = useAgencies();

  const agencyList = agencies.data ?? [];

  return (
    <SignedInPage
      title={t('officers.title')}
      loadingLabel={t('common.loading')}
      here={paths.adminOfficers.getHref(agencyId)}
      allow={isAdministrator}
    >
      {(user) => (
        <>
          <PageSection title={t('officers.list.title')}>
            <SelectField
              id="officers-agency-filter"
              label={t('officers.filter.agency')}
              value={agencyId}
              allLabel={t('officers.filter.agency.all')}
              options={agencyList.map((agency) => ({ value: agency.id, label: agency.name }))}
              onChange={(value) => {
                setSearchParams(value ? { agencyId: value } : {});
              }}
            />
            <OfficerList agencyId={agencyId} agencies={agencyList} currentAccountId={user.id} />
          </PageSection>
          <PageSection title={t('officers.create.title')}>
            <CreateOfficerForm agencies={agencyList} />
          </PageSection>
        </>
      )}
    </SignedInPage>
  );
}
