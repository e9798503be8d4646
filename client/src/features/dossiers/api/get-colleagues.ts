import { queryOptions, useQuery } from '@tanstack/react-query';

import type { Colleague } from '@/lib/api/types';
import { apiClient, unwrap } from '@/lib/api-client';

export async function getColleagues(signal?: AbortSignal): Promise<Colleague[]> {
  return unwrap(await apiClient.GET('/api/officers/colleagues', { signal }));
}

export const getColleaguesQueryOptions = () =>
  queryOptions({ queryKey: ['officers', 'colleagues'], queryFn: ({ signal }) => getColleagues(signal) });

/** The active officers of the signed-in officer's agency, to assign a step to; fetched only when an assignment is possible. */
export const useColleagues = (enabled: boolean) => useQuery({ ...getColleaguesQueryOptions(), enabled });
