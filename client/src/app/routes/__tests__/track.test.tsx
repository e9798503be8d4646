import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import type { DossierTracking } from '@/lib/api/types';
import { server } from '@/testing/mocks/server';
import { problem } from '@/testing/mocks/utils';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

const code = '000.00.15.H34-260301-0001';

const tracking: DossierTracking = {
  code,
  procedureName: 'Gia hạn giấy phép xây dựng',
  receivingAgency: 'Trung tâm Phục vụ hành chính công tỉnh',
  status: 'Processing',
  submittedAt: '2026-03-01T02:00:00Z',
  receivedAt: '2026-03-02T02:00:00Z',
  dueAt: '2026-03-16T10:00:00Z',
  appointmentAt: '2026-03-16T10:00:00Z',
  processedAt: null,
  returnedAt: null,
  timeline: [
    { at: '2026-03-01T02:00:00Z', action: 'Submit', status: 'Submitted', agency: null, step: null, stepDueAt: null },
    {
      at: '2026-03-02T02:00:00Z',
      action: 'Receive',
      status: 'Received',
      agency: 'Sở Xây dựng',
      step: 'Thẩm định hồ sơ',
      stepDueAt: '2026-03-10T10:00:00Z',
    },
  ],
};

/** Answers the look-up and records the code and identity asked for. */
function serveTracking(respond: () => Response) {
  const requests: { code: string; identity: string | null }[] = [];
  server.use(
    http.get('*/api/dossiers/track/:code', ({ request, params }) => {
      requests.push({ code: String(params.code), identity: new URL(request.url).searchParams.get('identity') });
      return respond();
    }),
  );
  return requests;
}

async function lookUp(user: ReturnType<typeof renderApp>['user'], identity = '056123456789', typeCode = true) {
  if (typeCode) await user.type(screen.getByLabelText('Mã hồ sơ'), code);
  await user.type(screen.getByLabelText('Số định danh hoặc số điện thoại'), identity);
  await user.click(screen.getByRole('button', { name: 'Tra cứu' }));
}

describe('Dossier tracking (/track)', () => {
  it('shows the status, dates and timeline of a dossier found', async () => {
    const requests = serveTracking(() => HttpResponse.json(tracking));
    const { user, router } = renderApp('/track');

    await lookUp(user, '0912345678');

    const result = await screen.findByRole('region', { name: `Hồ sơ ${code}` });
    expect(result).toHaveTextContent('Đang xử lý');
    expect(result).toHaveTextContent('Gia hạn giấy phép xây dựng');
    expect(result).toHaveTextContent('Trung tâm Phục vụ hành chính công tỉnh');
    expect(result).toHaveTextContent('16/03/2026');
    const timeline = within(result).getByRole('list', { name: 'Quá trình xử lý' });
    const steps = within(timeline).getAllByRole('listitem');
    expect(steps).toHaveLength(2);
    expect(steps[1]).toHaveTextContent('Tiếp nhận');
    expect(steps[1]).toHaveTextContent('Sở Xây dựng');
    expect(steps[1]).toHaveTextContent('Thẩm định hồ sơ');
    expect(steps[1]).toHaveTextContent('10/03/2026');
    expect(requests).toEqual([{ code, identity: '0912345678' }]);
    expect(router.state.location.search).toBe(`?code=${encodeURIComponent(code)}`);
  });

  it('prefills the code from the address (the QR code on printed forms)', async () => {
    serveTracking(() => HttpResponse.json(tracking));
    const { user } = renderApp(`/track?code=${encodeURIComponent(code)}`);

    expect(screen.getByLabelText('Mã hồ sơ')).toHaveValue(code);
    await lookUp(user, '056123456789', false);

    expect(await screen.findByRole('region', { name: `Hồ sơ ${code}` })).toBeInTheDocument();
  });

  it('says the same thing for an unknown code or a wrong identity', async () => {
    serveTracking(() => problem(404, 'Not Found', 'Dossier not found.'));
    const { user } = renderApp('/track');

    await lookUp(user);

    expect(await screen.findByRole('alert')).toHaveTextContent('Không tìm thấy hồ sơ với mã và thông tin đã nhập');
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });

  it('asks to wait when rate-limited', async () => {
    const requests = serveTracking(() => problem(429, 'Too Many Requests'));
    const { user } = renderApp('/track');

    await lookUp(user);

    expect(await screen.findByRole('alert')).toHaveTextContent('Bạn tra cứu quá nhiều lần, vui lòng thử lại sau');
    await waitFor(() => {
      expect(requests).toHaveLength(1);
    });
  });

  it('requires both the code and the identity', async () => {
    const requests = serveTracking(() => HttpResponse.json(tracking));
    const { user } = renderApp('/track');

    await user.click(screen.getByRole('button', { name: 'Tra cứu' }));

    expect(screen.getByLabelText('Mã hồ sơ')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Số định danh hoặc số điện thoại')).toHaveAttribute('aria-invalid', 'true');
    expect(requests).toHaveLength(0);
  });

  it('is linked from the main navigation for everyone', () => {
    renderApp('/');
    expect(
      within(screen.getByRole('navigation', { name: 'Điều hướng chính' })).getByRole('link', { name: 'Tra cứu hồ sơ' }),
    ).toHaveAttribute('href', '/track');
  });
});
