import { http, HttpResponse } from 'msw';

import type { SaveWorkingCalendarYearRequest, WorkingCalendarYear } from '@/lib/api/types';

import { problem } from '../utils';

import { accountOf } from './auth';

/** 2026 as the backend seeds it (an excerpt); other years are not configured. */
export const calendar2026: WorkingCalendarYear = {
  year: 2026,
  configured: true,
  sessions: [
    { start: '07:30:00', end: '11:30:00' },
    { start: '13:00:00', end: '17:00:00' },
  ],
  cutOff: '15:00:00',
  holidays: [
    { date: '2026-01-01', name: 'Tết Dương lịch' },
    { date: '2026-01-02', name: 'Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/01/2026)' },
    { date: '2026-02-16', name: 'Tết Nguyên đán Bính Ngọ' },
    { date: '2026-02-17', name: 'Tết Nguyên đán Bính Ngọ' },
    { date: '2026-04-30', name: 'Ngày Giải phóng miền Nam, thống nhất đất nước' },
    { date: '2026-09-02', name: 'Quốc khánh' },
  ],
  makeUpWorkingDays: [{ date: '2026-01-10', name: 'Làm bù cho ngày 02/01/2026' }],
};

const defaultYear = (year: number): WorkingCalendarYear => ({
  year,
  configured: false,
  sessions: [
    { start: '07:30:00', end: '11:30:00' },
    { start: '13:00:00', end: '17:00:00' },
  ],
  cutOff: '15:00:00',
  holidays: [],
  makeUpWorkingDays: [],
});

let years = new Map<number, WorkingCalendarYear>();
export function resetCalendarDb(): void {
  years = new Map([[2026, structuredClone(calendar2026)]]);
}
resetCalendarDb();

const withSeconds = (time: string) => (time.length === 5 ? `${time}:00` : time);
const isWeekend = (date: string) => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

/** A few of the domain's rules, answered as the API does (409 with the offending date). */
function ruleViolation(year: number, body: SaveWorkingCalendarYearRequest): string | undefined {
  for (const day of [...body.holidays, ...body.makeUpWorkingDays]) {
    if (!day.date.startsWith(`${String(year)}-`))
      return `The day ${day.date} ${day.name} does not belong to ${String(year)}.`;
  }
  const weekendHoliday = body.holidays.find((day) => isWeekend(day.date));
  if (weekendHoliday)
    return `The holiday ${weekendHoliday.date} ${weekendHoliday.name} is a weekend day, already a day off; list the compensatory weekday instead.`;
  return undefined;
}

export const calendarHandlers = [
  http.get('*/api/calendar/:year', ({ params }) => {
    const year = Number(params.year);
    return HttpResponse.json(years.get(year) ?? defaultYear(year));
  }),

  http.put('*/api/calendar/:year', async ({ request, params }) => {
    const account = accountOf(request);
    if (!account) return problem(401, 'Unauthorized');
    if (!account.roles.includes('Administrator')) return problem(403, 'Forbidden');
    const year = Number(params.year);
    const body = (await request.json()) as SaveWorkingCalendarYearRequest;
    const violation = ruleViolation(year, body);
    if (violation) return problem(409, 'The working calendar is not valid.', violation);
    const saved: WorkingCalendarYear = {
      year,
      configured: true,
      sessions: body.sessions.map((s) => ({ start: withSeconds(s.start), end: withSeconds(s.end) })),
      cutOff: withSeconds(body.cutOff),
      holidays: [...body.holidays].sort((a, b) => a.date.localeCompare(b.date)),
      makeUpWorkingDays: [...body.makeUpWorkingDays].sort((a, b) => a.date.localeCompare(b.date)),
    };
    years.set(year, saved);
    return HttpResponse.json(saved);
  }),
];
