import { useState } from 'react';

import { QueryError } from '@/components/errors/query-error';
import { Spinner } from '@/components/ui/spinner';
import type { Agency } from '@/lib/api/types';
import { useTranslation } from '@/lib/i18n/use-translation';

import { useIntegratorClients } from '../api/get-integrator-clients';
import { useRevokeIntegratorClient } from '../api/revoke-integrator-client';
import { isIntegratorScope } from '../utils/scopes';

type IntegratorClientListProps = {
  /** Used to show each client's agencies by name. */
  agencies: readonly Agency[];
};

/** A table of integrator clients with their scopes, agencies and status; active ones can be revoked. */
export function IntegratorClientList({ agencies }: IntegratorClientListProps) {
  const { t, locale } = useTranslation();
  const clients = useIntegratorClients();
  const revoke = useRevokeIntegratorClient();
  const [confirming, setConfirming] = useState<string | null>(null);

  if (clients.isPending) return <Spinner label={t('integratorClients.list.loading')} />;
  if (clients.isError)
    return (
      <QueryError
        onRetry={() => {
          void clients.refetch();
        }}
      />
    );
  if (clients.data.length === 0)
    return (
      <div className="empty-state">
        <p>{t('integratorClients.list.empty')}</p>
      </div>
    );

  const agencyName = (id: string) => agencies.find((agency) => agency.id === id)?.name ?? id;
  const scopeLabel = (scope: string) => (isIntegratorScope(scope) ? t(`integratorClients.scope.${scope}`) : scope);
  const formatDate = (iso: string) =>
    new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(iso));

  return (
    <div className="table-scroll">
      {revoke.isError && (
        <div className="callout callout--error" role="alert">
          <p>{t('integratorClients.revoke.failed')}</p>
        </div>
      )}
      <table className="data-table">
        <caption className="visually-hidden">{t('integratorClients.list.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('integratorClients.list.name')}</th>
            <th scope="col">{t('integratorClients.list.clientId')}</th>
            <th scope="col">{t('integratorClients.list.scopes')}</th>
            <th scope="col">{t('integratorClients.list.agencies')}</th>
            <th scope="col">{t('integratorClients.list.createdAt')}</th>
            <th scope="col">{t('integratorClients.list.status')}</th>
          </tr>
        </thead>
        <tbody>
          {clients.data.map((client) => (
            <tr key={client.id}>
              <td>{client.name}</td>
              <td>
                <code>{client.clientId}</code>
              </td>
              <td>{client.scopes.map(scopeLabel).join(', ')}</td>
              <td>{client.agencyIds.length > 0 ? client.agencyIds.map(agencyName).join(', ') : '—'}</td>
              <td>{formatDate(client.createdAt)}</td>
              <td>
                {client.revokedAt ? (
                  t('integratorClients.status.revoked')
                ) : (
                  <>
                    {t('integratorClients.status.active')}{' '}
                    {confirming === client.id ? (
                      <>
                        <span>{t('integratorClients.revoke.confirmQuestion')}</span>{' '}
                        <button
                          type="button"
                          className="button"
                          disabled={revoke.isPending}
                          onClick={() => {
                            revoke.mutate(client.id, {
                              onSettled: () => {
                                setConfirming(null);
                              },
                            });
                          }}
                        >
                          {t('integratorClients.revoke.confirm')}
                        </button>{' '}
                        <button
                          type="button"
                          className="button"
                          onClick={() => {
                            setConfirming(null);
                          }}
                        >
                          {t('integratorClients.revoke.cancel')}
                        </button>
                      </>
                    ) : (
                      <button
                        type="button"
                        className="button"
                        onClick={() => {
                          setConfirming(client.id);
                        }}
                      >
                        {t('integratorClients.revoke.button')}
                      </button>
                    )}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
