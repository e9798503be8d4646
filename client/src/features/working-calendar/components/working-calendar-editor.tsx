import { QueryError } from '@/components/errors/query-error';
import { Badge } from '@/components/ui/badge';
import { Spinner } from '@/components/ui/spinner';
import { useTranslation } from '@/lib/i18n/use-translation';

import { useWorkingCalendar } from '../api/get-working-calendar';

import { WorkingCalendarForm } from './working-calendar-form';

type WorkingCalendarEditorProps = {
  year: number;
};

/** Loads a year of the working calendar, tells whether it is configured, and edits it. */
export function WorkingCalendarEditor({ year }: WorkingCalendarEditorProps) {
  const { t } = useTranslation();
  const calendar = useWorkingCalendar(year);

  if (calendar.isPending) return <Spinner label={t('calendar.loading')} />;
  if (calendar.isError)
    return (
      <QueryError
        onRetry={() => {
          void calendar.refetch();
        }}
      />
    );

  const { configured } = calendar.data;
  return (
    <>
      <div className="calendar-status">
        <Badge tone={configured ? 'success' : 'neutral'}>
          {configured ? t('calendar.status.configured') : t('calendar.status.notConfigured')}
        </Badge>
        <p className="calendar-status__hint">
          {configured
            ? t('calendar.status.configuredHint', { year })
            : t('calendar.status.notConfiguredHint', { year })}
        </p>
      </div>
      <WorkingCalendarForm key={year} year={year} calendar={calendar.data} />
    </>
  );
}
