import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { server } from '@/testing/mocks/server';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

const newCitizen = {
  fullName: 'Trần Thị Bình',
  citizenId: '056987654321',
  email: 'binh.tran@example.vn',
  phoneNumber: '0987654321',
  password: 'BinhTran2026',
};

async function fillForm(user: ReturnType<typeof renderApp>['user'], values: typeof newCitizen) {
  await user.type(screen.getByLabelText('Họ và tên'), values.fullName);
  await user.type(screen.getByLabelText('Số định danh cá nhân'), values.citizenId);
  await user.type(screen.getByLabelText('Thư điện tử'), values.email);
  await user.type(screen.getByLabelText('Số điện thoại di động'), values.phoneNumber);
  await user.type(screen.getByLabelText('Mật khẩu'), values.password);
  await user.click(within(screen.getByRole('main')).getByRole('button', { name: 'Đăng ký' }));
}

describe('Register route (/register)', () => {
  it('registers, signs in automatically and opens the profile', async () => {
    const { user, router } = renderApp('/register');

    await fillForm(user, newCitizen);

    const account = screen.getByRole('navigation', { name: 'Tài khoản' });
    expect(await within(account).findByRole('link', { name: newCitizen.fullName })).toBeInTheDocument();
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/profile');
    });
    expect(await within(screen.getByRole('main')).findByText('*********321')).toBeInTheDocument();
  });

  it('shows the server’s field errors next to their fields', async () => {
    const passwordErrors = [
      'Passwords must be at least 10 characters.',
      'Passwords must mix at least two kinds of characters: lower case, upper case, digits, symbols.',
    ];
    server.use(
      http.post('*/api/auth/register', () =>
        HttpResponse.json(
          {
            title: 'One or more validation errors occurred.',
            status: 400,
            errors: { Password: passwordErrors, email: ['E-mail is not valid.'] },
          },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { user, router } = renderApp('/register');

    await fillForm(user, newCitizen);

    const password = screen.getByLabelText('Mật khẩu');
    await waitFor(() => {
      expect(password).toHaveAttribute('aria-invalid', 'true');
    });
    for (const message of passwordErrors)
      expect(password).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(screen.getByLabelText('Thư điện tử')).toHaveAccessibleDescription(
      expect.stringContaining('E-mail is not valid.'),
    );
    expect(screen.getByLabelText('Họ và tên')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('alert')).toHaveTextContent('Vui lòng kiểm tra lại các thông tin được đánh dấu.');
    expect(router.state.location.pathname).toBe('/register');
  });

  it('shows the server’s problem detail on a conflict', async () => {
    const { user } = renderApp('/register');

    await fillForm(user, { ...newCitizen, citizenId: '056123456789' });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'An account with this citizen ID or e-mail address already exists.',
    );
  });

  it('checks the server’s rules before sending, with hints on each field', async () => {
    let requests = 0;
    server.events.on('request:start', ({ request }) => {
      if (request.url.endsWith('/api/auth/register')) requests += 1;
    });
    const { user } = renderApp('/register');
    expect(screen.getByLabelText('Mật khẩu')).toHaveAccessibleDescription(
      'Ít nhất 10 ký tự, gồm ít nhất hai loại: chữ thường, chữ hoa, chữ số, ký hiệu.',
    );

    await fillForm(user, { ...newCitizen, citizenId: '12345', phoneNumber: '0212345678', password: 'onlylowercase' });

    expect(screen.getByLabelText('Số định danh cá nhân')).toHaveAccessibleDescription(
      expect.stringContaining('Số định danh cá nhân phải gồm đúng 12 chữ số.'),
    );
    expect(screen.getByLabelText('Số điện thoại di động')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Mật khẩu')).toHaveAccessibleDescription(
      expect.stringContaining('Mật khẩu phải gồm ít nhất hai loại ký tự.'),
    );
    expect(requests).toBe(0);
    server.events.removeAllListeners();
  });
});
