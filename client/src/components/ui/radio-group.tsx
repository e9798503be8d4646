import { useId } from 'react';

import { ChoiceFieldset } from './choice-fieldset';

type RadioOption<T extends string> = { value: T; label: string };

type RadioGroupProps<T extends string> = {
  legend: string;
  options: readonly RadioOption<T>[];
  /** The chosen value; none is checked while it is `''`. */
  value: T | '';
  onChange: (value: T) => void;
  /** Messages shown under the group; it is marked invalid when there are any. */
  errors?: readonly string[];
  required?: boolean;
};

/** A fieldset of radio buttons with its error messages, tied to it by aria-describedby. */
export function RadioGroup<T extends string>({
  legend,
  options,
  value,
  onChange,
  errors,
  required,
}: RadioGroupProps<T>) {
  const name = useId();
  return (
    <ChoiceFieldset
      legend={legend}
      options={options}
      errors={errors}
      inputProps={(option) => ({
        type: 'radio',
        name,
        required,
        checked: value === option,
        onChange: () => {
          onChange(option);
        },
      })}
    />
  );
}
