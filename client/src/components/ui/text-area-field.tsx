import type { TextareaHTMLAttributes } from 'react';

import { FieldMessages, useFieldIds } from './field-messages';

type TextAreaFieldProps = {
  label: string;
  /** Shown under the text area, before any error. */
  hint?: string;
  /** Messages shown next to the field; the text area is marked invalid when there are any. */
  errors?: readonly string[];
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'aria-invalid' | 'aria-describedby'>;

/** A labelled multi-line input with an optional hint and its error messages, tied to it by aria-describedby. */
export function TextAreaField({ label, hint, errors = [], rows = 4, ...textAreaProps }: TextAreaFieldProps) {
  const ids = useFieldIds(hint, errors);
  return (
    <div className="form-field">
      <label htmlFor={ids.id}>{label}</label>
      <textarea
        id={ids.id}
        className="text-input"
        rows={rows}
        aria-invalid={ids.invalid}
        aria-describedby={ids.describedBy}
        {...textAreaProps}
      />
      <FieldMessages ids={ids} hint={hint} errors={errors} />
    </div>
  );
}
