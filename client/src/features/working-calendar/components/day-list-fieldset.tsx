import { useId } from 'react';

import { useTranslation } from '@/lib/i18n/use-translation';

import { nextRowKey, sortDays, type DayRow } from '../utils/calendar-form';

import { FieldMessages } from './field-messages';

type DayListFieldsetProps = {
  legend: string;
  hint: string;
  emptyText: string;
  addLabel: string;
  rows: readonly DayRow[];
  onChange: (rows: DayRow[]) => void;
  /** Blocking messages by row key (missing values, the server's errors). */
  rowErrors: ReadonlyMap<number, readonly string[]>;
  /** Advice by row key (a repeated date, a date of another year …). */
  rowHints: ReadonlyMap<number, readonly string[]>;
  /** Messages about the list as a whole. */
  errors: readonly string[];
};

/**
 * A list of named dates (holidays or make-up working days): rows are added and removed, and put back in
 * date order when a date is left.
 */
export function DayListFieldset({
  legend,
  hint,
  emptyText,
  addLabel,
  rows,
  onChange,
  rowErrors,
  rowHints,
  errors,
}: DayListFieldsetProps) {
  const { t } = useTranslation();
  const id = useId();
  const update = (key: number, change: Partial<DayRow>) => {
    onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  };

  return (
    <fieldset
      className="form-field calendar-list"
      aria-describedby={[`${id}-hint`, errors.length > 0 ? `${id}-errors` : ''].filter(Boolean).join(' ')}
      aria-invalid={errors.length > 0 || undefined}
    >
      <legend className="calendar-list__legend">{legend}</legend>
      <p id={`${id}-hint`} className="form-field__hint">
        {hint}
      </p>
      {rows.length === 0 ? (
        <p className="muted">{emptyText}</p>
      ) : (
        <>
          <div className="calendar-list__header" aria-hidden="true">
            <span className="calendar-list__header-date">{t('calendar.day.date')}</span>
            <span>{t('calendar.day.name')}</span>
          </div>
          <ul className="calendar-list__rows">
            {rows.map((row, index) => {
              const number = index + 1;
              const rowId = `${id}-${String(row.key)}`;
              const messages = rowErrors.get(row.key) ?? [];
              const hints = rowHints.get(row.key) ?? [];
              const describedBy = messages.length + hints.length > 0 ? `${rowId}-messages` : undefined;
              return (
                <li key={row.key} className="calendar-row">
                  <div className="calendar-row__fields">
                    <div className="calendar-row__field">
                      <label htmlFor={`${rowId}-date`} className="visually-hidden">
                        {t('calendar.day.dateOfRow', { index: number })}
                      </label>
                      <input
                        id={`${rowId}-date`}
                        className="text-input"
                        type="date"
                        required
                        value={row.date}
                        aria-invalid={messages.length > 0 || undefined}
                        aria-describedby={describedBy}
                        onChange={(event) => {
                          update(row.key, { date: event.target.value });
                        }}
                        onBlur={() => {
                          const sorted = sortDays(rows);
                          if (sorted.some((other, i) => other.key !== rows[i]?.key)) onChange(sorted);
                        }}
                      />
                    </div>
                    <div className="calendar-row__field calendar-row__field--grow">
                      <label htmlFor={`${rowId}-name`} className="visually-hidden">
                        {t('calendar.day.nameOfRow', { index: number })}
                      </label>
                      <input
                        id={`${rowId}-name`}
                        className="text-input"
                        type="text"
                        required
                        maxLength={200}
                        autoComplete="off"
                        value={row.name}
                        aria-invalid={messages.length > 0 || undefined}
                        aria-describedby={describedBy}
                        onChange={(event) => {
                          update(row.key, { name: event.target.value });
                        }}
                      />
                    </div>
                    <button
                      type="button"
                      className="button button--secondary calendar-row__remove"
                      onClick={() => {
                        onChange(rows.filter((other) => other.key !== row.key));
                      }}
                    >
                      <span aria-hidden="true">{t('calendar.day.removeShort')}</span>
                      <span className="visually-hidden">{t('calendar.day.remove', { index: number })}</span>
                    </button>
                  </div>
                  <FieldMessages id={`${rowId}-messages`} errors={messages} hints={hints} />
                </li>
              );
            })}
          </ul>
        </>
      )}
      {errors.length > 0 && (
        <ul id={`${id}-errors`} className="form-field__errors">
          {errors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          onChange([...rows, { key: nextRowKey(), date: '', name: '' }]);
        }}
      >
        {addLabel}
      </button>
    </fieldset>
  );
}
