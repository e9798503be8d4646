import { useId } from 'react';

type CheckboxOption = { value: string; label: string };

type CheckboxGroupProps = {
  legend: string;
  /** The inputs' `name`. */
  name: string;
  options: readonly CheckboxOption[];
  /** The checked values. */
  values: readonly string[];
  onToggle: (value: string, checked: boolean) => void;
  /** Messages shown under the group; it is marked invalid when there are any. */
  errors?: readonly string[];
};

/** A fieldset of checkboxes with its error messages, tied to it by aria-describedby. */
export function CheckboxGroup({ legend, name, options, values, onToggle, errors = [] }: CheckboxGroupProps) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <fieldset
      className="form-field"
      aria-invalid={errors.length > 0 || undefined}
      aria-describedby={errors.length > 0 ? errorId : undefined}
    >
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="checkbox">
          <input
            type="checkbox"
            name={name}
            value={option.value}
            checked={values.includes(option.value)}
            onChange={(event) => {
              onToggle(option.value, event.target.checked);
            }}
          />{' '}
          {option.label}
        </label>
      ))}
      {errors.length > 0 && (
        <ul id={errorId} className="form-field__errors">
          {errors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
