import type { InputHTMLAttributes } from 'react';

import { FieldMessages, useFieldIds } from './field-messages';

type TextFieldProps = {
  label: string;
  /** Shown under the input, before any error. */
  hint?: string;
  /** Messages shown next to the field; the input is marked invalid when there are any. */
  errors?: readonly string[];
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'aria-invalid' | 'aria-describedby'>;

/** A labelled input with an optional hint and its error messages, tied to it by aria-describedby. */
export function TextField({ label, hint, errors = [], ...inputProps }: TextFieldProps) {
  const ids = useFieldIds(hint, errors);
  return (
    <div className="form-field">
      <label htmlFor={ids.id}>{label}</label>
      <input
        id={ids.id}
        className="text-input"
        aria-invalid={ids.invalid}
        aria-describedby={ids.describedBy}
        {...inputProps}
      />
      <FieldMessages ids={ids} hint={hint} errors={errors} />
    </div>
  );
}
