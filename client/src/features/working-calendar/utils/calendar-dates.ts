/**
 * Calendar arithmetic on ISO dates (`yyyy-MM-dd`), done in UTC so that the browser's time zone never
 * shifts a day.
 */

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** `yyyy-MM-dd` for a year, a month (1–12) and a day. */
export const toIsoDate = (year: number, month: number, day: number): string =>
  `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

/** The parts of a valid ISO date, or undefined (empty, malformed or not a real day such as 2026-02-30). */
export function parseIsoDate(value: string): { year: number; month: number; day: number } | undefined {
  const match = isoDatePattern.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

/** 1 = Monday … 7 = Sunday (ISO 8601), or undefined for an invalid date. */
export function isoWeekday(value: string): number | undefined {
  const parts = parseIsoDate(value);
  if (!parts) return undefined;
  const day = new Date(Date.UTC(parts.year, parts.month - 1, parts.day)).getUTCDay();
  return day === 0 ? 7 : day;
}

export const isWeekend = (value: string): boolean => (isoWeekday(value) ?? 0) >= 6;

/** `dd/MM/yyyy`, the way dates are written in Vietnam; an invalid value is returned as it is. */
export function formatIsoDate(value: string): string {
  const parts = parseIsoDate(value);
  return parts ? `${pad(parts.day)}/${pad(parts.month)}/${pad(parts.year, 4)}` : value;
}

export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The weeks of a month, Monday first; days of the neighbouring months are null. */
export function monthWeeks(year: number, month: number): (string | null)[][] {
  const first = isoWeekday(toIsoDate(year, month, 1)) ?? 1;
  const cells: (string | null)[] = Array.from({ length: first - 1 }, () => null);
  for (let day = 1; day <= daysInMonth(year, month); day++) cells.push(toIsoDate(year, month, day));
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** Today in the browser's own time zone (what "today" means to the person looking). */
export function todayIsoDate(now = new Date()): string {
  return toIsoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** `HH:mm` for a time input, from the API's `HH:mm:ss` (or `HH:mm`). */
export const toTimeInput = (value: string): string => value.slice(0, 5);

/** The API's `HH:mm:ss` from a time input's `HH:mm` (an empty value stays empty). */
export const toApiTime = (value: string): string => (/^\d{2}:\d{2}$/.test(value) ? `${value}:00` : value);
