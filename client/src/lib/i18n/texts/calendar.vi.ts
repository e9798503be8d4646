/** Vietnamese texts of the calendar screens; `calendar.en.ts` has the same keys. */
export const calendarVi = {
  'calendar.title': 'Lịch làm việc',
} as const satisfies Record<string, string>;
