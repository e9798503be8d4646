import { Link } from 'react-router';

import { paths } from '@/config/paths';
import type { AgencyRef, Colleague, DossierAction, DossierDetail } from '@/lib/api/types';
import { dossierActionLabel } from '@/lib/i18n/enum-labels';
import { useTranslation } from '@/lib/i18n/use-translation';
import { useActionPanel } from '@/lib/use-action-panel';

import { staleDossierOf, useDossierAction, type PerformActionInput } from '../api/perform-action';

import { ActionDialog } from './action-dialog';

type DossierActionsProps = {
  dossier: DossierDetail;
  /** The agencies a dossier can be transferred to. */
  agencies: readonly Pick<AgencyRef, 'id' | 'name'>[];
  /** The officers of the caller's agency a step can be assigned to. */
  colleagues: readonly Colleague[];
};

/**
 * What the signed-in user may do next: exactly the dossier's `availableActions`, each opening its dialog.
 * A draft also links back to the submission wizard.
 */
export function DossierActions({ dossier, agencies, colleagues }: DossierActionsProps) {
  const { t } = useTranslation();
  const mutation = useDossierAction(dossier.id);
  const panel = useActionPanel<DossierAction, PerformActionInput>(mutation, (error) => Boolean(staleDossierOf(error)));
  const { open, done, stale } = panel;

  return (
    <section className="panel" aria-labelledby="dossier-actions-title">
      <h2 id="dossier-actions-title" className="section-title">
        {t('dossier.actions')}
      </h2>
      {stale && (
        <div className="callout callout--warning" role="alert">
          <p className="callout__title">{t('dossier.action.stale')}</p>
          <p>{t('dossier.action.staleHint')}</p>
        </div>
      )}
      {done && (
        <p className="callout" role="status">
          {t('dossier.action.done', { action: dossierActionLabel(t, done) })}
        </p>
      )}
      {dossier.status === 'Draft' && (
        <p>
          <Link className="button" to={paths.dossierNew.getHref(dossier.procedureId, dossier.id)}>
            {t('dossier.continue')}
          </Link>
        </p>
      )}
      {dossier.availableActions.length === 0 ? (
        dossier.status !== 'Draft' && <p className="muted">{t('dossier.actions.none')}</p>
      ) : (
        <ul className="plain-list" aria-label={t('dossier.actions')}>
          {dossier.availableActions.map((action) => (
            <li key={action}>
              <button
                type="button"
                className={open === action ? 'button' : 'button button--secondary'}
                aria-expanded={open === action}
                onClick={() => {
                  panel.openDialog(action);
                }}
              >
                {dossierActionLabel(t, action)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {open && dossier.availableActions.includes(open) && (
        <ActionDialog
          key={open}
          dossier={dossier}
          action={open}
          agencies={agencies}
          colleagues={colleagues}
          isPending={mutation.isPending}
          error={panel.dialogError}
          onClose={panel.close}
          onSubmit={panel.submit}
        />
      )}
    </section>
  );
}
