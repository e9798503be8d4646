import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { SaveWorkingCalendarYearRequest, WorkingCalendarYear } from '@/lib/api/types';
import { apiClient, unwrap } from '@/lib/api-client';

import { workingCalendarQueryKey } from './get-working-calendar';

export async function saveWorkingCalendar(
  year: number,
  body: SaveWorkingCalendarYearRequest,
): Promise<WorkingCalendarYear> {
  return unwrap(await apiClient.PUT('/api/calendar/{year}', { params: { path: { year } }, body }));
}

/** Replaces a year's working calendar as a whole (administrators); the cached year becomes the saved one. */
export function useSaveWorkingCalendar(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveWorkingCalendarYearRequest) => saveWorkingCalendar(year, body),
    onSuccess: (saved) => {
      queryClient.setQueryData(workingCalendarQueryKey(year), saved);
    },
  });
}
