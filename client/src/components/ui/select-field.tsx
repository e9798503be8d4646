type SelectFieldOption = { value: string; label: string };

/** Options shown under an `<optgroup>` label. */
type SelectFieldGroup = { label: string; options: readonly SelectFieldOption[] };

type SelectFieldProps = {
  id: string;
  label: string;
  /** The chosen value; `undefined` selects the "all" option. */
  value: string | undefined;
  /** Called with the chosen value, `''` for the "all" option. */
  onChange: (value: string) => void;
  /** Text of the first option, which stands for "no choice" (value `''`). */
  allLabel: string;
  options: readonly (SelectFieldOption | SelectFieldGroup)[];
};

const renderOption = ({ value, label }: SelectFieldOption) => (
  <option key={value} value={value}>
    {label}
  </option>
);

/** A labelled `<select>` whose first option means "all", e.g. a filter that is not set. */
export function SelectField({ id, label, value, onChange, allLabel, options }: SelectFieldProps) {
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      >
        <option value="">{allLabel}</option>
        {options.map((option) =>
          'options' in option ? (
            <optgroup key={option.label} label={option.label}>
              {option.options.map(renderOption)}
            </optgroup>
          ) : (
            renderOption(option)
          ),
        )}
      </select>
    </div>
  );
}
