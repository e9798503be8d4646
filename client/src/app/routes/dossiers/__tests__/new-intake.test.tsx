import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { CreateDossierRequest } from '@/lib/api/types';
import { tokenStore } from '@/lib/auth/token-store';
import { birthRegistration } from '@/testing/mocks/db';
import { citizen, issueTokens, processor } from '@/testing/mocks/handlers/auth';
import { resetDossierSubmissionDb, UploadXhr } from '@/testing/mocks/handlers/dossier-submission';
import { server } from '@/testing/mocks/server';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

/** The processor's session, presented by /api/auth/me as a receptionist's. */
const signInAsReceptionist = () => {
  tokenStore.setTokens(issueTokens(processor.id));
  server.use(
    http.get('*/api/auth/me', () =>
      HttpResponse.json({
        id: processor.id,
        fullName: 'Hoàng Tiếp Nhận',
        email: 'receptionist@example.vn',
        phoneNumber: null,
        citizenId: null,
        roles: ['Receptionist'],
      }),
    ),
  );
};

const mainNav = () => screen.getByRole('navigation', { name: 'Điều hướng chính' });

describe('Counter intake (/workspace/intake)', () => {
  beforeEach(() => {
    resetDossierSubmissionDb();
    vi.stubGlobal('XMLHttpRequest', UploadXhr);
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    server.events.removeAllListeners();
  });

  it('lets a receptionist record, scan and submit a walk-in dossier', async () => {
    const created: CreateDossierRequest[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST' && new URL(request.url).pathname === '/api/dossiers')
        void request
          .clone()
          .json()
          .then((body) => created.push(body as CreateDossierRequest));
    });
    signInAsReceptionist();
    const { user } = renderApp('/workspace/intake');

    expect(await within(mainNav()).findByRole('link', { name: 'Tiếp nhận tại quầy' })).toHaveAttribute(
      'href',
      '/workspace/intake',
    );
    await user.type(await screen.findByLabelText('Tìm thủ tục theo tên hoặc mã'), 'khai sinh');
    await user.click(screen.getByRole('button', { name: 'Tìm kiếm' }));
    await user.click(
      await screen.findByRole('radio', { name: `${birthRegistration.name} (${birthRegistration.code})` }),
    );

    // Step 1: the only case and agency are chosen already.
    await user.click(await screen.findByRole('button', { name: 'Tiếp tục' }));

    // Step 2: nothing prefilled; the channel is chosen here.
    const fullName = await screen.findByLabelText('Họ và tên');
    expect(fullName).toHaveValue('');
    expect(screen.getByRole('radio', { name: 'Trực tiếp tại quầy' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Qua dịch vụ bưu chính' }));
    await user.type(fullName, 'Trần Thị Bình');
    await user.type(screen.getByLabelText('Số định danh cá nhân'), '056190001111');
    await user.type(screen.getByLabelText('Số điện thoại'), '0987654321');
    await user.type(screen.getByLabelText('Địa chỉ'), 'Thôn 1, xã Cam Lâm');
    await user.click(screen.getByRole('button', { name: 'Lưu và tiếp tục' }));

    // Step 3: the scans.
    await screen.findByRole('heading', { name: 'Tải lên thành phần hồ sơ' });
    await user.upload(
      screen.getByLabelText(/Chọn tệp.*Tờ khai đăng ký khai sinh/),
      new File(['%PDF-1.7 scan'], 'to-khai.pdf', { type: 'application/pdf' }),
    );
    expect(await screen.findByText('to-khai.pdf')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    await user.click(await screen.findByRole('button', { name: 'Nộp hồ sơ' }));

    expect(await screen.findByText('Đã nộp hồ sơ')).toBeInTheDocument();
    expect(screen.getByText('000.00.15.H34-260301-0001')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Mở hồ sơ để tiếp nhận' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/dossiers\/[0-9a-f-]{36}$/),
    );
    await waitFor(() => {
      expect(created).toHaveLength(1);
    });
    expect(created[0]).toMatchObject({
      procedureId: birthRegistration.id,
      caseIndex: 0,
      channel: 'Postal',
      applicant: { fullName: 'Trần Thị Bình', identityNumber: '056190001111', kind: 'Citizen' },
      submit: false,
    });
  }, 20_000);

  it('tells a citizen there is no access and offers them no link', async () => {
    tokenStore.setTokens(issueTokens(citizen.id));
    renderApp('/workspace/intake');

    expect(await screen.findByRole('alert')).toHaveTextContent('Không có quyền truy cập');
    expect(screen.queryByLabelText('Tìm thủ tục theo tên hoặc mã')).not.toBeInTheDocument();
    expect(within(mainNav()).queryByRole('link', { name: 'Tiếp nhận tại quầy' })).not.toBeInTheDocument();
    expect(within(mainNav()).getByRole('link', { name: 'Hồ sơ của tôi' })).toHaveAttribute('href', '/dossiers');
  });

  it('tells another officer there is no access', async () => {
    tokenStore.setTokens(issueTokens(processor.id));
    renderApp('/workspace/intake');

    expect(await screen.findByRole('alert')).toHaveTextContent('Không có quyền truy cập');
  });
});
