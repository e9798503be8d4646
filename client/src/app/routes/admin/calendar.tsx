import { useSearchParams } from 'react-router';

import { paths } from '@/config/paths';
import { SignedInPage } from '@/features/auth/components/signed-in-page';
import { WorkingCalendarEditor } from '@/features/working-calendar/components/working-calendar-editor';
import { YearSelect } from '@/features/working-calendar/components/year-select';
import { isAdministrator } from '@/lib/auth/roles';
import { useTranslation } from '@/lib/i18n/use-translation';

/** The year in `?year=` when it is a plausible calendar year (the API takes 2000–2100), else this year. */
function readYear(value: string | null, currentYear: number): number {
  const year = Number(value);
  return value && Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : currentYear;
}

/** Administrators set each year's office hours, cut-off, public holidays and make-up working days. */
export function CalendarRoute() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const currentYear = new Date().getFullYear();
  const year = readYear(searchParams.get('year'), currentYear);
  const years = [...new Set([currentYear - 1, currentYear, currentYear + 1, year])].sort((a, b) => a - b);

  return (
    <SignedInPage
      title={t('calendar.title')}
      loadingLabel={t('common.loading')}
      here={paths.adminCalendar.getHref(year)}
      allow={isAdministrator}
    >
      {() => (
        <>
          <YearSelect
            year={year}
            years={years}
            onChange={(next) => {
              setSearchParams({ year: String(next) });
            }}
          />
          <WorkingCalendarEditor key={year} year={year} />
        </>
      )}
    </SignedInPage>
  );
}
