import { useMemo, useState, type SubmitEvent } from 'react';

import { FormErrorCallout } from '@/components/ui/form-error-callout';
import type { WorkingCalendarYear } from '@/lib/api/types';
import type { TranslationKey } from '@/lib/i18n/translate';
import { useTranslation } from '@/lib/i18n/use-translation';
import { isApiError } from '@/lib/problem-details';

import { useSaveWorkingCalendar } from '../api/save-working-calendar';
import { isoWeekday, parseIsoDate } from '../utils/calendar-dates';
import {
  dayHints,
  placeOfFieldError,
  sortDays,
  toFormValues,
  toSaveRequest,
  type CalendarFormValues,
  type DayHint,
  type DayListName,
  type DayRow,
} from '../utils/calendar-form';

import { DayListFieldset } from './day-list-fieldset';
import { OfficeSessionsFieldset } from './office-sessions-fieldset';
import { YearPreview } from './year-preview';
import './working-calendar.css';

type WorkingCalendarFormProps = {
  year: number;
  /** The year as loaded; the form starts from it (mount it again, with a `key`, for another year). */
  calendar: WorkingCalendarYear;
};

type ListName = 'sessions' | DayListName;
type RowMessages = Map<number, string[]>;

/** Row keys in the order they were sent, so that the server's `holidays[2]` finds its row again. */
type SubmittedKeys = Record<ListName, number[]>;

const addMessage = (map: RowMessages, key: number, message: string) => {
  map.set(key, [...(map.get(key) ?? []), message]);
};

const hintKeys: Record<DayHint, TranslationKey> = {
  duplicate: 'calendar.hint.duplicate',
  outsideYear: 'calendar.hint.outsideYear',
  holidayOnWeekend: 'calendar.hint.holidayOnWeekend',
  makeUpOnWeekday: 'calendar.hint.makeUpOnWeekday',
  inBothLists: 'calendar.hint.inBothLists',
};

const rowLabelKeys: Record<ListName, TranslationKey> = {
  sessions: 'calendar.field.session',
  holidays: 'calendar.field.holiday',
  makeUpWorkingDays: 'calendar.field.makeUpWorkingDay',
};

const fieldLabelKeys: Record<ListName | 'cutOff', TranslationKey> = {
  sessions: 'calendar.field.sessions',
  cutOff: 'calendar.field.cutOff',
  holidays: 'calendar.field.holidays',
  makeUpWorkingDays: 'calendar.field.makeUpWorkingDays',
};

/** The editor of one year: office hours, cut-off, holidays and make-up days, with a live preview of the year. */
export function WorkingCalendarForm({ year, calendar }: WorkingCalendarFormProps) {
  const { t } = useTranslation();
  const save = useSaveWorkingCalendar(year);
  const [values, setValues] = useState<CalendarFormValues>(() => toFormValues(calendar));
  const [attempted, setAttempted] = useState(false);
  const [submittedKeys, setSubmittedKeys] = useState<SubmittedKeys>({
    sessions: [],
    holidays: [],
    makeUpWorkingDays: [],
  });

  const change = (next: Partial<CalendarFormValues>) => {
    if (save.isSuccess) save.reset();
    setValues((current) => ({ ...current, ...next }));
  };

  // Blocking checks of the values themselves (shown once the administrator tried to save).
  const clientErrors = useMemo(() => {
    const rows: Record<ListName, RowMessages> = {
      sessions: new Map(),
      holidays: new Map(),
      makeUpWorkingDays: new Map(),
    };
    const cutOff: string[] = [];
    if (!attempted) return { rows, cutOff };
    for (const session of values.sessions) {
      if (!session.start || !session.end) addMessage(rows.sessions, session.key, t('calendar.required'));
      else if (session.start >= session.end)
        addMessage(rows.sessions, session.key, t('calendar.sessions.startBeforeEnd'));
    }
    if (!values.cutOff) cutOff.push(t('calendar.required'));
    for (const list of ['holidays', 'makeUpWorkingDays'] as const) {
      for (const row of values[list]) {
        if (!parseIsoDate(row.date) || !row.name.trim()) addMessage(rows[list], row.key, t('calendar.required'));
      }
    }
    return { rows, cutOff };
  }, [attempted, values, t]);

  // The server's 400 field errors, placed on their rows and listed for the callout.
  const serverErrors = useMemo(() => {
    const rows: Record<ListName, RowMessages> = {
      sessions: new Map(),
      holidays: new Map(),
      makeUpWorkingDays: new Map(),
    };
    const fields: Record<ListName | 'cutOff', string[]> = {
      sessions: [],
      cutOff: [],
      holidays: [],
      makeUpWorkingDays: [],
    };
    const listed: string[] = [];
    const error = save.error;
    if (!isApiError(error) || error.status !== 400) return { rows, fields, listed };
    for (const [key, messages] of Object.entries(error.fieldErrors)) {
      const place = placeOfFieldError(key);
      for (const message of messages) {
        if (place.field === 'other') {
          listed.push(`${place.name}: ${message}`);
        } else if (place.field !== 'cutOff' && place.index !== undefined) {
          const rowKey = submittedKeys[place.field][place.index];
          if (rowKey !== undefined) addMessage(rows[place.field], rowKey, message);
          listed.push(`${t(rowLabelKeys[place.field], { index: place.index + 1 })}: ${message}`);
        } else {
          fields[place.field].push(message);
          listed.push(`${t(fieldLabelKeys[place.field])}: ${message}`);
        }
      }
    }
    return { rows, fields, listed };
  }, [save.error, submittedKeys, t]);

  const hintsFor = (list: DayListName, other: DayListName) => {
    const hints = new Map<number, string[]>();
    for (const [key, codes] of dayHints(list, values[list], values[other], year)) {
      const row = values[list].find((r) => r.key === key);
      const weekday = t(`calendar.weekday.${(isoWeekday(row?.date ?? '') ?? 1) as 1 | 2 | 3 | 4 | 5 | 6 | 7}`);
      hints.set(
        key,
        codes.map((code) => t(hintKeys[code], { year, weekday })),
      );
    }
    return hints;
  };

  const merge = (list: ListName): Map<number, string[]> => {
    const merged: RowMessages = new Map(clientErrors.rows[list]);
    for (const [key, messages] of serverErrors.rows[list]) merged.set(key, [...(merged.get(key) ?? []), ...messages]);
    return merged;
  };

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const sorted: CalendarFormValues = {
      ...values,
      holidays: sortDays(values.holidays),
      makeUpWorkingDays: sortDays(values.makeUpWorkingDays),
    };
    setValues(sorted);
    setAttempted(true);
    const complete =
      sorted.cutOff !== '' &&
      sorted.sessions.every((s) => s.start && s.end && s.start < s.end) &&
      [...sorted.holidays, ...sorted.makeUpWorkingDays].every((d) => parseIsoDate(d.date) && d.name.trim());
    if (!complete) return;
    setSubmittedKeys({
      sessions: sorted.sessions.map((s) => s.key),
      holidays: sorted.holidays.map((d) => d.key),
      makeUpWorkingDays: sorted.makeUpWorkingDays.map((d) => d.key),
    });
    save.mutate(toSaveRequest(sorted), {
      onSuccess: (saved) => {
        setValues(toFormValues(saved));
        setAttempted(false);
      },
    });
  };

  const cutOffErrors = [...clientErrors.cutOff, ...serverErrors.fields.cutOff];
  const dayList = (list: DayListName, rows: DayRow[]) => {
    change(list === 'holidays' ? { holidays: rows } : { makeUpWorkingDays: rows });
  };

  return (
    <>
      <form
        className="calendar-form"
        noValidate
        aria-label={t('calendar.form.label', { year })}
        onSubmit={handleSubmit}
      >
        <div className="calendar-form__hours">
          <OfficeSessionsFieldset
            sessions={values.sessions}
            onChange={(sessions) => {
              change({ sessions });
            }}
            rowErrors={merge('sessions')}
            errors={serverErrors.fields.sessions}
          />
          <div className="form-field calendar-form__cut-off">
            <label htmlFor="calendar-cut-off">{t('calendar.cutOff')}</label>
            <input
              id="calendar-cut-off"
              className="text-input"
              type="time"
              required
              value={values.cutOff}
              aria-invalid={cutOffErrors.length > 0 || undefined}
              aria-describedby={`calendar-cut-off-hint${cutOffErrors.length > 0 ? ' calendar-cut-off-errors' : ''}`}
              onChange={(event) => {
                change({ cutOff: event.target.value });
              }}
            />
            <p id="calendar-cut-off-hint" className="form-field__hint">
              {t('calendar.cutOff.hint')}
            </p>
            {cutOffErrors.length > 0 && (
              <ul id="calendar-cut-off-errors" className="form-field__errors">
                {cutOffErrors.map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            )}
          </div>
        </div>
        <DayListFieldset
          legend={t('calendar.holidays.title')}
          hint={t('calendar.holidays.hint')}
          emptyText={t('calendar.holidays.empty')}
          addLabel={t('calendar.holidays.add')}
          rows={values.holidays}
          onChange={(rows) => {
            dayList('holidays', rows);
          }}
          rowErrors={merge('holidays')}
          rowHints={hintsFor('holidays', 'makeUpWorkingDays')}
          errors={serverErrors.fields.holidays}
        />
        <DayListFieldset
          legend={t('calendar.makeUp.title')}
          hint={t('calendar.makeUp.hint')}
          emptyText={t('calendar.makeUp.empty')}
          addLabel={t('calendar.makeUp.add')}
          rows={values.makeUpWorkingDays}
          onChange={(rows) => {
            dayList('makeUpWorkingDays', rows);
          }}
          rowErrors={merge('makeUpWorkingDays')}
          rowHints={hintsFor('makeUpWorkingDays', 'holidays')}
          errors={serverErrors.fields.makeUpWorkingDays}
        />
        {save.isSuccess && (
          <div className="callout" role="status">
            <p className="callout__title">{t('calendar.saved', { year })}</p>
          </div>
        )}
        {save.isError && (
          <FormErrorCallout
            title={t('calendar.saveFailed')}
            error={save.error}
            fallback={t('error.loadFailed')}
            fieldErrorsMessage={t('calendar.fixErrors')}
          >
            {serverErrors.listed.length > 0 && (
              <ul className="plain-list">
                {serverErrors.listed.map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            )}
          </FormErrorCallout>
        )}
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('calendar.saving') : t('calendar.save')}
        </button>
      </form>
      <YearPreview year={year} holidays={values.holidays} makeUpWorkingDays={values.makeUpWorkingDays} />
    </>
  );
}
