import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { QueryError } from '@/components/errors/query-error';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { SignedInPage } from '@/features/auth/components/signed-in-page';
import { DossierWizard } from '@/features/dossier-submission/components/dossier-wizard';
import { ProcedurePicker } from '@/features/dossier-submission/components/procedure-picker';
import { useProcedure } from '@/features/procedures/api/get-procedure';
import { getProceduresQueryOptions } from '@/features/procedures/api/get-procedures';
import { useTranslation } from '@/lib/i18n/use-translation';

const isReceptionist = (roles: readonly string[]) => roles.includes('Receptionist');

/** Counter intake (Receptionist): a walk-in or postal dossier typed in, scanned and submitted on the spot. */
export function WorkspaceIntakeRoute() {
  const { t } = useTranslation();
  const [search, setSearch] = useState<string | null>(null);
  const [procedureId, setProcedureId] = useState<string | undefined>(undefined);
  const [draftId, setDraftId] = useState<string | undefined>(undefined);
  const [round, setRound] = useState(0);

  const procedures = useQuery({
    ...getProceduresQueryOptions({ q: search ?? '', pageSize: 10 }),
    enabled: search !== null,
  });
  const procedure = useProcedure(procedureId ?? '', { enabled: procedureId !== undefined });

  const startOver = () => {
    setProcedureId(undefined);
    setDraftId(undefined);
    setRound((n) => n + 1);
  };

  return (
    <SignedInPage
      title={t('intake.title')}
      loadingLabel={t('common.loading')}
      here={paths.workspaceIntake.getHref()}
      allow={isReceptionist}
    >
      {() => (
        <>
          <p className="muted">{t('intake.lead')}</p>
          {draftId === undefined ? (
            <section className="panel" aria-label={t('intake.procedure')}>
              <ProcedurePicker
                key={round}
                results={search === null ? undefined : procedures.data?.items}
                isPending={search !== null && procedures.isPending}
                isError={procedures.isError}
                selectedId={procedureId}
                onSearch={setSearch}
                onSelect={setProcedureId}
              />
            </section>
          ) : (
            <p>
              <button type="button" className="button button--secondary" onClick={startOver}>
                {t('intake.startOver')}
              </button>
            </p>
          )}
          {procedureId !== undefined &&
            (procedure.isPending ? (
              <Spinner label={t('procedure.loading')} />
            ) : procedure.isError ? (
              <QueryError
                onRetry={() => {
                  void procedure.refetch();
                }}
              />
            ) : (
              <section aria-label={procedure.data.name}>
                <h2 className="section-title">{procedure.data.name}</h2>
                <DossierWizard
                  key={`${procedure.data.id}-${String(round)}`}
                  procedure={procedure.data}
                  draftId={draftId}
                  counter
                  onDraftCreated={setDraftId}
                  dossierHref={paths.dossier.getHref}
                />
              </section>
            ))}
        </>
      )}
    </SignedInPage>
  );
}
