import { useId, type InputHTMLAttributes } from 'react';

import { FieldErrors } from './field-errors';

type ChoiceFieldsetProps<T extends string> = {
  legend: string;
  options: readonly { value: T; label: string }[];
  /** The input of each option (type, name, checked, onChange…); its label is the option's. */
  inputProps: (value: T) => InputHTMLAttributes<HTMLInputElement>;
  /** Messages shown under the choices; the group is marked invalid when there are any. */
  errors?: readonly string[];
};

/** A fieldset of labelled checkboxes or radio buttons with its error messages, tied to it by aria-describedby. */
export function ChoiceFieldset<T extends string>({ legend, options, inputProps, errors = [] }: ChoiceFieldsetProps<T>) {
  const errorId = `${useId()}-error`;
  return (
    <fieldset
      className="form-field"
      aria-invalid={errors.length > 0 || undefined}
      aria-describedby={errors.length > 0 ? errorId : undefined}
    >
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="checkbox">
          <input value={option.value} {...inputProps(option.value)} /> {option.label}
        </label>
      ))}
      <FieldErrors id={errorId} errors={errors} />
    </fieldset>
  );
}
