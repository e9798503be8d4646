import { useId } from 'react';

import { FieldErrors } from './field-errors';

/** The ids of a field and of its hint and errors, and the aria-describedby naming those that are shown. */
export function useFieldIds(hint: string | undefined, errors: readonly string[]) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', errors.length > 0 ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return { id, hintId, errorId, describedBy, invalid: errors.length > 0 || undefined };
}

type FieldMessagesProps = {
  ids: { hintId: string; errorId: string };
  hint?: string;
  errors: readonly string[];
};

/** The hint under a field, then its error messages. */
export function FieldMessages({ ids, hint, errors }: FieldMessagesProps) {
  return (
    <>
      {hint && (
        <p id={ids.hintId} className="form-field__hint">
          {hint}
        </p>
      )}
      <FieldErrors id={ids.errorId} errors={errors} />
    </>
  );
}
