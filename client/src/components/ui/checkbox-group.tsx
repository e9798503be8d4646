import { ChoiceFieldset } from './choice-fieldset';

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
export function CheckboxGroup({ legend, name, options, values, onToggle, errors }: CheckboxGroupProps) {
  return (
    <ChoiceFieldset
      legend={legend}
      options={options}
      errors={errors}
      inputProps={(value) => ({
        type: 'checkbox',
        name,
        checked: values.includes(value),
        onChange: (event) => {
          onToggle(value, event.target.checked);
        },
      })}
    />
  );
}
