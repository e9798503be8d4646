import { describe, expect, it } from 'vitest';

import { tokenStore } from '@/lib/auth/token-store';
import { citizen, expireAccessTokens, issueTokens, SIGN_IN_FAILED } from '@/testing/mocks/handlers/auth';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

async function signIn(user: ReturnType<typeof renderApp>['user'], login: string, password: string) {
  await user.type(screen.getByLabelText('Thư điện tử hoặc số định danh cá nhân'), login);
  await user.type(screen.getByLabelText('Mật khẩu'), password);
  await user.click(within(screen.getByRole('main')).getByRole('button', { name: 'Đăng nhập' }));
}

describe('Sign-in route (/sign-in)', () => {
  it('signs in and shows the user’s name in the header, linking to the profile', async () => {
    const { user, router } = renderApp('/');
    const account = screen.getByRole('navigation', { name: 'Tài khoản' });
    expect(within(account).getByRole('link', { name: 'Đăng ký' })).toHaveAttribute('href', '/register');
    await user.click(within(account).getByRole('link', { name: 'Đăng nhập' }));

    await signIn(user, citizen.email, citizen.password);

    expect(await within(account).findByRole('link', { name: citizen.fullName })).toHaveAttribute('href', '/profile');
    expect(within(account).getByRole('button', { name: 'Đăng xuất' })).toBeInTheDocument();
    expect(within(account).queryByRole('link', { name: 'Đăng nhập' })).not.toBeInTheDocument();
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/profile');
    });
  });

  it('shows the server’s message when the sign-in is refused', async () => {
    const { user } = renderApp('/sign-in');

    await signIn(user, citizen.citizenId, 'wrong-password');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Đăng nhập không thành công');
    expect(alert).toHaveTextContent(SIGN_IN_FAILED);
    expect(
      within(screen.getByRole('navigation', { name: 'Tài khoản' })).getByRole('link', { name: 'Đăng nhập' }),
    ).toBeInTheDocument();
  });

  it('signs out from the header', async () => {
    const { user, router } = renderApp('/sign-in');
    await signIn(user, citizen.citizenId, citizen.password);
    const account = screen.getByRole('navigation', { name: 'Tài khoản' });
    await within(account).findByRole('link', { name: citizen.fullName });

    await user.click(within(account).getByRole('button', { name: 'Đăng xuất' }));

    expect(await within(account).findByRole('link', { name: 'Đăng nhập' })).toBeInTheDocument();
    expect(within(account).queryByText(citizen.fullName)).not.toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
    expect(window.localStorage.getItem('onestop.refreshToken')).toBeNull();
  });

  it('keeps the session when the access token is gone (reload), renewing it with the refresh token', async () => {
    tokenStore.setTokens(issueTokens(citizen.id));
    expireAccessTokens();

    renderApp('/');

    const account = screen.getByRole('navigation', { name: 'Tài khoản' });
    expect(await within(account).findByRole('link', { name: citizen.fullName })).toBeInTheDocument();
  });

  it('is in English when the interface is', async () => {
    const { user } = renderApp('/sign-in', { language: 'en' });
    await user.type(screen.getByLabelText('E-mail or citizen ID'), citizen.email);
    await user.type(screen.getByLabelText('Password'), citizen.password);
    await user.click(within(screen.getByRole('main')).getByRole('button', { name: 'Sign in' }));

    const account = screen.getByRole('navigation', { name: 'Account' });
    expect(await within(account).findByRole('link', { name: citizen.fullName })).toBeInTheDocument();
    expect(within(account).getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
  });
});

describe('Profile route (/profile)', () => {
  it('redirects to the sign-in page when signed out', async () => {
    const { router } = renderApp('/profile');

    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/sign-in');
    });
    expect(router.state.location.search).toBe('?redirectTo=%2Fprofile');
    expect(screen.getByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeInTheDocument();
  });

  it('shows the account with the citizen ID masked, after signing in from the redirect', async () => {
    const { user, router } = renderApp('/profile');
    await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' });

    await signIn(user, citizen.email, citizen.password);

    expect(await screen.findByRole('heading', { level: 1, name: 'Thông tin tài khoản' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/profile');
    const main = screen.getByRole('main');
    expect(await within(main).findByText(citizen.email)).toBeInTheDocument();
    expect(within(main).getByText(citizen.fullName)).toBeInTheDocument();
    expect(within(main).getByText(citizen.phoneNumber)).toBeInTheDocument();
    expect(within(main).getByText('*********789')).toBeInTheDocument();
    expect(within(main).queryByText(citizen.citizenId)).not.toBeInTheDocument();
    expect(within(main).getByText('Citizen')).toBeInTheDocument();
  });
});
