import { QueryClient, queryOptions, type DefaultOptions } from '@tanstack/react-query';

import { isApiError } from './problem-details';

const MAX_RETRIES = 1;

export const queryConfig = {
  queries: {
    refetchOnWindowFocus: false,
    staleTime: 60_000,
    // Client errors (404, 400) will not change on retry.
    retry: (failureCount, error) => {
      if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
      return failureCount < MAX_RETRIES;
    },
  },
} satisfies DefaultOptions;

export const createQueryClient = (): QueryClient => new QueryClient({ defaultOptions: queryConfig });

/**
 * Query options for a reference list that seldom changes (fields, agencies): one query key, and data kept
 * fresh for ten minutes instead of the default one.
 */
export const referenceListQueryOptions = <T>(key: string, fetch: (signal: AbortSignal) => Promise<T>) =>
  queryOptions({
    queryKey: [key],
    queryFn: ({ signal }) => fetch(signal),
    staleTime: 10 * 60_000,
  });
