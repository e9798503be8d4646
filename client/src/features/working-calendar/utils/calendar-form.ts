import type { SaveWorkingCalendarYearRequest, WorkingCalendarYear } from '@/lib/api/types';

import { isWeekend, parseIsoDate, toApiTime, toTimeInput } from './calendar-dates';

/** `key` identifies a row for React while its values are edited. */
export type SessionRow = { key: number; start: string; end: string };
export type DayRow = { key: number; date: string; name: string };

export type CalendarFormValues = {
  sessions: SessionRow[];
  cutOff: string;
  holidays: DayRow[];
  makeUpWorkingDays: DayRow[];
};

export type DayListName = 'holidays' | 'makeUpWorkingDays';

let lastKey = 0;
/** A key no other row has. */
export const nextRowKey = (): number => ++lastKey;

/** Rows by date; rows without a valid date stay at the end, in their order. */
export function sortDays(rows: readonly DayRow[]): DayRow[] {
  const dated = rows.filter((row) => parseIsoDate(row.date));
  const undated = rows.filter((row) => !parseIsoDate(row.date));
  return [...dated.sort((a, b) => a.date.localeCompare(b.date)), ...undated];
}

export function toFormValues(year: WorkingCalendarYear): CalendarFormValues {
  const toDayRows = (days: WorkingCalendarYear['holidays']) =>
    sortDays(days.map((day) => ({ key: nextRowKey(), date: day.date, name: day.name })));
  return {
    sessions: year.sessions.map((session) => ({
      key: nextRowKey(),
      start: toTimeInput(session.start),
      end: toTimeInput(session.end),
    })),
    cutOff: toTimeInput(year.cutOff),
    holidays: toDayRows(year.holidays),
    makeUpWorkingDays: toDayRows(year.makeUpWorkingDays),
  };
}

/** The PUT body, with names trimmed and days in date order (as the form shows them after saving). */
export function toSaveRequest(values: CalendarFormValues): SaveWorkingCalendarYearRequest {
  const toDays = (rows: readonly DayRow[]) => sortDays(rows).map((row) => ({ date: row.date, name: row.name.trim() }));
  return {
    sessions: values.sessions.map((session) => ({ start: toApiTime(session.start), end: toApiTime(session.end) })),
    cutOff: toApiTime(values.cutOff),
    holidays: toDays(values.holidays),
    makeUpWorkingDays: toDays(values.makeUpWorkingDays),
  };
}

/** Advice about a day row before saving; the server's rules decide. */
export type DayHint = 'duplicate' | 'outsideYear' | 'holidayOnWeekend' | 'makeUpOnWeekday' | 'inBothLists';

/** Hints for each row of a day list (by row key): repeated dates, dates of another year, wrong kinds of day. */
export function dayHints(
  list: DayListName,
  rows: readonly DayRow[],
  otherRows: readonly DayRow[],
  year: number,
): Map<number, DayHint[]> {
  const hints = new Map<number, DayHint[]>();
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.date, (counts.get(row.date) ?? 0) + 1);
  const otherDates = new Set(otherRows.map((row) => row.date));
  for (const row of rows) {
    const parts = parseIsoDate(row.date);
    if (!parts) continue;
    const rowHints: DayHint[] = [];
    if ((counts.get(row.date) ?? 0) > 1) rowHints.push('duplicate');
    if (parts.year !== year) rowHints.push('outsideYear');
    if (list === 'holidays' && isWeekend(row.date)) rowHints.push('holidayOnWeekend');
    if (list === 'makeUpWorkingDays' && !isWeekend(row.date)) rowHints.push('makeUpOnWeekday');
    if (otherDates.has(row.date)) rowHints.push('inBothLists');
    if (rowHints.length > 0) hints.set(row.key, rowHints);
  }
  return hints;
}

/** Where a message belongs: a whole field, or one row of a list (by index in the request). */
export type FieldErrorPlace =
  { field: 'sessions' | 'cutOff' | DayListName; index?: number } | { field: 'other'; name: string };

/**
 * Reads the server's field-error keys (`holidays[2]`, `sessions[0].end`, `$.cutOff`, `year` …) into places
 * on the form.
 */
export function placeOfFieldError(key: string): FieldErrorPlace {
  const normalized = key.replace(/^\$\.?/, '');
  const match = /^(sessions|cutOff|holidays|makeUpWorkingDays)(?:\[(\d+)\])?/i.exec(normalized);
  if (!match) return { field: 'other', name: key };
  const fields = ['sessions', 'cutOff', 'holidays', 'makeUpWorkingDays'] as const;
  const field = fields.find((name) => name.toLowerCase() === match[1]?.toLowerCase()) ?? 'sessions';
  return match[2] === undefined ? { field } : { field, index: Number(match[2]) };
}
