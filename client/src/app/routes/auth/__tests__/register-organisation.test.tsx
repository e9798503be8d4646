import { http } from 'msw';
import { describe, expect, it } from 'vitest';

import { server } from '@/testing/mocks/server';
import { validationProblem } from '@/testing/mocks/utils';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

const organisation = {
  organisationName: 'Công ty TNHH Xây dựng Nha Trang',
  taxCode: '4200123455',
  representativeName: 'Trần Thị Bình',
  email: 'lienhe@xaydungnhatrang.vn',
  phoneNumber: '0987654321',
  password: 'XayDung2026',
};

type User = ReturnType<typeof renderApp>['user'];

async function chooseOrganisation(user: User) {
  await user.click(screen.getByRole('radio', { name: 'Tổ chức, doanh nghiệp' }));
}

async function fillForm(user: User, values: typeof organisation) {
  await user.type(screen.getByLabelText('Tên tổ chức'), values.organisationName);
  await user.type(screen.getByLabelText('Mã số thuế'), values.taxCode);
  await user.type(screen.getByLabelText('Họ và tên người đại diện'), values.representativeName);
  await user.type(screen.getByLabelText('Thư điện tử'), values.email);
  await user.type(screen.getByLabelText('Số điện thoại di động'), values.phoneNumber);
  await user.type(screen.getByLabelText('Mật khẩu'), values.password);
  await user.click(within(screen.getByRole('main')).getByRole('button', { name: 'Đăng ký' }));
}

describe('Register route (/register), as an organisation', () => {
  it('offers the citizen form first and keeps the choice in the address', async () => {
    const { user, router } = renderApp('/register');
    expect(screen.getByRole('radio', { name: 'Công dân' })).toBeChecked();
    expect(screen.getByLabelText('Số định danh cá nhân')).toBeInTheDocument();

    await chooseOrganisation(user);

    expect(router.state.location.search).toBe('?kind=organisation');
    expect(screen.getByLabelText('Mã số thuế')).toHaveAccessibleDescription(
      'Gồm 10 chữ số; chi nhánh ghi thêm 3 chữ số, ví dụ 0100109106-001.',
    );
    expect(screen.queryByLabelText('Số định danh cá nhân')).not.toBeInTheDocument();
  });

  it('registers, signs in automatically and shows the organisation on the profile', async () => {
    const { user, router } = renderApp('/register?kind=organisation');

    await fillForm(user, organisation);

    const account = screen.getByRole('navigation', { name: 'Tài khoản' });
    expect(await within(account).findByRole('link', { name: organisation.organisationName })).toBeInTheDocument();
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/profile');
    });
    const main = screen.getByRole('main');
    expect(await within(main).findByText(organisation.taxCode)).toBeInTheDocument();
    expect(within(main).getByText('Tên tổ chức')).toBeInTheDocument();
    expect(within(main).getByText('Organisation')).toBeInTheDocument();
  });

  it('checks the tax code’s shape before sending', async () => {
    let requests = 0;
    server.events.on('request:start', ({ request }) => {
      if (request.url.endsWith('/api/auth/register-organisation')) requests += 1;
    });
    const { user } = renderApp('/register?kind=organisation');

    await fillForm(user, { ...organisation, taxCode: '42001234', representativeName: ' ' });

    expect(screen.getByLabelText('Mã số thuế')).toHaveAccessibleDescription(
      expect.stringContaining('Mã số thuế gồm 10 chữ số, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số.'),
    );
    expect(screen.getByLabelText('Họ và tên người đại diện')).toHaveAttribute('aria-invalid', 'true');
    expect(requests).toBe(0);
    server.events.removeAllListeners();
  });

  it('shows the server’s verdict on the check digit next to the tax code', async () => {
    const checkDigit = 'The tax code is 10 digits ending in a valid check digit, or NNNNNNNNNN-NNN for a branch.';
    server.use(http.post('*/api/auth/register-organisation', () => validationProblem({ TaxCode: [checkDigit] })));
    const { user } = renderApp('/register?kind=organisation');

    await fillForm(user, { ...organisation, taxCode: '4200123456' });

    const taxCode = screen.getByLabelText('Mã số thuế');
    await waitFor(() => {
      expect(taxCode).toHaveAttribute('aria-invalid', 'true');
    });
    expect(taxCode).toHaveAccessibleDescription(expect.stringContaining(checkDigit));
    expect(screen.getByRole('alert')).toHaveTextContent('Vui lòng kiểm tra lại các thông tin được đánh dấu.');
  });

  it('is in English when the interface is', async () => {
    const { user } = renderApp('/register', { language: 'en' });

    await user.click(screen.getByRole('radio', { name: 'An organisation or business' }));

    expect(screen.getByLabelText('Organisation name')).toBeInTheDocument();
    expect(screen.getByLabelText('Tax code')).toBeInTheDocument();
    expect(screen.getByLabelText('Representative’s full name')).toBeInTheDocument();
  });
});
