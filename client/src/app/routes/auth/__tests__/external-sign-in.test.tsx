import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';

import * as externalSignIn from '@/features/auth/utils/external-sign-in';
import type { CompleteExternalSignInRequest } from '@/lib/api/types';
import { citizen, issueTokens } from '@/testing/mocks/handlers/auth';
import { server } from '@/testing/mocks/server';
import { problem } from '@/testing/mocks/utils';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

// jsdom cannot leave the page: the test stands in for the browser going to the provider.
vi.mock('@/features/auth/utils/external-sign-in', async (importOriginal) => ({
  ...(await importOriginal<typeof externalSignIn>()),
  leaveForProvider: vi.fn(),
}));
const { leaveForProvider } = externalSignIn;

const AUTHORIZATION_URL = 'https://vneid.example.gov.vn/authorize?client_id=onestop&state=s1';

function offerVneid() {
  server.use(
    http.get('*/api/auth/external', () => HttpResponse.json({ enabled: true, displayName: 'VNeID' })),
    http.post('*/api/auth/external/start', () => HttpResponse.json({ authorizationUrl: AUTHORIZATION_URL })),
  );
}

afterEach(() => {
  vi.mocked(leaveForProvider).mockClear();
  window.sessionStorage.clear();
});

describe('Sign-in route (/sign-in) with an identity provider', () => {
  it('offers no external sign-in when none is configured', async () => {
    renderApp('/sign-in');

    await screen.findByLabelText('Thư điện tử hoặc số định danh cá nhân');
    await waitFor(() => {
      expect(screen.queryByRole('button', { name: /VNeID/ })).not.toBeInTheDocument();
    });
  });

  it('sends the browser to the provider, remembering where to come back to', async () => {
    offerVneid();
    const { user } = renderApp('/sign-in?redirectTo=%2Fdossiers');

    await user.click(await screen.findByRole('button', { name: 'Đăng nhập bằng VNeID' }));

    await waitFor(() => {
      expect(leaveForProvider).toHaveBeenCalledWith(AUTHORIZATION_URL);
    });
    expect(screen.getByRole('button', { name: 'Đang chuyển đến VNeID…' })).toBeDisabled();
    expect(window.sessionStorage.getItem('onestop.externalSignIn.redirectTo')).toBe('/dossiers');
  });

  it('is in English when the interface is', async () => {
    offerVneid();
    renderApp('/sign-in', { language: 'en' });

    expect(await screen.findByRole('button', { name: 'Sign in with VNeID' })).toBeInTheDocument();
  });
});

describe('External sign-in callback route (/auth/external/callback)', () => {
  it('hands the code and state to the API, keeps the tokens and goes where the sign-in started', async () => {
    const bodies: CompleteExternalSignInRequest[] = [];
    server.use(
      http.post('*/api/auth/external/callback', async ({ request }) => {
        bodies.push((await request.json()) as CompleteExternalSignInRequest);
        return HttpResponse.json(issueTokens(citizen.id));
      }),
    );
    window.sessionStorage.setItem('onestop.externalSignIn.redirectTo', '/profile');
    const { router } = renderApp('/auth/external/callback?code=c0de&state=st4te');

    const account = screen.getByRole('navigation', { name: 'Tài khoản' });
    expect(await within(account).findByRole('link', { name: citizen.fullName })).toBeInTheDocument();
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/profile');
    });
    expect(bodies).toEqual([{ code: 'c0de', state: 'st4te' }]);
    expect(window.localStorage.getItem('onestop.refreshToken')).not.toBeNull();
  });

  it('shows the API’s reason when the sign-in is refused', async () => {
    server.use(
      http.post('*/api/auth/external/callback', () =>
        problem(
          401,
          'External sign-in failed',
          'The sign-in through the identity provider failed: the ID token was refused.',
        ),
      ),
    );
    renderApp('/auth/external/callback?code=c0de&state=st4te');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Đăng nhập không thành công');
    expect(alert).toHaveTextContent('the ID token was refused');
    expect(screen.getByRole('link', { name: 'Quay lại trang đăng nhập' })).toHaveAttribute('href', '/sign-in');
  });

  it('says the sign-in was cancelled when the provider comes back without a code', async () => {
    let requests = 0;
    server.events.on('request:start', ({ request }) => {
      if (request.url.endsWith('/api/auth/external/callback')) requests += 1;
    });
    renderApp('/auth/external/callback?error=access_denied&state=st4te');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Bạn đã hủy đăng nhập hoặc nhà cung cấp định danh đã từ chối yêu cầu.',
    );
    expect(requests).toBe(0);
    server.events.removeAllListeners();
  });
});
