import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import type { Officer } from '@/lib/api/types';
import { tokenStore } from '@/lib/auth/token-store';
import { agencies } from '@/testing/mocks/db';
import { administrator, issueTokens, processor } from '@/testing/mocks/handlers/auth';
import { INITIAL_PASSWORD, seededOfficers } from '@/testing/mocks/handlers/officers';
import { server } from '@/testing/mocks/server';
import { validationProblem } from '@/testing/mocks/utils';
import { createGate, renderApp, screen, waitFor, within } from '@/testing/test-utils';

const [receptionist, leader] = seededOfficers as [Officer, Officer];

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

/** The officers table's row of an officer, once the list has loaded. */
async function officerRow(officer: Officer) {
  const table = await screen.findByRole('table', { name: 'Danh sách cán bộ' });
  return within(table).getByRole('row', { name: new RegExp(officer.fullName) });
}

describe('Officers route (/admin/officers): roles and account status', () => {
  it('shows each officer’s status', async () => {
    server.use(http.get('*/api/officers', () => HttpResponse.json([receptionist, { ...leader, active: false }])));
    signInAs(administrator.id);
    renderApp('/admin/officers');

    const active = await officerRow(receptionist);
    expect(within(active).getByText('Đang hoạt động')).toBeInTheDocument();
    expect(within(active).getByRole('button', { name: /^Vô hiệu hóa/ })).toBeInTheDocument();
    const inactive = await officerRow(leader);
    expect(within(inactive).getByText('Đã vô hiệu hóa')).toBeInTheDocument();
    expect(within(inactive).getByRole('button', { name: /^Kích hoạt lại/ })).toBeInTheDocument();
  });

  it('changes an officer’s roles and reloads the list', async () => {
    signInAs(administrator.id);
    const { user } = renderApp('/admin/officers');

    await user.click(within(await officerRow(receptionist)).getByRole('button', { name: /^Sửa vai trò/ }));
    const dialog = screen.getByRole('dialog', { name: 'Sửa vai trò của Hoàng Tiếp Nhận' });
    const receptionistBox = within(dialog).getByRole('checkbox', { name: 'Cán bộ tiếp nhận' });
    expect(receptionistBox).toBeChecked();
    expect(receptionistBox).toHaveFocus();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Giám sát' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Chuyên viên' }));
    await user.click(receptionistBox);
    await user.click(within(dialog).getByRole('button', { name: 'Lưu vai trò' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Đã cập nhật vai trò của Hoàng Tiếp Nhận.');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const row = await officerRow(receptionist);
    expect(row).toHaveTextContent('Chuyên viên, Giám sát');
    expect(row).not.toHaveTextContent('Cán bộ tiếp nhận');
    expect(within(row).getByRole('button', { name: /^Sửa vai trò/ })).toHaveFocus();
  });

  it('asks for at least one role without calling the API', async () => {
    let calls = 0;
    server.use(
      http.put('*/api/officers/:id/roles', () => {
        calls += 1;
        return new HttpResponse(null, { status: 204 });
      }),
    );
    signInAs(administrator.id);
    const { user } = renderApp('/admin/officers');

    await user.click(within(await officerRow(receptionist)).getByRole('button', { name: /^Sửa vai trò/ }));
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Cán bộ tiếp nhận' }));
    await user.click(within(dialog).getByRole('button', { name: 'Lưu vai trò' }));

    expect(within(dialog).getByRole('group', { name: 'Vai trò' })).toHaveAccessibleDescription(
      'Vui lòng chọn ít nhất một vai trò.',
    );
    expect(calls).toBe(0);
  });

  it('shows the server’s field errors for the roles', async () => {
    server.use(
      http.put('*/api/officers/:id/roles', () =>
        validationProblem({ 'Roles[0]': ['An officer’s roles are among Receptionist, Processor.'] }),
      ),
    );
    signInAs(administrator.id);
    const { user } = renderApp('/admin/officers');

    await user.click(within(await officerRow(leader)).getByRole('button', { name: /^Sửa vai trò/ }));
    const dialog = screen.getByRole('dialog', { name: 'Sửa vai trò của Đỗ Lãnh Đạo' });
    await user.click(within(dialog).getByRole('button', { name: 'Lưu vai trò' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Không lưu được vai trò');
    expect(alert).toHaveTextContent('Vui lòng kiểm tra lại các thông tin được đánh dấu.');
    const group = within(dialog).getByRole('group', { name: 'Vai trò' });
    expect(group).toHaveAttribute('aria-invalid', 'true');
    expect(group).toHaveAccessibleDescription('An officer’s roles are among Receptionist, Processor.');
    expect(await officerRow(leader)).toHaveTextContent('Lãnh đạo, Chuyên viên');
  });

  it('deactivates an officer after a confirmation, then reactivates them', async () => {
    signInAs(administrator.id);
    const { user } = renderApp('/admin/officers');

    // Cancelling changes nothing.
    await user.click(within(await officerRow(receptionist)).getByRole('button', { name: /^Vô hiệu hóa/ }));
    let dialog = screen.getByRole('dialog', { name: 'Vô hiệu hóa tài khoản của Hoàng Tiếp Nhận?' });
    expect(dialog).toHaveAccessibleDescription(/không đăng nhập được nữa/);
    await user.click(within(dialog).getByRole('button', { name: 'Hủy' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await officerRow(receptionist)).toHaveTextContent('Đang hoạt động');

    await user.click(within(await officerRow(receptionist)).getByRole('button', { name: /^Vô hiệu hóa/ }));
    dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận vô hiệu hóa' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Đã vô hiệu hóa tài khoản của Hoàng Tiếp Nhận.');
    let row = await officerRow(receptionist);
    expect(row).toHaveTextContent('Đã vô hiệu hóa');

    await user.click(within(row).getByRole('button', { name: /^Kích hoạt lại/ }));
    dialog = screen.getByRole('dialog', { name: 'Kích hoạt lại tài khoản của Hoàng Tiếp Nhận?' });
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận kích hoạt lại' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Đã kích hoạt lại tài khoản của Hoàng Tiếp Nhận.');
    row = await officerRow(receptionist);
    expect(row).toHaveTextContent('Đang hoạt động');
    expect(within(row).getByRole('button', { name: /^Vô hiệu hóa/ })).toBeInTheDocument();
  });

  it('shows the pending state while the change is sent', async () => {
    const gate = createGate();
    server.use(
      http.post('*/api/officers/:id/deactivate', async () => {
        await gate.opened;
        return new HttpResponse(null, { status: 204 });
      }),
    );
    signInAs(administrator.id);
    const { user } = renderApp('/admin/officers');

    await user.click(within(await officerRow(leader)).getByRole('button', { name: /^Vô hiệu hóa/ }));
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận vô hiệu hóa' }));

    expect(await within(dialog).findByRole('button', { name: 'Đang vô hiệu hóa…' })).toBeDisabled();
    gate.open();
    expect(await screen.findByRole('status')).toHaveTextContent('Đã vô hiệu hóa tài khoản của Đỗ Lãnh Đạo.');
  });

  it('shows the problem detail when the change fails', async () => {
    server.use(
      http.post('*/api/officers/:id/deactivate', () =>
        HttpResponse.json(
          { title: 'Not Found', status: 404, detail: 'Không tìm thấy cán bộ.' },
          { status: 404, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    signInAs(administrator.id);
    const { user } = renderApp('/admin/officers');

    await user.click(within(await officerRow(leader)).getByRole('button', { name: /^Vô hiệu hóa/ }));
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận vô hiệu hóa' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Không vô hiệu hóa được tài khoản');
    expect(alert).toHaveTextContent('Không tìm thấy cán bộ.');
    expect(within(dialog).getByRole('button', { name: 'Xác nhận vô hiệu hóa' })).toBeEnabled();
  });

  it('offers no changes to the signed-in administrator’s own account', async () => {
    const self: Officer = { ...receptionist, id: administrator.id, fullName: administrator.fullName };
    server.use(http.get('*/api/officers', () => HttpResponse.json([self, leader])));
    signInAs(administrator.id);
    renderApp('/admin/officers');

    const row = await officerRow(self);
    expect(row).toHaveTextContent('Tài khoản của bạn');
    expect(within(row).queryByRole('button')).not.toBeInTheDocument();
    expect(within(await officerRow(leader)).getAllByRole('button')).toHaveLength(2);
  });
});
