import type { calendarVi } from './calendar.vi';

/** English texts of the calendar screens. */
export const calendarEn: Record<keyof typeof calendarVi, string> = {
  'calendar.title': 'Working calendar',
};
