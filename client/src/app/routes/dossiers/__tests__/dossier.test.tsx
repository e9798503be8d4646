import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { DossierDetail, DossierHistoryEntry } from '@/lib/api/types';
import { tokenStore } from '@/lib/auth/token-store';
import { citizen, issueTokens, processor } from '@/testing/mocks/handlers/auth';
import { UploadXhr } from '@/testing/mocks/handlers/dossier-submission';
import { buildDossierDetail, constructionRef } from '@/testing/mocks/handlers/dossiers';
import { server } from '@/testing/mocks/server';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

const signInAs = (accountId: string) => {
  tokenStore.setTokens(issueTokens(accountId));
};

const serveDossier = (dossier: DossierDetail) => {
  server.use(http.get('*/api/dossiers/:id', () => HttpResponse.json(dossier)));
};

const submitted = buildDossierDetail();
const url = `/dossiers/${submitted.id}`;

const receiveEntry: DossierHistoryEntry = {
  sequence: 2,
  action: 'Receive',
  fromStatus: 'Submitted',
  toStatus: 'Received',
  actorName: 'Hoàng Tiếp Nhận',
  at: '2026-11-20T02:00:00Z',
  note: 'Hồ sơ đầy đủ',
  fromAgency: constructionRef,
  toAgency: {
    id: '20000000-0000-4000-8000-000000000003',
    code: '000.00.22.H34',
    name: 'Sở Tư pháp',
    level: 'Department',
  },
  stepName: 'Thẩm định hồ sơ',
  stepDueAt: '2026-11-25T10:00:00Z',
  documentIds: [],
};

const received = buildDossierDetail({
  status: 'Received',
  version: 8,
  receivedAt: '2026-11-20T02:00:00Z',
  dueAt: '2026-12-04T10:00:00Z',
  currentStep: 'Thẩm định hồ sơ',
  history: [...submitted.history, receiveEntry],
  availableActions: ['StartProcessing'],
});

const actionsPanel = () => screen.findByRole('region', { name: 'Thao tác' });

describe('Dossier route (/dossiers/:id)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('shows the dossier and only the actions the API makes available', async () => {
    serveDossier(submitted);
    signInAs(processor.id);
    renderApp(url);

    expect(await screen.findByRole('heading', { level: 1, name: `Hồ sơ ${submitted.code ?? ''}` })).toBeVisible();
    expect(screen.getByText('Gia hạn giấy phép xây dựng (2.001233)')).toBeInTheDocument();
    const panel = within(await actionsPanel());
    const buttons = panel.getAllByRole('button').map((button) => button.textContent);
    expect(buttons).toEqual(['Tiếp nhận', 'Từ chối tiếp nhận', 'Yêu cầu bổ sung']);
    expect(panel.queryByRole('button', { name: 'Bắt đầu xử lý' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tải về don-de-nghi.pdf' })).toBeInTheDocument();
    // Nothing received yet: no receipt to print.
    expect(screen.queryByRole('region', { name: 'Biểu mẫu' })).not.toBeInTheDocument();
  });

  it('receives the dossier with its version and an idempotency key, then shows the new status', async () => {
    serveDossier(submitted);
    const sent: { body: unknown; key: string | null }[] = [];
    server.use(
      http.post('*/api/dossiers/:id/receive', async ({ request }) => {
        sent.push({ body: await request.json(), key: request.headers.get('Idempotency-Key') });
        return HttpResponse.json(received);
      }),
    );
    signInAs(processor.id);
    const { user } = renderApp(url);

    const panel = within(await actionsPanel());
    await user.click(panel.getByRole('button', { name: 'Tiếp nhận' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Tiếp nhận' }));
    await user.type(dialog.getByLabelText('Ghi chú'), 'Hồ sơ đầy đủ');
    await user.click(dialog.getByRole('button', { name: 'Xác nhận' }));

    expect(await screen.findByText('Đã thực hiện: Tiếp nhận.')).toBeInTheDocument();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.body).toEqual({ version: 7, note: 'Hồ sơ đầy đủ' });
    expect(sent[0]?.key).toMatch(/^[0-9a-f-]{36}$/);
    const overview = within(screen.getByRole('region', { name: /000\.00\.14\.H34-261123-0001/ }));
    expect(overview.getAllByText('Được tiếp nhận').length).toBeGreaterThan(0);
    expect(overview.getByText('Thẩm định hồ sơ')).toBeInTheDocument();
    expect(within(await actionsPanel()).getByRole('button', { name: 'Bắt đầu xử lý' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tiếp nhận' })).not.toBeInTheDocument();
    // The receipt can now be printed.
    expect(screen.getByRole('button', { name: /Mẫu 01/ })).toBeInTheDocument();
  });

  it('shows the stale-version conflict and the dossier as it now is', async () => {
    serveDossier(submitted);
    const current = buildDossierDetail({
      status: 'NotAccepted',
      version: 9,
      closingReason: 'Thiếu bản chính giấy phép',
      availableActions: [],
      history: [
        ...submitted.history,
        {
          ...receiveEntry,
          action: 'Refuse',
          toStatus: 'NotAccepted',
          actorName: 'Cán bộ khác',
          note: 'Thiếu bản chính giấy phép',
        },
      ],
    });
    server.use(
      http.post('*/api/dossiers/:id/receive', () =>
        HttpResponse.json(
          {
            type: '/problems/dossier-changed',
            title: 'The dossier has changed',
            status: 409,
            detail: 'Someone else changed the dossier.',
            current,
          },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    signInAs(processor.id);
    const { user } = renderApp(url);

    await user.click(within(await actionsPanel()).getByRole('button', { name: 'Tiếp nhận' }));
    await user.click(screen.getByRole('button', { name: 'Xác nhận' }));

    expect(await screen.findByText('Hồ sơ vừa được người khác cập nhật')).toBeInTheDocument();
    expect(screen.getAllByText('Không được tiếp nhận').length).toBeGreaterThan(0);
    expect(screen.getAllByText('Thiếu bản chính giấy phép').length).toBeGreaterThan(0);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tiếp nhận' })).not.toBeInTheDocument();
    expect(screen.getByText('Không có thao tác nào bạn có thể thực hiện lúc này.')).toBeInTheDocument();
  });

  it('shows field errors from the server next to the field and keeps the idempotency key on retry', async () => {
    serveDossier(submitted);
    const keys: (string | null)[] = [];
    server.use(
      http.post('*/api/dossiers/:id/refuse', ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        return HttpResponse.json(
          { title: 'One or more validation errors occurred.', status: 400, errors: { Reasons: ['Lý do quá ngắn.'] } },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        );
      }),
    );
    signInAs(processor.id);
    const { user } = renderApp(url);

    await user.click(within(await actionsPanel()).getByRole('button', { name: 'Từ chối tiếp nhận' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Từ chối tiếp nhận' }));
    await user.click(dialog.getByRole('button', { name: 'Xác nhận' }));
    expect(dialog.getByText('Vui lòng nhập thông tin này.')).toBeInTheDocument();
    expect(keys).toHaveLength(0);

    await user.type(dialog.getByLabelText('Lý do'), 'Thiếu');
    await user.click(dialog.getByRole('button', { name: 'Xác nhận' }));
    expect(await dialog.findByText('Lý do quá ngắn.')).toBeInTheDocument();
    expect(dialog.getByLabelText('Lý do')).toHaveAttribute('aria-invalid', 'true');
    await user.click(dialog.getByRole('button', { name: 'Xác nhận' }));
    await waitFor(() => {
      expect(keys).toHaveLength(2);
    });
    expect(keys[0]).toBe(keys[1]);
  });

  it('approves after uploading the result document and sends its id', async () => {
    serveDossier(buildDossierDetail({ ...received, status: 'Processing', availableActions: ['Approve', 'SendBack'] }));
    // jsdom's XHR cannot send a FormData body through MSW; this stand-in sends it with fetch.
    vi.stubGlobal('XMLHttpRequest', UploadXhr);
    const bodies: unknown[] = [];
    const uploads: string[] = [];
    server.use(
      http.post('*/api/dossiers/:id/documents', async ({ request }) => {
        uploads.push(await request.text());
        return HttpResponse.json(
          {
            id: '62000000-0000-4000-8000-0000000000aa',
            purpose: 'Result',
            requiredDocumentIndex: null,
            fileName: 'giay-phep.pdf',
            contentType: 'application/pdf',
            length: 8,
            digitized: false,
            uploadedAt: '2026-11-21T03:00:00Z',
          },
          { status: 201 },
        );
      }),
      http.post('*/api/dossiers/:id/approve', async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json(
          buildDossierDetail({ ...received, status: 'Processed', version: 9, availableActions: ['ReturnResult'] }),
        );
      }),
    );
    signInAs(processor.id);
    const { user } = renderApp(url);

    await user.click(within(await actionsPanel()).getByRole('button', { name: 'Phê duyệt kết quả' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Phê duyệt kết quả' }));
    expect(dialog.getByRole('radio', { name: 'Đồng ý, ban hành kết quả' })).toBeChecked();
    await user.click(dialog.getByRole('button', { name: 'Xác nhận' }));
    expect(dialog.getByText('Vui lòng tải lên tệp kết quả trước khi phê duyệt.')).toBeInTheDocument();

    const file = new File(['%PDF-1.7'], 'giay-phep.pdf', { type: 'application/pdf' });
    await user.upload(dialog.getByLabelText('Tệp kết quả'), file);
    expect(await dialog.findByText('Đã tải lên: giay-phep.pdf')).toBeInTheDocument();
    await user.click(dialog.getByRole('button', { name: 'Xác nhận' }));

    expect(await screen.findByText('Đã thực hiện: Phê duyệt kết quả.')).toBeInTheDocument();
    expect(uploads).toHaveLength(1);
    expect(uploads[0]).toMatch(/name="purpose"\r?\n\r?\nResult/);
    expect(uploads[0]).toContain('filename="giay-phep.pdf"');
    expect(bodies).toEqual([
      { version: 8, decision: 'Approved', resultDocumentId: '62000000-0000-4000-8000-0000000000aa' },
    ]);
    expect(within(await actionsPanel()).getByRole('button', { name: 'Trả kết quả' })).toBeInTheDocument();
  });

  it('assigns the step to a colleague picked by name, not by id', async () => {
    serveDossier(buildDossierDetail({ ...received, status: 'Processing', availableActions: ['Assign', 'Forward'] }));
    const sent: unknown[] = [];
    server.use(
      http.get('*/api/officers/colleagues', () =>
        HttpResponse.json([
          { id: '30000000-0000-4000-8000-000000000001', fullName: 'Lê Minh Châu', roles: ['Processor'] },
          { id: '30000000-0000-4000-8000-000000000002', fullName: 'Phạm Quốc Dũng', roles: ['Leader', 'Processor'] },
        ]),
      ),
      http.post('*/api/dossiers/:id/assign', async ({ request }) => {
        sent.push(await request.json());
        return HttpResponse.json(
          buildDossierDetail({ ...received, status: 'Processing', version: 9, availableActions: ['Forward'] }),
        );
      }),
    );
    signInAs(processor.id);
    const { user } = renderApp(url);

    await user.click(within(await actionsPanel()).getByRole('button', { name: 'Phân công' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Phân công' }));
    const picker = dialog.getByLabelText('Cán bộ được giao');
    await waitFor(() => {
      expect(within(picker).getAllByRole('option')).toHaveLength(3);
    });
    await user.selectOptions(picker, 'Phạm Quốc Dũng (Lãnh đạo, Chuyên viên)');
    await user.click(dialog.getByRole('button', { name: 'Xác nhận' }));

    expect(await screen.findByText('Đã thực hiện: Phân công.')).toBeInTheDocument();
    expect(sent).toEqual([{ version: 8, assigneeId: '30000000-0000-4000-8000-000000000002' }]);
  });

  it('shows the timeline in order with actors, notes, hand-offs and step deadlines', async () => {
    serveDossier(received);
    signInAs(processor.id);
    renderApp(url);

    const timeline = within(await screen.findByRole('list', { name: 'Quá trình xử lý' }));
    const items = timeline.getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Nộp hồ sơ');
    expect(items[0]).toHaveTextContent('Nháp → Mới đăng ký');
    expect(items[0]).toHaveTextContent('Người thực hiện: Nguyễn Văn An');
    expect(items[1]).toHaveTextContent('Tiếp nhận');
    expect(items[1]).toHaveTextContent('Mới đăng ký → Được tiếp nhận');
    expect(items[1]).toHaveTextContent('Hoàng Tiếp Nhận');
    expect(items[1]).toHaveTextContent('Chuyển từ Sở Xây dựng đến Sở Tư pháp');
    expect(items[1]).toHaveTextContent('Bước: Thẩm định hồ sơ');
    expect(items[1]).toHaveTextContent('Hạn bước: 17:00 25/11/2026');
    expect(items[1]).toHaveTextContent('Hồ sơ đầy đủ');
  });

  it('shows "chưa có mẫu này" when a form is not issued yet', async () => {
    serveDossier(received);
    signInAs(processor.id);
    const { user } = renderApp(url);

    const forms = within(await screen.findByRole('region', { name: 'Biểu mẫu' }));
    expect(forms.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Mẫu 01 – Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
      'Mẫu 06 – Phiếu kiểm soát quá trình giải quyết hồ sơ',
    ]);
    await user.click(forms.getByRole('button', { name: /Mẫu 01/ }));
    expect(await forms.findByText(/Chưa có mẫu này\./)).toBeInTheDocument();
  });

  it('links a draft back to the wizard and shows the deadline states', async () => {
    serveDossier(
      buildDossierDetail({
        code: null,
        status: 'Draft',
        availableActions: ['Submit'],
        history: [],
      }),
    );
    signInAs(citizen.id);
    renderApp(url);

    expect(await screen.findByRole('heading', { level: 1, name: 'Hồ sơ nháp' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Tiếp tục nộp hồ sơ' })).toHaveAttribute(
      'href',
      `/dossiers/new?procedureId=${submitted.procedureId}&draft=${submitted.id}`,
    );
    expect(within(await actionsPanel()).getByRole('button', { name: 'Nộp hồ sơ' })).toBeInTheDocument();
  });

  it('shows the paused clock, the overdue badge and the new appointment next to the original due date', async () => {
    serveDossier(
      buildDossierDetail({
        ...received,
        clockPaused: true,
        isOverdue: true,
        appointmentAt: '2026-12-10T10:00:00Z',
        apologyReason: 'Cần thêm thời gian thẩm định',
        pendingRequest: 'Bổ sung bản vẽ hiện trạng',
      }),
    );
    signInAs(processor.id);
    renderApp(url);

    const deadlines = within(await screen.findByRole('region', { name: /Thời hạn/ }));
    expect(deadlines.getByText('Đang tạm dừng')).toBeInTheDocument();
    expect(deadlines.getByText('Quá hạn')).toBeInTheDocument();
    expect(deadlines.getByText('17:00 04/12/2026')).toBeInTheDocument();
    expect(deadlines.getByText('17:00 10/12/2026')).toBeInTheDocument();
    expect(deadlines.getByText('Cần thêm thời gian thẩm định')).toBeInTheDocument();
    expect(screen.getByText('Bổ sung bản vẽ hiện trạng')).toBeInTheDocument();
  });

  it('shows the not-found message for an unknown dossier and access denied on 403', async () => {
    server.use(
      http.get('*/api/dossiers/:id', () =>
        HttpResponse.json(
          { title: 'Not Found', status: 404 },
          { status: 404, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    signInAs(processor.id);
    const { unmount } = renderApp(url);
    expect(await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy hồ sơ' })).toBeVisible();
    unmount();

    server.use(
      http.get('*/api/dossiers/:id', () =>
        HttpResponse.json(
          { title: 'Forbidden', status: 403 },
          { status: 403, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    renderApp(url);
    expect(await screen.findByText('Không có quyền truy cập')).toBeInTheDocument();
  });
});
