import { QueryClient, type DefaultOptions } from '@tanstack/react-query';

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
