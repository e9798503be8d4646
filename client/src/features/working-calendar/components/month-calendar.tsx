import { useTranslation } from '@/lib/i18n/use-translation';

import { formatIsoDate, isoWeekday, monthWeeks } from '../utils/calendar-dates';

type MonthCalendarProps = {
  year: number;
  month: number;
  /** Holiday names by ISO date. */
  holidays: ReadonlyMap<string, string>;
  /** Make-up working day names by ISO date. */
  makeUpDays: ReadonlyMap<string, string>;
  today: string;
};

const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;

/** One month of the preview: a small table of weeks, each day marked and described for screen readers. */
export function MonthCalendar({ year, month, holidays, makeUpDays, today }: MonthCalendarProps) {
  const { t, locale } = useTranslation();
  const monthName = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, 1)),
  );
  const caption = t('calendar.preview.month', { month, monthName, year });

  const describe = (date: string) => {
    const weekday = isoWeekday(date) ?? 1;
    const formatted = formatIsoDate(date);
    const holiday = holidays.get(date);
    const makeUp = makeUpDays.get(date);
    const weekdayName = t(`calendar.weekday.${weekday as (typeof weekdays)[number]}`);
    let kind: string;
    let label: string;
    if (holiday !== undefined) {
      kind = 'holiday';
      label = t('calendar.cell.holiday', { date: formatted, name: holiday });
    } else if (makeUp !== undefined) {
      kind = 'make-up';
      label = t('calendar.cell.makeUp', { date: formatted, name: makeUp });
    } else if (weekday >= 6) {
      kind = 'weekend';
      label = t('calendar.cell.weekend', { date: formatted, weekday: weekdayName });
    } else {
      kind = 'working';
      label = t('calendar.cell.workingDay', { date: formatted, weekday: weekdayName });
    }
    const isToday = date === today;
    return {
      className: `month-calendar__day month-calendar__day--${kind}${isToday ? ' month-calendar__day--today' : ''}`,
      label: isToday ? t('calendar.cell.today', { label }) : label,
      title: holiday ?? makeUp,
      isToday,
    };
  };

  return (
    <table className="month-calendar">
      <caption className="month-calendar__caption">
        <span aria-hidden="true">{t('calendar.preview.monthShort', { month, monthName })}</span>
        <span className="visually-hidden">{caption}</span>
      </caption>
      <thead>
        <tr>
          {weekdays.map((weekday) => (
            <th key={weekday} scope="col" abbr={t(`calendar.weekday.${weekday}`)}>
              {t(`calendar.weekdayShort.${weekday}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthWeeks(year, month).map((week) => (
          <tr key={week.find((day) => day !== null) ?? ''}>
            {week.map((date, index) => {
              if (date === null) return <td key={`empty-${String(index)}`} className="month-calendar__blank" />;
              const day = describe(date);
              return (
                <td
                  key={date}
                  className={day.className}
                  aria-label={day.label}
                  title={day.title}
                  aria-current={day.isToday ? 'date' : undefined}
                >
                  {Number(date.slice(8))}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
