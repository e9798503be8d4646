import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';

import { tokenStore } from '@/lib/auth/token-store';
import { isApiError } from '@/lib/problem-details';
import { citizen, expireAccessTokens, issueTokens } from '@/testing/mocks/handlers/auth';
import { server } from '@/testing/mocks/server';

import { getCurrentUser } from '../api/get-current-user';

/** Records the calls the API client makes: refreshes, and the Authorization header of each /me call. */
function recordCalls() {
  const calls = { refresh: 0, meAuthorization: [] as (string | null)[] };
  const listener = ({ request }: { request: Request }) => {
    const { pathname } = new URL(request.url);
    if (pathname === '/api/auth/refresh') calls.refresh += 1;
    if (pathname === '/api/auth/me') calls.meAuthorization.push(request.headers.get('Authorization'));
  };
  server.events.on('request:start', listener);
  return calls;
}

describe('auth middleware', () => {
  beforeEach(() => {
    server.events.removeAllListeners();
  });

  it('sends the access token as a Bearer token', async () => {
    const pair = issueTokens(citizen.id);
    tokenStore.setTokens(pair);
    const calls = recordCalls();

    await expect(getCurrentUser()).resolves.toMatchObject({ fullName: citizen.fullName });

    expect(calls.meAuthorization).toEqual([`Bearer ${pair.accessToken}`]);
    expect(calls.refresh).toBe(0);
  });

  it('renews the tokens once on a 401 and retries the call with the new access token', async () => {
    const old = issueTokens(citizen.id);
    tokenStore.setTokens(old);
    expireAccessTokens();
    const calls = recordCalls();

    await expect(getCurrentUser()).resolves.toMatchObject({ fullName: citizen.fullName });

    expect(calls.refresh).toBe(1);
    const renewed = tokenStore.getSnapshot();
    expect(renewed.accessToken).not.toBe(old.accessToken);
    expect(renewed.refreshToken).not.toBe(old.refreshToken);
    expect(calls.meAuthorization).toEqual([`Bearer ${old.accessToken}`, `Bearer ${String(renewed.accessToken)}`]);
    // A reload keeps the session: the new refresh token is stored.
    expect(window.localStorage.getItem('onestop.refreshToken')).toBe(renewed.refreshToken);
  });

  it('shares one refresh call between concurrent 401s', async () => {
    tokenStore.setTokens(issueTokens(citizen.id));
    expireAccessTokens();
    const calls = recordCalls();

    const users = await Promise.all([getCurrentUser(), getCurrentUser(), getCurrentUser()]);

    expect(users.map((u) => u.fullName)).toEqual([citizen.fullName, citizen.fullName, citizen.fullName]);
    expect(calls.refresh).toBe(1);
    const retried = calls.meAuthorization.slice(3);
    expect(retried).toEqual(Array(3).fill(`Bearer ${String(tokenStore.getSnapshot().accessToken)}`));
  });

  it('signs out locally when the refresh fails, and the 401 stands', async () => {
    tokenStore.setTokens({ accessToken: 'stale-access', refreshToken: 'revoked-refresh' });
    const calls = recordCalls();

    const error: unknown = await getCurrentUser().catch((e: unknown) => e);

    expect(isApiError(error) && error.status).toBe(401);
    expect(calls.refresh).toBe(1);
    expect(calls.meAuthorization).toHaveLength(1);
    expect(tokenStore.getSnapshot()).toEqual({ accessToken: null, refreshToken: null });
    expect(window.localStorage.getItem('onestop.refreshToken')).toBeNull();
  });

  it('does not refresh on a 401 from the token endpoints', async () => {
    tokenStore.setTokens(issueTokens(citizen.id));
    server.use(http.post('*/api/auth/sign-out', () => HttpResponse.json({ status: 401 }, { status: 401 })));
    const calls = recordCalls();

    const { apiClient } = await import('@/lib/api-client');
    await expect(apiClient.POST('/api/auth/sign-out', { body: { refreshToken: 'x' } })).rejects.toMatchObject({
      status: 401,
    });
    expect(calls.refresh).toBe(0);
  });
});
