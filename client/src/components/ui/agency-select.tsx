import { agencyLevels, type Agency } from '@/lib/api/types';
import { agencyLevelLabel } from '@/lib/i18n/enum-labels';
import { useTranslation } from '@/lib/i18n/use-translation';

import { FieldMessages, useFieldIds } from './field-messages';

type AgencySelectProps = {
  label: string;
  /** The organisation tree (GET /api/agencies); dissolved agencies are left out. */
  agencies: readonly Agency[];
  /** The chosen agency's id, `''` for none. */
  value: string;
  onChange: (agencyId: string) => void;
  /** Text of the first option, which stands for "no agency" (value `''`). */
  noneLabel: string;
  /** Agencies that may not be chosen here (e.g. the one holding the item). */
  excludeIds?: readonly string[];
  hint?: string;
  errors?: readonly string[];
  required?: boolean;
  disabled?: boolean;
};

const isValidToday = (agency: Agency): boolean =>
  !agency.validTo || agency.validTo >= new Date().toISOString().slice(0, 10);

/** A labelled `<select>` of the agencies in force, grouped by level (province, departments, communes, units). */
export function AgencySelect({
  label,
  agencies,
  value,
  onChange,
  noneLabel,
  excludeIds = [],
  hint,
  errors = [],
  required,
  disabled,
}: AgencySelectProps) {
  const { t } = useTranslation();
  const ids = useFieldIds(hint, errors);
  const shown = agencies.filter((agency) => isValidToday(agency) && !excludeIds.includes(agency.id));
  return (
    <div className="form-field">
      <label htmlFor={ids.id}>{label}</label>
      <select
        id={ids.id}
        value={value}
        required={required}
        disabled={disabled}
        aria-invalid={ids.invalid}
        aria-describedby={ids.describedBy}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      >
        <option value="">{noneLabel}</option>
        {agencyLevels.map((level) => {
          const options = shown.filter((agency) => agency.level === level);
          return (
            options.length > 0 && (
              <optgroup key={level} label={agencyLevelLabel(t, level)}>
                {options.map((agency) => (
                  <option key={agency.id} value={agency.id}>
                    {agency.name}
                  </option>
                ))}
              </optgroup>
            )
          );
        })}
      </select>
      <FieldMessages ids={ids} hint={hint} errors={errors} />
    </div>
  );
}
