import type { Middleware } from 'openapi-fetch';

import type { TokenPair } from '@/lib/api/types';

import type { tokenStore as TokenStoreInstance } from './token-store';

type TokenStore = typeof TokenStoreInstance;

/** Endpoints that hand out or revoke tokens: they take no Bearer token and a 401 from them is final. */
const TOKEN_ENDPOINTS = ['/api/auth/sign-in', '/api/auth/register', '/api/auth/refresh', '/api/auth/sign-out'];

const isTokenEndpoint = (schemaPath: string): boolean => TOKEN_ENDPOINTS.includes(schemaPath);

type AuthMiddlewareOptions = {
  store: TokenStore;
  /** Exchanges a refresh token for a new pair; throws when the server refuses it. */
  refresh: (refreshToken: string) => Promise<TokenPair>;
  fetch?: (request: Request) => Promise<Response>;
};

const withBearer = (request: Request, accessToken: string): Request => {
  const next = new Request(request);
  next.headers.set('Authorization', `Bearer ${accessToken}`);
  return next;
};

/**
 * Adds the Bearer token to every API call but the token endpoints. On a 401 it renews the tokens once and
 * retries the call; concurrent 401s share one refresh call (a refresh token works only once, and reusing it
 * ends the session). When the refresh fails, the session is forgotten locally and the 401 stands.
 */
export function createAuthMiddleware({
  store,
  refresh,
  fetch = (request) => globalThis.fetch(request),
}: AuthMiddlewareOptions): Middleware {
  let pendingRefresh: Promise<string | null> | null = null;
  // A copy of each request as sent (its body unread), to retry it after a refresh.
  const originals = new Map<string, Request>();

  const refreshOnce = (): Promise<string | null> => {
    pendingRefresh ??= (async () => {
      const { refreshToken } = store.getSnapshot();
      if (!refreshToken) return null;
      try {
        const pair = await refresh(refreshToken);
        store.setTokens(pair);
        return pair.accessToken;
      } catch {
        // Only forget the session if nobody signed in again meanwhile.
        if (store.getSnapshot().refreshToken === refreshToken) store.clear();
        return null;
      }
    })().finally(() => {
      pendingRefresh = null;
    });
    return pendingRefresh;
  };

  return {
    onRequest({ request, schemaPath, id }) {
      if (isTokenEndpoint(schemaPath)) return undefined;
      originals.set(id, request.clone());
      const { accessToken } = store.getSnapshot();
      return accessToken ? withBearer(request, accessToken) : undefined;
    },
    async onResponse({ request, response, schemaPath, id }) {
      const original = originals.get(id);
      originals.delete(id);
      if (response.status !== 401 || isTokenEndpoint(schemaPath) || !original) return undefined;
      // Another call may have renewed the tokens while this one was in flight.
      const sentToken = request.headers.get('Authorization')?.replace(/^Bearer /, '') ?? null;
      const current = store.getSnapshot().accessToken;
      const accessToken = current && current !== sentToken ? current : await refreshOnce();
      if (!accessToken) return undefined;
      return fetch(withBearer(original, accessToken));
    },
    onError({ id }) {
      originals.delete(id);
      return undefined;
    },
  };
}
