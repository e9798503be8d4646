import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';

import { tokenStore } from '@/lib/auth/token-store';
import { agencies } from '@/testing/mocks/db';
import { administrator, issueTokens, processor } from '@/testing/mocks/handlers/auth';
import { CLIENT_SECRET } from '@/testing/mocks/handlers/integrator-clients';
import { server } from '@/testing/mocks/server';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

const signInAs = (accountId: string) => {
  tokenStore.setTokens(issueTokens(accountId));
};

const listTitle = 'Danh sách ứng dụng tích hợp';

async function fillForm(user: ReturnType<typeof renderApp>['user']) {
  const form = within(await screen.findByRole('region', { name: 'Đăng ký ứng dụng tích hợp' }));
  await user.type(form.getByLabelText('Tên ứng dụng'), 'Hệ thống một cửa huyện');
  expect(form.queryByRole('group', { name: 'Cơ quan có hồ sơ được truy cập' })).not.toBeInTheDocument();
  await user.click(form.getByRole('checkbox', { name: 'Đọc hồ sơ' }));
  const agencyGroup = within(form.getByRole('group', { name: 'Cơ quan có hồ sơ được truy cập' }));
  await user.click(agencyGroup.getByRole('checkbox', { name: 'Sở Xây dựng' }));
  await user.click(form.getByRole('button', { name: 'Đăng ký ứng dụng' }));
  return form;
}

describe('Integrator clients route (/admin/integrator-clients)', () => {
  afterEach(() => {
    server.events.removeAllListeners();
  });

  it('lists the clients with translated scopes, agency names and status', async () => {
    signInAs(administrator.id);
    renderApp('/admin/integrator-clients');

    const table = await screen.findByRole('table', { name: listTitle });
    const active = within(table).getByRole('row', { name: /Cổng Dịch vụ công quốc gia/ });
    expect(active).toHaveTextContent('dvcqg-portal');
    expect(active).toHaveTextContent('Đọc danh mục thủ tục, Đọc hồ sơ');
    expect(active).toHaveTextContent('Sở Xây dựng');
    expect(active).toHaveTextContent('15/03/2026');
    expect(active).toHaveTextContent('Đang hoạt động');
    expect(within(active).getByRole('button', { name: 'Thu hồi' })).toBeInTheDocument();
    const revoked = within(table).getByRole('row', { name: /Ki-ốt cũ/ });
    expect(revoked).toHaveTextContent('Đã thu hồi');
    expect(within(revoked).queryByRole('button')).not.toBeInTheDocument();
  });

  it('registers a client, shows its secret once and adds it to the list', async () => {
    let sent: unknown;
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST' && request.url.endsWith('/api/integrator-clients'))
        void request
          .clone()
          .json()
          .then((body: unknown) => {
            sent = body;
          });
    });
    signInAs(administrator.id);
    const { user } = renderApp('/admin/integrator-clients');

    await fillForm(user);

    const secret = await screen.findByText(CLIENT_SECRET);
    expect(secret.closest('[role="status"]')).toHaveTextContent('Khóa bí mật này chỉ hiển thị một lần.');
    expect(secret.closest('[role="status"]')).toHaveTextContent('client-2');
    expect(sent).toEqual({
      name: 'Hệ thống một cửa huyện',
      scopes: ['dossiers.read'],
      agencyIds: [agencies[1]?.id],
    });
    const table = screen.getByRole('table', { name: listTitle });
    expect(await within(table).findByRole('row', { name: /Hệ thống một cửa huyện/ })).toHaveTextContent('Đọc hồ sơ');
    expect(table).not.toHaveTextContent(CLIENT_SECRET);
    expect(screen.getAllByText(CLIENT_SECRET)).toHaveLength(1);
  });

  it('shows the server’s field errors next to their fields', async () => {
    server.use(
      http.post('*/api/integrator-clients', () =>
        HttpResponse.json(
          {
            title: 'One or more validation errors occurred.',
            status: 400,
            errors: { 'scopes[0]': ['Unknown scope.'], agencyIds: ['Choose at least one agency.'] },
          },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    signInAs(administrator.id);
    const { user } = renderApp('/admin/integrator-clients');

    const form = await fillForm(user);

    const scopes = form.getByRole('group', { name: 'Phạm vi truy cập' });
    await waitFor(() => {
      expect(scopes).toHaveAttribute('aria-invalid', 'true');
    });
    expect(scopes).toHaveAccessibleDescription('Unknown scope.');
    expect(form.getByRole('group', { name: 'Cơ quan có hồ sơ được truy cập' })).toHaveAccessibleDescription(
      'Choose at least one agency.',
    );
    expect(form.getByLabelText('Tên ứng dụng')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('alert')).toHaveTextContent('Vui lòng kiểm tra lại các thông tin được đánh dấu.');
    expect(screen.queryByText(CLIENT_SECRET)).not.toBeInTheDocument();
  });

  it('revokes a client after confirmation and shows it as revoked', async () => {
    const revoked: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.url.endsWith('/revoke')) revoked.push(request.url);
    });
    signInAs(administrator.id);
    const { user } = renderApp('/admin/integrator-clients');

    const table = await screen.findByRole('table', { name: listTitle });
    const row = within(table).getByRole('row', { name: /Cổng Dịch vụ công quốc gia/ });
    await user.click(within(row).getByRole('button', { name: 'Thu hồi' }));
    expect(revoked).toHaveLength(0);
    expect(row).toHaveTextContent('Thu hồi ứng dụng này?');
    await user.click(within(row).getByRole('button', { name: 'Xác nhận thu hồi' }));

    await waitFor(() => {
      expect(within(table).getByRole('row', { name: /Cổng Dịch vụ công quốc gia/ })).toHaveTextContent('Đã thu hồi');
    });
    expect(revoked).toEqual([
      expect.stringContaining('/api/integrator-clients/60000000-0000-4000-8000-000000000001/revoke'),
    ]);
    expect(within(table).queryByRole('button', { name: 'Thu hồi' })).not.toBeInTheDocument();
  });

  it('does not revoke when the confirmation is cancelled', async () => {
    const revoked: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.url.endsWith('/revoke')) revoked.push(request.url);
    });
    signInAs(administrator.id);
    const { user } = renderApp('/admin/integrator-clients');

    const table = await screen.findByRole('table', { name: listTitle });
    const row = within(table).getByRole('row', { name: /Cổng Dịch vụ công quốc gia/ });
    await user.click(within(row).getByRole('button', { name: 'Thu hồi' }));
    await user.click(within(row).getByRole('button', { name: 'Hủy' }));

    expect(row).toHaveTextContent('Đang hoạt động');
    expect(within(row).getByRole('button', { name: 'Thu hồi' })).toBeInTheDocument();
    expect(revoked).toHaveLength(0);
  });

  it('tells a signed-in officer without the Administrator role there is no access', async () => {
    signInAs(processor.id);
    renderApp('/admin/integrator-clients');

    expect(await screen.findByRole('alert')).toHaveTextContent('Không có quyền truy cập');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Đăng ký ứng dụng tích hợp' })).not.toBeInTheDocument();
  });

  it('sends a signed-out visitor to sign in', async () => {
    const { router } = renderApp('/admin/integrator-clients');

    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/sign-in');
    });
    expect(router.state.location.search).toBe('?redirectTo=%2Fadmin%2Fintegrator-clients');
  });
});
