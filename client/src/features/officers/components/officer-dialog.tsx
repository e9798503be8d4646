import { useEffect, useId, useRef, type ReactNode } from 'react';

import { FormErrorCallout } from '@/components/ui/form-error-callout';
import type { Officer } from '@/lib/api/types';
import { useTranslation } from '@/lib/i18n/use-translation';

/** The props of a dialog that changes one officer. */
export type OfficerChangeDialogProps = {
  officer: Officer;
  /** Called once the change is made and the list reloaded, with a message saying so. */
  onDone: (message: string) => void;
  onCancel: () => void;
};

type OfficerDialogProps = {
  title: string;
  /** What the change does, under the title. */
  hint: string;
  confirmLabel: string;
  /** The confirm button's text while the change is sent. */
  pendingLabel: string;
  isPending: boolean;
  /** The last failure of the change, shown above the fields. */
  error: unknown;
  failedTitle: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** The fields of the change, if it has any. */
  children?: ReactNode;
};

/** A small panel that confirms a change to one officer: title, hint, fields, then confirm and cancel. */
export function OfficerDialog({
  title,
  hint,
  confirmLabel,
  pendingLabel,
  isPending,
  error,
  failedTitle,
  onConfirm,
  onCancel,
  children,
}: OfficerDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input, button')?.focus();
  }, []);

  return (
    <div className="panel" role="dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-hint`}>
      <h3 id={`${id}-title`} className="case-section__subtitle">
        {title}
      </h3>
      <p id={`${id}-hint`} className="form-field__hint">
        {hint}
      </p>
      <form
        ref={formRef}
        className="auth-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onConfirm();
        }}
      >
        {Boolean(error) && (
          <FormErrorCallout
            title={failedTitle}
            error={error}
            fallback={t('admin.officers.networkError')}
            fieldErrorsMessage={t('admin.fixErrors')}
          />
        )}
        {children}
        <div className="auth-form__footer">
          <button type="submit" className="button" disabled={isPending}>
            {isPending ? pendingLabel : confirmLabel}
          </button>{' '}
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('admin.officers.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
