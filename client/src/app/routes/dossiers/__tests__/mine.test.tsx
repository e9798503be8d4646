import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import type { DossierSummary } from '@/lib/api/types';
import { tokenStore } from '@/lib/auth/token-store';
import { citizen, issueTokens } from '@/testing/mocks/handlers/auth';
import { server } from '@/testing/mocks/server';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

const signInAsCitizen = () => {
  tokenStore.setTokens(issueTokens(citizen.id));
};

const summary = (n: number, overrides: Partial<DossierSummary> = {}): DossierSummary => ({
  id: `50000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`,
  code: `000.00.15.H34-260301-${String(n).padStart(4, '0')}`,
  status: 'Processing',
  channel: 'Online',
  procedureName: `Thủ tục số ${String(n)}`,
  caseName: 'Trường hợp chung',
  applicantName: citizen.fullName,
  createdAt: '2026-03-01T08:00:00Z',
  submittedAt: '2026-03-02T02:00:00Z',
  dueAt: '2026-03-20T10:00:00Z',
  appointmentAt: null,
  clockPaused: false,
  isOverdue: false,
  isDueSoon: false,
  paymentStatus: 'NotRequired',
  ...overrides,
});

/** Answers page 1 without a cursor and page 2 for cursor "page-2"; records the cursors asked for. */
function serveTwoPages(first: DossierSummary[], second: DossierSummary[]) {
  const cursors: (string | null)[] = [];
  server.use(
    http.get('*/api/dossiers/mine', ({ request }) => {
      const cursor = new URL(request.url).searchParams.get('cursor');
      cursors.push(cursor);
      return HttpResponse.json(
        cursor === 'page-2' ? { items: second, nextCursor: null } : { items: first, nextCursor: 'page-2' },
      );
    }),
  );
  return cursors;
}

describe('My dossiers (/dossiers)', () => {
  it('lists the dossiers with code, procedure, status, dates and the overdue badge', async () => {
    server.use(
      http.get('*/api/dossiers/mine', () =>
        HttpResponse.json({
          items: [
            summary(3, { code: null, status: 'Draft', submittedAt: null, dueAt: null }),
            summary(2, { isOverdue: true }),
            summary(1, { status: 'Returned' }),
          ],
          nextCursor: null,
        }),
      ),
    );
    signInAsCitizen();
    renderApp('/dossiers');

    const table = await screen.findByRole('table', { name: 'Hồ sơ của tôi' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);

    const [draft, overdue, returned] = rows as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(draft).getByRole('link', { name: 'Nháp' })).toHaveAttribute('href', `/dossiers/${summary(3).id}`);
    expect(draft).toHaveTextContent('Thủ tục số 3');

    expect(within(overdue).getByRole('link', { name: summary(2).code ?? '' })).toHaveAttribute(
      'href',
      `/dossiers/${summary(2).id}`,
    );
    expect(overdue).toHaveTextContent('Đang xử lý');
    expect(overdue).toHaveTextContent('02/03/2026');
    expect(overdue).toHaveTextContent('20/03/2026');
    expect(overdue).toHaveTextContent('Quá hạn');

    expect(returned).toHaveTextContent('Đã trả kết quả');
    expect(returned).not.toHaveTextContent('Quá hạn');
    expect(screen.queryByRole('button', { name: 'Tải thêm' })).not.toBeInTheDocument();
  });

  it('loads the next page with the cursor', async () => {
    const cursors = serveTwoPages([summary(2)], [summary(1)]);
    signInAsCitizen();
    const { user } = renderApp('/dossiers');

    const table = await screen.findByRole('table', { name: 'Hồ sơ của tôi' });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Tải thêm' }));

    await waitFor(() => {
      expect(within(table).getAllByRole('row')).toHaveLength(3);
    });
    expect(within(table).getByText('Thủ tục số 1')).toBeInTheDocument();
    expect(cursors).toEqual([null, 'page-2']);
    expect(screen.queryByRole('button', { name: 'Tải thêm' })).not.toBeInTheDocument();
  });

  it('shows an empty state with a link to the procedures', async () => {
    server.use(http.get('*/api/dossiers/mine', () => HttpResponse.json({ items: [], nextCursor: null })));
    signInAsCitizen();
    renderApp('/dossiers');

    expect(await screen.findByText('Bạn chưa có hồ sơ nào.')).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Tra cứu thủ tục hành chính' })).toHaveAttribute(
      'href',
      '/procedures',
    );
  });

  it('sends a signed-out visitor to sign in', async () => {
    const { router } = renderApp('/dossiers');

    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/sign-in');
    });
    expect(router.state.location.search).toBe('?redirectTo=%2Fdossiers');
  });
});
