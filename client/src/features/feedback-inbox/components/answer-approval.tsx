import { useState } from 'react';

import { TextAreaField } from '@/components/ui/text-area-field';
import { formatDateTime } from '@/lib/format';
import { useTranslation } from '@/lib/i18n/use-translation';
import { newIdempotencyKey } from '@/lib/idempotency-key';

import { useActionForm } from '../utils/use-action-form';

import { AnswerFiles } from './answer-files';
import { FeedbackDialog } from './feedback-dialog';
import type { FeedbackDialogProps } from './feedback-dialog-props';

/**
 * The Leader's review of the drafted answer: approve it, approve and publish it at once, or send it back with a
 * note saying what to change. Each decision is its own intent with its own Idempotency-Key.
 */
export function AnswerApproval({ feedback, isPending, error, onSubmit, onClose }: FeedbackDialogProps) {
  const { t, locale } = useTranslation();
  const form = useActionForm({ note: '' }, error);
  const [keys] = useState(() => ({ approve: newIdempotencyKey(), publish: newIdempotencyKey() }));
  const draft = feedback.draft;
  const canApprove = feedback.availableActions.includes('ApproveAnswer');
  const canReturn = feedback.availableActions.includes('ReturnDraft');

  const approve = (publish: boolean) => {
    onSubmit({
      action: 'ApproveAnswer',
      idempotencyKey: publish ? keys.publish : keys.approve,
      body: { version: feedback.version, publish },
    });
  };

  return (
    <FeedbackDialog
      title={t('feedback.officer.review')}
      error={error}
      isPending={isPending}
      confirm={false}
      onClose={onClose}
      onSubmit={() => undefined}
    >
      {draft && (
        <>
          <p className="muted">
            {t('feedback.officer.draftedBy', {
              name: draft.draftedBy,
              date: formatDateTime(draft.draftedAt, locale) ?? '',
            })}
          </p>
          <blockquote className="panel preserve-lines" aria-label={t('feedback.officer.answerText')}>
            {draft.text}
          </blockquote>
        </>
      )}
      <AnswerFiles feedback={feedback} editable={false} />
      {canApprove && (
        <p>
          <button
            type="button"
            className="button"
            disabled={isPending}
            onClick={() => {
              approve(true);
            }}
          >
            {t('feedback.officer.approveAndPublish')}
          </button>{' '}
          <button
            type="button"
            className="button button--secondary"
            disabled={isPending}
            onClick={() => {
              approve(false);
            }}
          >
            {t('feedback.officer.approve')}
          </button>
        </p>
      )}
      {canReturn && (
        <>
          <TextAreaField label={t('feedback.officer.returnNote')} rows={3} {...form.textField('note')} />
          <p>
            <button
              type="button"
              className="button button--secondary"
              disabled={isPending}
              onClick={() => {
                if (!form.checkRequired('note')) return;
                onSubmit({
                  action: 'ReturnDraft',
                  idempotencyKey: form.idempotencyKey,
                  body: { version: feedback.version, note: form.values.note.trim() },
                });
              }}
            >
              {t('feedback.officer.returnDraft')}
            </button>
          </p>
        </>
      )}
    </FeedbackDialog>
  );
}
