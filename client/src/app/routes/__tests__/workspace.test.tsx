import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { tokenStore } from '@/lib/auth/token-store';
import { citizen, issueTokens, processor } from '@/testing/mocks/handlers/auth';
import { inboxDossiers } from '@/testing/mocks/handlers/dossiers';
import { server } from '@/testing/mocks/server';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

const signInAs = (accountId: string) => {
  tokenStore.setTokens(issueTokens(accountId));
};

/** Records the inbox requests and lets the default handler answer. */
const recordInboxRequests = () => {
  const requests: URL[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (url.pathname === '/api/dossiers/inbox') requests.push(url);
  });
  return requests;
};

const table = () => screen.findByRole('table', { name: 'Danh sách hồ sơ' });
const bodyRows = (element: HTMLElement) => within(element).getAllByRole('row').slice(1);

describe('Workspace route (/workspace): the officers’ inbox', () => {
  it('shows the officer, the counts as filter chips and the first page of dossiers', async () => {
    signInAs(processor.id);
    renderApp('/workspace');

    expect(await screen.findByRole('heading', { level: 1, name: 'Không gian làm việc cán bộ' })).toBeVisible();
    const main = within(screen.getByRole('main'));
    expect(await main.findByText(processor.fullName)).toBeInTheDocument();
    expect(screen.getAllByRole('definition').some((dd) => dd.textContent === 'Chuyên viên')).toBe(true);

    const chips = within(screen.getByRole('group', { name: 'Lọc hồ sơ' }));
    expect(chips.getByRole('button', { name: 'Tất cả' })).toHaveAttribute('aria-pressed', 'true');
    expect(await chips.findByRole('button', { name: 'Được tiếp nhận (9)' })).toBeInTheDocument();
    expect(chips.getByRole('button', { name: 'Đang xử lý (8)' })).toBeInTheDocument();
    expect(chips.getByRole('button', { name: 'Sắp đến hạn (1)' })).toBeInTheDocument();
    expect(chips.getByRole('button', { name: 'Quá hạn (1)' })).toBeInTheDocument();
    expect(chips.getByRole('button', { name: 'Liên thông đến (0)' })).toBeInTheDocument();
    expect(chips.getByRole('button', { name: 'Được giao cho tôi' })).toBeInTheDocument();

    const rows = bodyRows(await table());
    expect(rows).toHaveLength(20);
    const first = inboxDossiers[0];
    expect(within(rows[0]!).getByRole('link', { name: first?.code ?? '' })).toHaveAttribute(
      'href',
      `/dossiers/${first?.id ?? ''}`,
    );
    expect(rows[0]).toHaveTextContent('Người nộp 0001');
    expect(rows[1]).toHaveTextContent('Quá hạn');
    expect(rows[2]).toHaveTextContent('Sắp đến hạn');
    // Processors do not receive dossiers at the counter.
    expect(screen.queryByRole('link', { name: 'Tiếp nhận hồ sơ tại quầy' })).not.toBeInTheDocument();
  });

  it('applies a filter: the URL changes and the request carries it', async () => {
    signInAs(processor.id);
    const requests = recordInboxRequests();
    const { user, router } = renderApp('/workspace');

    await table();
    await user.click(await screen.findByRole('button', { name: 'Quá hạn (1)' }));

    await waitFor(() => {
      expect(router.state.location.search).toBe('?overdue=true');
    });
    await waitFor(async () => {
      expect(bodyRows(await table())).toHaveLength(1);
    });
    expect(requests.at(-1)?.searchParams.get('overdue')).toBe('true');
    expect(screen.getByRole('button', { name: 'Quá hạn (1)' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: 'Đang xử lý (8)' }));
    await waitFor(() => {
      expect(router.state.location.search).toBe('?status=Processing');
    });
    await waitFor(async () => {
      expect(bodyRows(await table())).toHaveLength(8);
    });
    expect(requests.at(-1)?.searchParams.get('status')).toBe('Processing');
    expect(requests.at(-1)?.searchParams.has('overdue')).toBe(false);
  });

  it('reads the filter from the URL', async () => {
    signInAs(processor.id);
    const requests = recordInboxRequests();
    renderApp('/workspace?status=SupplementRequested');

    expect(bodyRows(await table())).toHaveLength(8);
    expect(requests[0]?.searchParams.get('status')).toBe('SupplementRequested');
    expect(await screen.findByRole('button', { name: 'Yêu cầu bổ sung giấy tờ (8)' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('loads more with the next cursor', async () => {
    signInAs(processor.id);
    const requests = recordInboxRequests();
    const { user } = renderApp('/workspace');

    expect(bodyRows(await table())).toHaveLength(20);
    await user.click(screen.getByRole('button', { name: 'Tải thêm' }));

    await waitFor(async () => {
      expect(bodyRows(await table())).toHaveLength(25);
    });
    expect(requests.at(-1)?.searchParams.get('cursor')).toBe('20');
    expect(screen.queryByRole('button', { name: 'Tải thêm' })).not.toBeInTheDocument();
  });

  it('shows an empty state', async () => {
    server.use(http.get('*/api/dossiers/inbox', () => HttpResponse.json({ items: [], nextCursor: null })));
    signInAs(processor.id);
    renderApp('/workspace');

    expect(await screen.findByText('Không có hồ sơ nào phù hợp.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows a loading state while the inbox loads', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    server.use(
      http.get('*/api/dossiers/inbox', async () => {
        await gate;
        return HttpResponse.json({ items: [], nextCursor: null });
      }),
    );
    signInAs(processor.id);
    renderApp('/workspace');

    expect(await screen.findByText('Đang tải danh sách hồ sơ…')).toBeInTheDocument();
    release();
    expect(await screen.findByText('Không có hồ sơ nào phù hợp.')).toBeInTheDocument();
  });

  it('links receptionists to the counter intake', async () => {
    server.use(
      http.get('*/api/auth/me', () =>
        HttpResponse.json({
          id: processor.id,
          fullName: 'Hoàng Tiếp Nhận',
          email: 'tiepnhan@example.vn',
          phoneNumber: null,
          citizenId: null,
          roles: ['Receptionist'],
        }),
      ),
    );
    signInAs(processor.id);
    renderApp('/workspace');

    expect(await screen.findByRole('link', { name: 'Tiếp nhận hồ sơ tại quầy' })).toHaveAttribute(
      'href',
      '/workspace/intake',
    );
  });

  it('denies citizens', async () => {
    signInAs(citizen.id);
    renderApp('/workspace');

    expect(await screen.findByText('Không có quyền truy cập')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
