import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { tokenStore } from '@/lib/auth/token-store';
import { agencies } from '@/testing/mocks/db';
import { administrator, issueTokens, processor } from '@/testing/mocks/handlers/auth';
import { INITIAL_PASSWORD, seededOfficers } from '@/testing/mocks/handlers/officers';
import { server } from '@/testing/mocks/server';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

const signInAs = (accountId: string) => {
  tokenStore.setTokens(issueTokens(accountId));
};

const newOfficer = {
  fullName: 'Vũ Tiếp Nhận Mới',
  email: 'moi@example.vn',
  phoneNumber: '0933333333',
};

async function fillForm(user: ReturnType<typeof renderApp>['user']) {
  const form = within(await screen.findByRole('region', { name: 'Tạo tài khoản cán bộ' }));
  await user.type(form.getByLabelText('Họ và tên'), newOfficer.fullName);
  await user.type(form.getByLabelText('Thư điện tử'), newOfficer.email);
  await user.type(form.getByLabelText('Số điện thoại di động'), newOfficer.phoneNumber);
  await user.selectOptions(form.getByLabelText('Cơ quan công tác'), 'Sở Xây dựng');
  await user.click(form.getByRole('checkbox', { name: 'Cán bộ tiếp nhận' }));
  await user.click(form.getByRole('button', { name: 'Tạo tài khoản' }));
  return form;
}

describe('Officers route (/admin/officers)', () => {
  it('lists the officers with agency names and translated roles', async () => {
    signInAs(administrator.id);
    renderApp('/admin/officers');

    const table = await screen.findByRole('table', { name: 'Danh sách cán bộ' });
    const [first, second] = seededOfficers as [(typeof seededOfficers)[number], (typeof seededOfficers)[number]];
    const firstRow = within(table).getByRole('row', { name: new RegExp(first.fullName) });
    expect(firstRow).toHaveTextContent(first.email);
    expect(firstRow).toHaveTextContent('Sở Xây dựng');
    expect(firstRow).toHaveTextContent('Cán bộ tiếp nhận');
    const secondRow = within(table).getByRole('row', { name: new RegExp(second.fullName) });
    expect(secondRow).toHaveTextContent('Sở Tư pháp');
    expect(secondRow).toHaveTextContent('Lãnh đạo, Chuyên viên');
  });

  it('filters the list by agency', async () => {
    signInAs(administrator.id);
    const { user, router } = renderApp('/admin/officers');

    await screen.findByRole('table', { name: 'Danh sách cán bộ' });
    await user.selectOptions(screen.getByLabelText('Lọc theo cơ quan'), 'Sở Tư pháp');

    await waitFor(() => {
      expect(screen.queryByText('Hoàng Tiếp Nhận')).not.toBeInTheDocument();
    });
    expect(await screen.findByText('Đỗ Lãnh Đạo')).toBeInTheDocument();
    expect(router.state.location.search).toBe(`?agencyId=${agencies[2]?.id ?? ''}`);
  });

  it('shows an empty state when there are no officers', async () => {
    server.use(http.get('*/api/officers', () => HttpResponse.json([])));
    signInAs(administrator.id);
    renderApp('/admin/officers');

    expect(await screen.findByText('Chưa có cán bộ nào.')).toBeInTheDocument();
  });

  it('creates an officer, shows the initial password once and adds them to the list', async () => {
    signInAs(administrator.id);
    const { user } = renderApp('/admin/officers');

    await fillForm(user);

    const status = await screen.findByText(INITIAL_PASSWORD);
    expect(status.closest('[role="status"]')).toHaveTextContent('Mật khẩu này chỉ hiển thị một lần.');
    const table = screen.getByRole('table', { name: 'Danh sách cán bộ' });
    expect(await within(table).findByRole('row', { name: new RegExp(newOfficer.fullName) })).toHaveTextContent(
      'Cán bộ tiếp nhận',
    );
  });

  it('shows the server’s field errors next to their fields', async () => {
    server.use(
      http.post('*/api/officers', () =>
        HttpResponse.json(
          {
            title: 'One or more validation errors occurred.',
            status: 400,
            errors: { Email: ['E-mail is not valid.'], 'roles[0]': ['Unknown role.'] },
          },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    signInAs(administrator.id);
    const { user } = renderApp('/admin/officers');

    const form = await fillForm(user);

    const email = form.getByLabelText('Thư điện tử');
    await waitFor(() => {
      expect(email).toHaveAttribute('aria-invalid', 'true');
    });
    expect(email).toHaveAccessibleDescription('E-mail is not valid.');
    expect(form.getByRole('group', { name: 'Vai trò' })).toHaveAccessibleDescription('Unknown role.');
    expect(form.getByLabelText('Họ và tên')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('alert')).toHaveTextContent('Vui lòng kiểm tra lại các thông tin được đánh dấu.');
    expect(screen.queryByText(INITIAL_PASSWORD)).not.toBeInTheDocument();
  });

  it('tells a signed-in officer without the Administrator role there is no access', async () => {
    signInAs(processor.id);
    renderApp('/admin/officers');

    expect(await screen.findByRole('alert')).toHaveTextContent('Không có quyền truy cập');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Tạo tài khoản cán bộ' })).not.toBeInTheDocument();
  });

  it('sends a signed-out visitor to sign in', async () => {
    const { router } = renderApp('/admin/officers');

    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/sign-in');
    });
    expect(router.state.location.search).toBe('?redirectTo=%2Fadmin%2Fofficers');
  });
});
