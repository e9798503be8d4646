import type { TokenPair } from '@/lib/api/types';

/**
 * The signed-in session's tokens. The access token lives only in memory; the refresh token is also kept in
 * localStorage so that a reload keeps the user signed in (the first API call then renews the access token).
 * Shared code (the API client) reads it; the auth feature writes it.
 */
const REFRESH_TOKEN_KEY = 'onestop.refreshToken';

export type TokenSnapshot = {
  accessToken: string | null;
  refreshToken: string | null;
};

const readStoredRefreshToken = (): string | null => {
  try {
    return window.localStorage.getItem(REFRESH_TOKEN_KEY);
  } catch {
    return null;
  }
};

const writeStoredRefreshToken = (token: string | null): void => {
  try {
    if (token === null) window.localStorage.removeItem(REFRESH_TOKEN_KEY);
    else window.localStorage.setItem(REFRESH_TOKEN_KEY, token);
  } catch {
    // Storage may be unavailable (private mode): the session then lasts until the page is closed.
  }
};

let snapshot: TokenSnapshot = {
  accessToken: null,
  refreshToken: typeof window === 'undefined' ? null : readStoredRefreshToken(),
};
const listeners = new Set<() => void>();

const publish = (next: TokenSnapshot): void => {
  snapshot = next;
  writeStoredRefreshToken(next.refreshToken);
  for (const listener of listeners) listener();
};

export const tokenStore = {
  /** A stable object until the tokens change (for useSyncExternalStore). */
  getSnapshot: (): TokenSnapshot => snapshot,
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
  setTokens: (pair: Pick<TokenPair, 'accessToken' | 'refreshToken'>): void => {
    publish({ accessToken: pair.accessToken, refreshToken: pair.refreshToken });
  },
  /** Forgets the session locally (the server is told separately, by the sign-out call). */
  clear: (): void => {
    if (snapshot.accessToken === null && snapshot.refreshToken === null && readStoredRefreshToken() === null) return;
    publish({ accessToken: null, refreshToken: null });
  },
};
