import { Link, useSearchParams } from 'react-router';

import { paths } from '@/config/paths';
import { SignedInPage } from '@/features/auth/components/signed-in-page';
import { useInboxCounts } from '@/features/dossier-inbox/api/get-inbox-counts';
import { InboxFilterChips } from '@/features/dossier-inbox/components/inbox-filter-chips';
import { InboxTable } from '@/features/dossier-inbox/components/inbox-table';
import { inboxFilterSearch, parseInboxFilter } from '@/features/dossier-inbox/utils/inbox-filter';
import { isOfficer } from '@/lib/auth/roles';
import { roleLabel } from '@/lib/i18n/enum-labels';
import { useTranslation } from '@/lib/i18n/use-translation';

/** The officers' start page: who is signed in, then the agency's inbox with its filters (in the URL). */
export function WorkspaceRoute() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = parseInboxFilter(searchParams);
  const query = searchParams.toString();

  return (
    <SignedInPage
      title={t('workspace.title')}
      loadingLabel={t('workspace.loading')}
      here={query ? `${paths.workspace.getHref()}?${query}` : paths.workspace.getHref()}
      allow={isOfficer}
    >
      {(user) => (
        <>
          <section aria-labelledby="workspace-officer-title">
            <h2 id="workspace-officer-title" className="visually-hidden">
              {t('inbox.officer')}
            </h2>
            <dl className="meta-list">
              <div className="meta-list__item">
                <dt>{t('workspace.fullName')}</dt>
                <dd>{user.fullName}</dd>
              </div>
              <div className="meta-list__item">
                <dt>{t('workspace.email')}</dt>
                <dd>{user.email}</dd>
              </div>
              <div className="meta-list__item">
                <dt>{t('workspace.roles')}</dt>
                <dd>{user.roles.map((role) => roleLabel(t, role)).join(', ')}</dd>
              </div>
            </dl>
            {user.roles.includes('Receptionist') && (
              <p>
                <Link className="button" to="/workspace/intake">
                  {t('inbox.intake')}
                </Link>
              </p>
            )}
          </section>
          <section aria-labelledby="workspace-inbox-title">
            <h2 id="workspace-inbox-title" className="section-title">
              {t('inbox.title')}
            </h2>
            <InboxPanel
              onFilter={(next) => {
                setSearchParams(inboxFilterSearch(next));
              }}
              filter={filter}
            />
          </section>
        </>
      )}
    </SignedInPage>
  );
}

type InboxPanelProps = {
  filter: ReturnType<typeof parseInboxFilter>;
  onFilter: (filter: ReturnType<typeof parseInboxFilter>) => void;
};

/** The chips and the table; mounted only for officers so the inbox is not requested for others. */
function InboxPanel({ filter, onFilter }: InboxPanelProps) {
  const counts = useInboxCounts();
  return (
    <>
      <InboxFilterChips counts={counts.data} value={filter} onChange={onFilter} />
      <InboxTable filter={filter} />
    </>
  );
}
