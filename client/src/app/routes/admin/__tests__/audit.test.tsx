import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { tokenStore } from '@/lib/auth/token-store';
import { createPage } from '@/testing/data-generators';
import { administrator, issueTokens, processor } from '@/testing/mocks/handlers/auth';
import { server } from '@/testing/mocks/server';
import { validationProblem } from '@/testing/mocks/utils';
import { captureGet, createGate, renderApp, screen, waitFor, within } from '@/testing/test-utils';

const signInAs = (accountId: string) => {
  tokenStore.setTokens(issueTokens(accountId));
};

const auditTable = () => screen.findByRole('table', { name: 'Các mục nhật ký' });
const filterForm = () => screen.getByRole('form', { name: 'Lọc nhật ký' });
type Row = HTMLTableRowElement;

/** The table's body rows (without the header row). */
const bodyRows = (table: HTMLElement) => within(table).getAllByRole<Row>('row').slice(1);
/** What an entry's row says changed in one recorded property, by the property's label. */
const changed = (row: HTMLElement, label: string) =>
  within(row).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;

/** The audit page of an administrator over an empty log, with the requests it sends. */
async function renderEmptyLog() {
  const requests = captureGet('*/api/audit', createPage([], { totalCount: 0 }));
  signInAs(administrator.id);
  const rendered = renderApp('/admin/audit');
  await screen.findByText('Không có mục nhật ký nào phù hợp');
  return { ...rendered, requests };
}

async function filterByDays(user: ReturnType<typeof renderApp>['user'], from: string, to: string) {
  await user.type(within(filterForm()).getByLabelText('Từ ngày'), from);
  await user.type(within(filterForm()).getByLabelText('Đến ngày'), to);
  await user.click(within(filterForm()).getByRole('button', { name: 'Lọc' }));
}

describe('Audit log route (/admin/audit)', () => {
  it('lists the newest entries first: local time, actor, IP, action and what changed', async () => {
    signInAs(administrator.id);
    renderApp('/admin/audit');

    const table = await auditTable();
    expect(screen.getByRole('heading', { level: 1, name: 'Nhật ký hệ thống' })).toBeInTheDocument();
    expect(screen.getByText('Tìm thấy 25 mục')).toBeInTheDocument();
    const rows = bodyRows(table);
    expect(rows).toHaveLength(20);
    const [calendar, roles, failed, created] = rows as [Row, Row, Row, Row, ...Row[]];

    // 04:00 UTC is 11:00 in Khánh Hòa; an entry without an address says so; nested documents are shortened.
    expect(calendar).toHaveTextContent('11:00:00 23/03/2026');
    expect(calendar).toHaveTextContent('Cập nhật lịch làm việc');
    expect(calendar).toHaveTextContent('Không rõ');
    expect(within(calendar).getByText('Xem toàn bộ')).toBeInTheDocument();

    expect(roles).toHaveTextContent('10:00:05 23/03/2026');
    expect(roles).toHaveTextContent(administrator.fullName);
    expect(roles).toHaveTextContent('10.0.0.5');
    expect(roles).toHaveTextContent('Thay đổi vai trò cán bộ');
    expect(changed(roles, 'Vai trò')).toBe('Lãnh đạo, Chuyên viên');
    expect(changed(roles, 'Cán bộ')).toBe('Đỗ Lãnh Đạo');

    expect(failed).toHaveTextContent('Không xác định');
    expect(failed).toHaveTextContent('198.51.100.23');
    expect(failed).toHaveTextContent('Đăng nhập không thành công');
    expect(changed(failed, 'Lý do')).toBe('Tài khoản không tồn tại');

    expect(created).toHaveTextContent('Tạo tài khoản cán bộ');
    expect(changed(created, 'Cơ quan')).toBe('Sở Xây dựng');
  });

  it('pages through the log, keeping the page in the URL', async () => {
    signInAs(administrator.id);
    const { user, router } = renderApp('/admin/audit');

    await auditTable();
    const pagination = screen.getByRole('navigation', { name: 'Phân trang' });
    expect(pagination).toHaveTextContent('Trang 1 / 2');
    await user.click(within(pagination).getByRole('button', { name: /Trang sau/ }));

    await waitFor(() => {
      expect(screen.getByRole('navigation', { name: 'Phân trang' })).toHaveTextContent('Trang 2 / 2');
    });
    expect(router.state.location.search).toBe('?page=2');
    const rows = bodyRows(await auditTable());
    expect(rows).toHaveLength(5);
    // The oldest entry, the processor's sign-in on 1 March at 08:00.
    expect(rows.at(-1)).toHaveTextContent('08:00:00 01/03/2026');
    expect(rows.at(-1)).toHaveTextContent('Đăng nhập thành công');
  });

  it('filters by action and actor through the URL, back on the first page', async () => {
    signInAs(administrator.id);
    const { user, router } = renderApp('/admin/audit?page=2');

    await auditTable();
    await user.selectOptions(within(filterForm()).getByLabelText('Hành động'), 'Thay đổi vai trò cán bộ');
    await user.selectOptions(
      within(filterForm()).getByLabelText('Người thực hiện'),
      `${administrator.fullName} (${administrator.email})`,
    );
    await user.click(within(filterForm()).getByRole('button', { name: 'Lọc' }));

    await waitFor(() => {
      expect(screen.getByText('Tìm thấy 1 mục')).toBeInTheDocument();
    });
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
      action: 'officer.roles',
      actorId: administrator.id,
    });
    const rows = bodyRows(await auditTable());
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('Thay đổi vai trò cán bộ');
    expect(screen.queryByRole('navigation', { name: 'Phân trang' })).not.toBeInTheDocument();

    await user.click(within(filterForm()).getByRole('button', { name: 'Xóa bộ lọc' }));
    await waitFor(() => {
      expect(screen.getByText('Tìm thấy 25 mục')).toBeInTheDocument();
    });
    expect(router.state.location.search).toBe('');
    expect(within(filterForm()).getByLabelText('Hành động')).toHaveValue('');
  });

  it('sends the chosen days as instants of the province’s days, the end day included', async () => {
    const { requests, user, router } = await renderEmptyLog();
    await filterByDays(user, '2026-03-22', '2026-03-23');

    await waitFor(() => {
      expect(router.state.location.search).toBe('?from=2026-03-22&to=2026-03-23');
    });
    await waitFor(() => {
      expect(requests.at(-1)?.searchParams.get('from')).toBe('2026-03-21T17:00:00.000Z');
    });
    const last = requests.at(-1)!;
    expect(last.searchParams.get('to')).toBe('2026-03-23T17:00:00.000Z');
    expect(last.searchParams.get('pageNumber')).toBe('1');
    expect(last.searchParams.get('pageSize')).toBe('20');
  });

  it('shows only the entries of the chosen days', async () => {
    signInAs(administrator.id);
    renderApp('/admin/audit?from=2026-03-22&to=2026-03-22');

    const rows = bodyRows(await auditTable());
    // 22 March in Khánh Hòa: from 17:00 UTC on the 21st (after the processor's sign-in at 01:00 UTC).
    expect(rows.map((row) => row.cells[3]?.textContent)).toEqual([
      'Đăng nhập không thành công',
      'Tạo tài khoản cán bộ',
    ]);
    expect(within(filterForm()).getByLabelText('Từ ngày')).toHaveValue('2026-03-22');
  });

  it('refuses an end day before the start day without asking the server', async () => {
    const { requests, user, router } = await renderEmptyLog();
    const count = requests.length;
    await filterByDays(user, '2026-03-22', '2026-03-20');

    expect(within(filterForm()).getByLabelText('Đến ngày')).toHaveAccessibleDescription(
      'Ngày kết thúc không được trước ngày bắt đầu.',
    );
    expect(router.state.location.search).toBe('');
    expect(requests).toHaveLength(count);
  });

  it('shows the server’s validation errors next to the filters', async () => {
    server.use(
      http.get('*/api/audit', () =>
        validationProblem({ To: ["'To' must be greater than 'From'."], PageNumber: ['Page number is too large.'] }),
      ),
    );
    signInAs(administrator.id);
    renderApp('/admin/audit?from=2026-03-22&to=2026-03-22&page=9');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Bộ lọc không hợp lệ');
    expect(alert).toHaveTextContent('Page number is too large.');
    expect(within(filterForm()).getByLabelText('Đến ngày')).toHaveAccessibleDescription(
      "'To' must be greater than 'From'.",
    );
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows an error with a retry when the log cannot be loaded', async () => {
    let fail = true;
    server.use(
      http.get('*/api/audit', () =>
        fail
          ? HttpResponse.json({ title: 'Internal Server Error', status: 500 }, { status: 500 })
          : HttpResponse.json(createPage([], { totalCount: 0 })),
      ),
    );
    signInAs(administrator.id);
    const { user } = renderApp('/admin/audit');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Không tải được dữ liệu. Vui lòng thử lại.');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Thử lại' }));

    expect(await screen.findByText('Không có mục nhật ký nào phù hợp')).toBeInTheDocument();
    expect(screen.getByText('Hãy thử bỏ bớt bộ lọc hoặc chọn khoảng thời gian khác.')).toBeInTheDocument();
  });

  it('shows a loading state while the log loads', async () => {
    const gate = createGate();
    server.use(
      http.get('*/api/audit', async () => {
        await gate.opened;
        return HttpResponse.json(createPage([], { totalCount: 0 }));
      }),
    );
    signInAs(administrator.id);
    renderApp('/admin/audit');

    expect(await screen.findByText('Đang tải nhật ký…')).toBeInTheDocument();
    gate.open();
    expect(await screen.findByText('Không có mục nhật ký nào phù hợp')).toBeInTheDocument();
  });

  it('records the officer changes made on the officers page', async () => {
    signInAs(administrator.id);
    const { user } = renderApp('/admin/officers');

    const table = await screen.findByRole('table', { name: 'Danh sách cán bộ' });
    const row = within(table).getByRole('row', { name: /Hoàng Tiếp Nhận/ });
    await user.click(within(row).getByRole('button', { name: /^Vô hiệu hóa/ }));
    await user.click(screen.getByRole('button', { name: 'Xác nhận vô hiệu hóa' }));
    await screen.findByRole('status');

    await user.click(
      within(screen.getByRole('navigation', { name: 'Điều hướng chính' })).getByRole('link', {
        name: 'Nhật ký hệ thống',
      }),
    );

    const [latest] = bodyRows(await auditTable()) as [Row, ...Row[]];
    expect(latest).toHaveTextContent('Vô hiệu hóa tài khoản cán bộ');
    expect(latest).toHaveTextContent(administrator.fullName);
    expect(changed(latest, 'Cán bộ')).toBe('Hoàng Tiếp Nhận');
    expect(changed(latest, 'Đang hoạt động')).toBe('Không');
  });

  it('speaks English when asked', async () => {
    signInAs(administrator.id);
    renderApp('/admin/audit', { language: 'en' });

    const table = await screen.findByRole('table', { name: 'Audit entries' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Time', 'Done by', 'IP address', 'Action', 'What changed']);
    expect(bodyRows(table)[0]).toHaveTextContent('23/03/2026, 11:00:00');
    expect(bodyRows(table)[1]).toHaveTextContent('Officer roles changed');
  });

  it('tells a signed-in officer without the Administrator role there is no access', async () => {
    signInAs(processor.id);
    renderApp('/admin/audit');

    expect(await screen.findByRole('alert')).toHaveTextContent('Không có quyền truy cập');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('sends a signed-out visitor to sign in and back to the same filters', async () => {
    const { router } = renderApp('/admin/audit?action=sign-in.failed');

    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/sign-in');
    });
    expect(new URLSearchParams(router.state.location.search).get('redirectTo')).toBe(
      '/admin/audit?action=sign-in.failed',
    );
  });
});
