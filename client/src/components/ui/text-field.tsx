import { useId, type InputHTMLAttributes } from 'react';

type TextFieldProps = {
  label: string;
  /** Shown under the input, before any error. */
  hint?: string;
  /** Messages shown next to the field; the input is marked invalid when there are any. */
  errors?: readonly string[];
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'aria-invalid' | 'aria-describedby'>;

/** A labelled input with an optional hint and its error messages, tied to it by aria-describedby. */
export function TextField({ label, hint, errors = [], ...inputProps }: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', errors.length > 0 ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="text-input"
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={describedBy || undefined}
        {...inputProps}
      />
      {hint && (
        <p id={hintId} className="form-field__hint">
          {hint}
        </p>
      )}
      {errors.length > 0 && (
        <ul id={errorId} className="form-field__errors">
          {errors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
