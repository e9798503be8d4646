import { useId } from 'react';

import { useTranslation } from '@/lib/i18n/use-translation';

type YearSelectProps = {
  year: number;
  /** The years to offer, in order. */
  years: readonly number[];
  onChange: (year: number) => void;
};

/** Chooses the calendar year to show and edit. */
export function YearSelect({ year, years, onChange }: YearSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="form-field calendar-year-select">
      <label htmlFor={id}>{t('calendar.year')}</label>
      <select
        id={id}
        value={String(year)}
        onChange={(event) => {
          onChange(Number(event.target.value));
        }}
      >
        {years.map((option) => (
          <option key={option} value={String(option)}>
            {option}
          </option>
        ))}
      </select>
    </div>
  );
}
