import { describe, expect, it } from 'vitest';

import { formatIsoDate, isoWeekday, monthWeeks, parseIsoDate, todayIsoDate, toApiTime } from '../calendar-dates';
import { dayHints, placeOfFieldError, sortDays } from '../calendar-form';

describe('calendar dates', () => {
  it('rejects days that do not exist', () => {
    expect(parseIsoDate('2026-02-29')).toBeUndefined();
    expect(parseIsoDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseIsoDate('')).toBeUndefined();
  });

  it('numbers weekdays Monday first and formats dates the Vietnamese way', () => {
    expect(isoWeekday('2026-02-16')).toBe(1);
    expect(isoWeekday('2026-02-22')).toBe(7);
    expect(formatIsoDate('2026-02-16')).toBe('16/02/2026');
  });

  it('lays a month out in Monday-first weeks', () => {
    const weeks = monthWeeks(2026, 2);
    expect(weeks).toHaveLength(5);
    expect(weeks[0]?.[6]).toBe('2026-02-01');
    expect(weeks[0]?.[0]).toBeNull();
    expect(weeks[4]?.[5]).toBe('2026-02-28');
    expect(weeks[4]?.[6]).toBeNull();
  });

  it('reads today in local time and sends times with seconds', () => {
    expect(todayIsoDate(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
    expect(toApiTime('07:30')).toBe('07:30:00');
  });
});

describe('calendar form', () => {
  it('sorts rows by date, undated rows last', () => {
    const rows = [
      { key: 1, date: '', name: 'a' },
      { key: 2, date: '2026-05-01', name: 'b' },
      { key: 3, date: '2026-01-01', name: 'c' },
    ];
    expect(sortDays(rows).map((row) => row.key)).toEqual([3, 2, 1]);
  });

  it('hints at repeated dates, other years and the wrong kind of day', () => {
    const hints = dayHints(
      'holidays',
      [
        { key: 1, date: '2026-09-02', name: 'a' },
        { key: 2, date: '2026-09-02', name: 'b' },
        { key: 3, date: '2027-01-01', name: 'c' },
        { key: 4, date: '2026-11-28', name: 'd' },
      ],
      [],
      2026,
    );
    expect(hints.get(1)).toEqual(['duplicate']);
    expect(hints.get(3)).toEqual(['outsideYear']);
    expect(hints.get(4)).toEqual(['holidayOnWeekend']);
  });

  it('places the server’s field-error keys', () => {
    expect(placeOfFieldError('holidays[2]')).toEqual({ field: 'holidays', index: 2 });
    expect(placeOfFieldError('$.makeUpWorkingDays[0].date')).toEqual({ field: 'makeUpWorkingDays', index: 0 });
    expect(placeOfFieldError('cutOff')).toEqual({ field: 'cutOff' });
    expect(placeOfFieldError('year')).toEqual({ field: 'other', name: 'year' });
  });
});
