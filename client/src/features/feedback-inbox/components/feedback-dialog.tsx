import { useEffect, useId, useRef, type ReactNode, type SubmitEvent } from 'react';

import { FeedbackActionError } from '@/components/errors/feedback-action-error';
import { useTranslation } from '@/lib/i18n/use-translation';

type FeedbackDialogFrameProps = {
  title: string;
  /** The last failure of this dialog's action (not a stale-version conflict: the panel shows that). */
  error: unknown;
  isPending: boolean;
  onSubmit: () => void;
  onClose: () => void;
  /** The confirm button's text; "Confirm" when omitted. Omit the button with `confirm={false}`. */
  confirmLabel?: string;
  confirm?: boolean;
  children: ReactNode;
};

/** The frame of an officer's action: a titled form with its error, its fields, then confirm and cancel. */
export function FeedbackDialog({
  title,
  error,
  isPending,
  onSubmit,
  onClose,
  confirmLabel,
  confirm = true,
  children,
}: FeedbackDialogFrameProps) {
  const { t } = useTranslation();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input, textarea, select, button')?.focus();
  }, []);

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <div className="panel" role="dialog" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="case-section__subtitle">
        {title}
      </h3>
      <form ref={formRef} className="auth-form" noValidate onSubmit={handleSubmit}>
        <FeedbackActionError error={error} />
        {children}
        <div className="auth-form__footer">
          {confirm && (
            <>
              <button type="submit" className="button" disabled={isPending}>
                {isPending ? t('feedback.action.pending') : (confirmLabel ?? t('feedback.action.confirm'))}
              </button>{' '}
            </>
          )}
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('feedback.action.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
