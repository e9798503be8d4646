import { useIsMutating } from '@tanstack/react-query';

import { TextAreaField } from '@/components/ui/text-area-field';
import { feedbackActionLabel } from '@/lib/i18n/enum-labels';
import { useTranslation } from '@/lib/i18n/use-translation';

import { answerFileMutationKey } from '../api/upload-answer-file';
import { useActionForm } from '../utils/use-action-form';

import { AnswerFiles } from './answer-files';
import { FeedbackDialog } from './feedback-dialog';
import type { FeedbackDialogProps } from './feedback-dialog-props';

/** The Processor writes (or revises) the answer and attaches its files; it then waits for the Leader. */
export function AnswerEditor({ feedback, isPending, error, onSubmit, onClose }: FeedbackDialogProps) {
  const { t } = useTranslation();
  const form = useActionForm({ text: feedback.draft?.text ?? '' }, error);
  const returnNote = feedback.draft?.returnNote;
  // A file going up or out moves the feedback's version: wait for it, so the draft is sent with the new one.
  const filesBusy = useIsMutating({ mutationKey: answerFileMutationKey(feedback.id) }) > 0;

  return (
    <FeedbackDialog
      title={feedbackActionLabel(t, 'DraftAnswer')}
      error={error}
      isPending={isPending || filesBusy}
      confirmLabel={t('feedback.officer.draft.submit')}
      onClose={onClose}
      onSubmit={() => {
        if (!form.checkRequired('text')) return;
        onSubmit({
          action: 'DraftAnswer',
          idempotencyKey: form.idempotencyKey,
          body: { version: feedback.version, text: form.values.text.trim() },
        });
      }}
    >
      {returnNote && (
        <div className="callout callout--warning" role="note">
          <p className="callout__title">{t('feedback.officer.draft.returned')}</p>
          <p className="preserve-lines">{returnNote}</p>
        </div>
      )}
      <TextAreaField label={t('feedback.officer.answerText')} rows={8} required {...form.textField('text')} />
      <AnswerFiles feedback={feedback} editable />
    </FeedbackDialog>
  );
}
