import type { ComponentType } from 'react';

import { FeedbackActionError } from '@/components/errors/feedback-action-error';
import { staleFeedbackOf, useFeedbackAction, type FeedbackActionInput } from '@/lib/api/feedback';
import type { Agency, FeedbackAction, FeedbackDetail } from '@/lib/api/types';
import { feedbackActionLabel } from '@/lib/i18n/enum-labels';
import { useTranslation } from '@/lib/i18n/use-translation';
import { useActionPanel } from '@/lib/use-action-panel';

import { AnswerApproval } from './answer-approval';
import { AnswerEditor } from './answer-editor';
import { AssignDialog } from './assign-dialog';
import { CloseNotInScopeDialog } from './close-not-in-scope-dialog';
import type { FeedbackDialogProps } from './feedback-dialog-props';
import { PublishDialog } from './publish-dialog';
import { TransferDialog } from './transfer-dialog';

type FeedbackOfficerActionsProps = {
  feedback: FeedbackDetail;
  /** The organisation tree, for routing and transfers. */
  agencies: readonly Agency[];
};

/** The officer's actions, in the order of the work, each with its dialog (the Leader's approve and return share one). */
const dialogs: readonly { action: FeedbackAction; Dialog: ComponentType<FeedbackDialogProps> }[] = [
  { action: 'Assign', Dialog: AssignDialog },
  { action: 'DraftAnswer', Dialog: AnswerEditor },
  { action: 'ApproveAnswer', Dialog: AnswerApproval },
  { action: 'Publish', Dialog: PublishDialog },
  { action: 'Transfer', Dialog: TransferDialog },
  { action: 'CloseNotInScope', Dialog: CloseNotInScopeDialog },
];

/** What opens each dialog: the Leader's review opens with either of its two actions. */
const opens = (action: FeedbackAction, available: readonly FeedbackAction[]): boolean =>
  action === 'ApproveAnswer'
    ? available.includes('ApproveAnswer') || available.includes('ReturnDraft')
    : available.includes(action);

/**
 * What the signed-in officer may do next: exactly the feedback's `availableActions`, each opening its dialog.
 * Nothing is shown to a submitter (their rating and reopening are elsewhere).
 */
export function FeedbackOfficerActions({ feedback, agencies }: FeedbackOfficerActionsProps) {
  const { t } = useTranslation();
  const mutation = useFeedbackAction(feedback.id);
  const panel = useActionPanel<FeedbackAction, FeedbackActionInput>(mutation, (error) =>
    Boolean(staleFeedbackOf(error)),
  );
  const { open, done, stale } = panel;
  const shown = dialogs.filter((dialog) => opens(dialog.action, feedback.availableActions));
  if (shown.length === 0 && !done && !stale) return null;

  const current = shown.find((dialog) => dialog.action === open);

  return (
    <section className="panel" aria-labelledby="feedback-actions-title">
      <h2 id="feedback-actions-title" className="section-title">
        {t('feedback.officer.actions')}
      </h2>
      {stale && <FeedbackActionError error={mutation.error} />}
      {done && (
        <p className="callout" role="status">
          {t('feedback.action.done', { action: feedbackActionLabel(t, done) })}
        </p>
      )}
      {shown.length === 0 ? (
        <p className="muted">{t('feedback.officer.none')}</p>
      ) : (
        <ul className="plain-list" aria-label={t('feedback.officer.actions')}>
          {shown.map(({ action }) => (
            <li key={action}>
              <button
                type="button"
                className={open === action ? 'button' : 'button button--secondary'}
                aria-expanded={open === action}
                onClick={() => {
                  panel.openDialog(action);
                }}
              >
                {action === 'ApproveAnswer' ? t('feedback.officer.review') : feedbackActionLabel(t, action)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {current && (
        <current.Dialog
          key={current.action}
          feedback={feedback}
          agencies={agencies}
          isPending={mutation.isPending}
          error={panel.dialogError}
          onClose={panel.close}
          onSubmit={panel.submit}
        />
      )}
    </section>
  );
}
