import createClient, { type Middleware } from 'openapi-fetch';

import { env } from '@/config/env';

import type { ApiPaths, TokenPair } from './api/types';
import { createAuthMiddleware } from './auth/auth-middleware';
import { tokenStore } from './auth/token-store';
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

/** Renews the tokens (the auth middleware skips this endpoint, so a 401 here is final). */
async function refreshTokens(refreshToken: string): Promise<TokenPair> {
  return unwrap(await apiClient.POST('/api/auth/refresh', { body: { refreshToken } }));
}

// onResponse runs in reverse order: the auth middleware sees a 401 (and may retry) before it becomes an ApiError.
apiClient.use(problemDetailsMiddleware, createAuthMiddleware({ store: tokenStore, refresh: refreshTokens }));

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
