import { useMemo } from 'react';

import { PageSection } from '@/components/ui/page-section';
import { useTranslation } from '@/lib/i18n/use-translation';

import { daysInMonth, isWeekend, parseIsoDate, todayIsoDate, toIsoDate } from '../utils/calendar-dates';
import type { DayRow } from '../utils/calendar-form';

import { MonthCalendar } from './month-calendar';

type YearPreviewProps = {
  year: number;
  holidays: readonly DayRow[];
  makeUpWorkingDays: readonly DayRow[];
};

const months = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

/** Names by date for the rows of the year; rows without a valid date are left out, the first name wins. */
function namesByDate(rows: readonly DayRow[], year: number): Map<string, string> {
  const names = new Map<string, string>();
  for (const row of rows) {
    if (parseIsoDate(row.date)?.year === year && !names.has(row.date)) names.set(row.date, row.name.trim());
  }
  return names;
}

/** The year as twelve small month calendars: weekends, holidays (red), make-up days (green) and today. */
export function YearPreview({ year, holidays, makeUpWorkingDays }: YearPreviewProps) {
  const { t } = useTranslation();
  const holidayNames = useMemo(() => namesByDate(holidays, year), [holidays, year]);
  const makeUpNames = useMemo(() => namesByDate(makeUpWorkingDays, year), [makeUpWorkingDays, year]);
  const today = todayIsoDate();

  const workingDays = useMemo(() => {
    let count = 0;
    for (const month of months) {
      for (let day = 1; day <= daysInMonth(year, month); day++) {
        const date = toIsoDate(year, month, day);
        if (holidayNames.has(date)) continue;
        if (makeUpNames.has(date) || !isWeekend(date)) count++;
      }
    }
    return count;
  }, [year, holidayNames, makeUpNames]);

  return (
    <PageSection title={t('calendar.preview.title', { year })} className="calendar-preview">
      <p className="muted">{t('calendar.preview.hint')}</p>
      <p>
        {t('calendar.preview.summary', {
          year,
          workingDays,
          holidays: holidayNames.size,
          makeUps: makeUpNames.size,
        })}
      </p>
      <div className="calendar-legend">
        <p className="calendar-legend__title" id="calendar-legend-title">
          {t('calendar.legend.title')}
        </p>
        <ul className="calendar-legend__items" aria-labelledby="calendar-legend-title">
          <li>
            <span className="calendar-legend__swatch month-calendar__day--working" aria-hidden="true" />
            {t('calendar.legend.workingDay')}
          </li>
          <li>
            <span className="calendar-legend__swatch month-calendar__day--weekend" aria-hidden="true" />
            {t('calendar.legend.weekend')}
          </li>
          <li>
            <span className="calendar-legend__swatch month-calendar__day--holiday" aria-hidden="true" />
            {t('calendar.legend.holiday')}
          </li>
          <li>
            <span className="calendar-legend__swatch month-calendar__day--make-up" aria-hidden="true" />
            {t('calendar.legend.makeUp')}
          </li>
          <li>
            <span className="calendar-legend__swatch month-calendar__day--today" aria-hidden="true" />
            {t('calendar.legend.today')}
          </li>
        </ul>
      </div>
      <div className="calendar-preview__months">
        {months.map((month) => (
          <MonthCalendar
            key={month}
            year={year}
            month={month}
            holidays={holidayNames}
            makeUpDays={makeUpNames}
            today={today}
          />
        ))}
      </div>
    </PageSection>
  );
}
