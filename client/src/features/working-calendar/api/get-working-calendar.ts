import { queryOptions, useQuery } from '@tanstack/react-query';

import type { WorkingCalendarYear } from '@/lib/api/types';
import { apiClient, unwrap } from '@/lib/api-client';

export const workingCalendarQueryKey = (year: number) => ['working-calendar', year] as const;

export async function getWorkingCalendar(year: number, signal?: AbortSignal): Promise<WorkingCalendarYear> {
  return unwrap(await apiClient.GET('/api/calendar/{year}', { params: { path: { year } }, signal }));
}

export const getWorkingCalendarQueryOptions = (year: number) =>
  queryOptions({
    queryKey: workingCalendarQueryKey(year),
    queryFn: ({ signal }) => getWorkingCalendar(year, signal),
  });

/** One year of the working calendar; a year nobody configured comes with the defaults (`configured` false). */
export const useWorkingCalendar = (year: number) => useQuery(getWorkingCalendarQueryOptions(year));
