import { describe, expect, it } from 'vitest';

import { tokenStore } from '@/lib/auth/token-store';
import { citizen, issueTokens, processor } from '@/testing/mocks/handlers/auth';
import { inboxFeedback } from '@/testing/mocks/handlers/feedback';
import { recordRequests, renderApp, screen, waitFor, within } from '@/testing/test-utils';

const signInAs = (accountId: string) => {
  tokenStore.setTokens(issueTokens(accountId));
};

const table = () => screen.findByRole('table', { name: 'Danh sách phản ánh, kiến nghị của cơ quan' });
const bodyRows = (element: HTMLElement) => within(element).getAllByRole('row').slice(1);
const statusChips = () => within(screen.getByRole('group', { name: 'Lọc theo trạng thái' }));
const flagChips = () => within(screen.getByRole('group', { name: 'Lọc theo thời hạn và phê duyệt' }));

describe('Feedback inbox (/workspace/feedback)', () => {
  it('shows the counts as chips and the first page, with "load more" for the rest', async () => {
    signInAs(processor.id);
    const { user } = renderApp('/workspace/feedback');

    expect(await screen.findByRole('heading', { level: 1, name: 'Xử lý phản ánh, kiến nghị' })).toBeVisible();
    await screen.findByRole('group', { name: 'Lọc theo trạng thái' });
    expect(statusChips().getByRole('button', { name: 'Đang xử lý' })).toHaveAttribute('aria-pressed', 'true');
    expect(await statusChips().findByRole('button', { name: 'Mới tiếp nhận (9)' })).toBeInTheDocument();
    expect(statusChips().getByRole('button', { name: 'Đã chuyển cơ quan khác (8)' })).toBeInTheDocument();
    expect(statusChips().getByRole('button', { name: 'Đã công khai (0)' })).toBeInTheDocument();
    expect(flagChips().getByRole('button', { name: 'Chờ phê duyệt (1)' })).toBeInTheDocument();
    expect(flagChips().getByRole('button', { name: 'Sắp đến hạn (1)' })).toBeInTheDocument();
    expect(flagChips().getByRole('button', { name: 'Quá hạn (1)' })).toBeInTheDocument();

    const rows = bodyRows(await table());
    expect(rows).toHaveLength(20);
    const first = inboxFeedback[0]!;
    expect(within(rows[0]!).getByRole('link', { name: first.code })).toHaveAttribute('href', `/feedback/${first.id}`);
    expect(rows[0]).toHaveTextContent('Người gửi 0001');
    expect(rows[1]).toHaveTextContent('Quá hạn');
    expect(rows[2]).toHaveTextContent('Sắp đến hạn');
    expect(rows[4]).toHaveTextContent('Chờ phê duyệt');

    await user.click(screen.getByRole('button', { name: 'Tải thêm' }));
    await waitFor(async () => {
      expect(bodyRows(await table())).toHaveLength(25);
    });
  });

  it('combines a status, a flag and a category, keeps them in the URL and sends them', async () => {
    signInAs(processor.id);
    const requests = recordRequests('/api/feedback/inbox');
    const { user, router } = renderApp('/workspace/feedback');
    await table();

    await user.click(await statusChips().findByRole('button', { name: 'Mới tiếp nhận (9)' }));
    await waitFor(() => {
      expect(router.state.location.search).toBe('?status=Received');
    });
    await waitFor(async () => {
      expect(bodyRows(await table())).toHaveLength(9);
    });

    await user.selectOptions(screen.getByLabelText('Loại phản ánh'), 'Về hành vi, thái độ của cán bộ, công chức');
    await waitFor(() => {
      expect(router.state.location.search).toBe('?status=Received&category=OfficerConduct');
    });
    await waitFor(async () => {
      expect(bodyRows(await table())).toHaveLength(2);
    });

    await user.click(flagChips().getByRole('button', { name: 'Quá hạn (1)' }));
    await waitFor(() => {
      expect(router.state.location.search).toBe('?status=Received&category=OfficerConduct&overdue=true');
    });
    expect(await screen.findByText('Không có phản ánh, kiến nghị nào phù hợp.')).toBeInTheDocument();
    const last = requests.at(-1)?.searchParams;
    expect(last?.get('status')).toBe('Received');
    expect(last?.get('category')).toBe('OfficerConduct');
    expect(last?.get('overdue')).toBe('true');
    expect(flagChips().getByRole('button', { name: 'Quá hạn (1)' })).toHaveAttribute('aria-pressed', 'true');

    // A second click on a flag turns it off again; "open" drops the status.
    await user.click(flagChips().getByRole('button', { name: 'Quá hạn (1)' }));
    await user.click(statusChips().getByRole('button', { name: 'Đang xử lý' }));
    await waitFor(() => {
      expect(router.state.location.search).toBe('?category=OfficerConduct');
    });
  });

  it('reads the filter from the URL', async () => {
    signInAs(processor.id);
    renderApp('/workspace/feedback?awaitingApproval=true');
    await waitFor(async () => {
      expect(bodyRows(await table())).toHaveLength(1);
    });
    expect(flagChips().getByRole('button', { name: /Chờ phê duyệt/ })).toHaveAttribute('aria-pressed', 'true');
  });

  it('tells a citizen there is no access', async () => {
    signInAs(citizen.id);
    renderApp('/workspace/feedback');
    expect(await screen.findByRole('alert')).toHaveTextContent('Không có quyền truy cập');
  });
});
