import createClient, { type Middleware } from 'openapi-fetch';

import { env } from '@/config/env';

import type { ApiPaths } from './api/types';
import { ApiError, readProblemDetails } from './problem-details';

/** Turns every non-2xx response into an ApiError carrying the RFC 9457 problem details. */
export const problemDetailsMiddleware: Middleware = {
  async onResponse({ response }) {
    if (response.ok) return undefined;
    throw new ApiError(response.status, await readProblemDetails(response));
  },
};

const baseUrl = (): string => {
  if (env.API_URL) return env.API_URL;
  // Same origin: openapi-fetch builds a Request, which needs an absolute URL outside the browser.
  return typeof window === 'undefined' ? '' : window.location.origin;
};

export const apiClient = createClient<ApiPaths>({
  baseUrl: baseUrl(),
  headers: { Accept: 'application/json' },
  // Look fetch up on each call (not once at import) so test interceptors and polyfills apply.
  fetch: (request) => globalThis.fetch(request),
});

apiClient.use(problemDetailsMiddleware);

/** openapi-fetch returns `data | undefined`; the middleware already threw for errors. */
export function unwrap<T>(result: { data?: T; response: Response }): T {
  if (result.data === undefined) {
    throw new ApiError(result.response.status, {
      status: result.response.status,
      title: 'Empty response',
    });
  }
  return result.data;
}
