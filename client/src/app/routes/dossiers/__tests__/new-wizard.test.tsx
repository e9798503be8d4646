import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { tokenStore } from '@/lib/auth/token-store';
import { buildingPermit } from '@/testing/mocks/db';
import { citizen, issueTokens } from '@/testing/mocks/handlers/auth';
import { resetDossierSubmissionDb, UploadXhr } from '@/testing/mocks/handlers/dossier-submission';
import { server } from '@/testing/mocks/server';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

const signInAsCitizen = () => {
  tokenStore.setTokens(issueTokens(citizen.id));
};

const wizardUrl = `/dossiers/new?procedureId=${buildingPermit.id}`;
const ruralCase = 'Nhà ở riêng lẻ tại nông thôn';
const applicationForm = 'Đơn đề nghị cấp giấy phép xây dựng';

const pdf = (name = 'don-de-nghi.pdf', content = '%PDF-1.7 test') =>
  new File([content], name, { type: 'application/pdf' });

type User = ReturnType<typeof renderApp>['user'];

async function chooseCase(user: User) {
  await user.click(await screen.findByRole('radio', { name: ruralCase }));
  await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
}

async function createDraft(user: User) {
  await chooseCase(user);
  await user.type(await screen.findByLabelText('Địa chỉ'), '12 Trần Phú, phường Nha Trang');
  await user.click(screen.getByRole('button', { name: 'Lưu và tiếp tục' }));
  await screen.findByRole('heading', { name: 'Tải lên thành phần hồ sơ' });
}

describe('Dossier wizard (/dossiers/new)', () => {
  beforeEach(() => {
    resetDossierSubmissionDb();
    vi.stubGlobal('XMLHttpRequest', UploadXhr);
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    server.events.removeAllListeners();
  });

  it('walks through the four steps, uploads the document and submits', async () => {
    const idempotencyKeys: string[] = [];
    server.events.on('request:start', ({ request }) => {
      const key = request.headers.get('Idempotency-Key');
      if (key) idempotencyKeys.push(key);
    });
    signInAsCitizen();
    const { user, router } = renderApp(wizardUrl);

    const stepper = await screen.findByRole('list', { name: 'Các bước nộp hồ sơ' });
    expect(within(stepper).getByText('Chọn trường hợp và cơ quan').closest('li')).toHaveAttribute(
      'aria-current',
      'step',
    );
    // The only implementing agency is chosen already.
    expect(screen.getByRole('radio', { name: 'Ủy ban nhân dân phường Nha Trang' })).toBeChecked();
    await chooseCase(user);

    // Step 2: prefilled from the account.
    expect(await screen.findByLabelText('Họ và tên')).toHaveValue(citizen.fullName);
    expect(screen.getByLabelText('Số định danh cá nhân')).toHaveValue(citizen.citizenId);
    expect(screen.getByLabelText('Số điện thoại')).toHaveValue(citizen.phoneNumber);
    expect(screen.getByLabelText('Thư điện tử')).toHaveValue(citizen.email);
    await user.click(screen.getByRole('checkbox', { name: /nộp hồ sơ thay cho người khác/ }));
    expect(screen.getByLabelText('Quan hệ với chủ hồ sơ')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /nộp hồ sơ thay cho người khác/ }));
    await user.type(screen.getByLabelText('Địa chỉ'), '12 Trần Phú, phường Nha Trang');
    await user.click(screen.getByRole('button', { name: 'Lưu và tiếp tục' }));

    // Step 3: the draft exists and can be resumed from the URL.
    await screen.findByRole('heading', { name: 'Tải lên thành phần hồ sơ' });
    expect(router.state.location.search).toMatch(/[?&]draft=[0-9a-f-]{36}/);
    await user.upload(screen.getByLabelText(new RegExp(`Chọn tệp.*${applicationForm}`)), pdf());
    const uploaded = await screen.findByRole('list', { name: `Tệp đã tải lên cho ${applicationForm}` });
    expect(uploaded).toHaveTextContent('don-de-nghi.pdf');
    expect(uploaded).toHaveTextContent('13 B');
    expect(within(uploaded).getByRole('button', { name: 'Xóa tệp don-de-nghi.pdf' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));

    // Step 4: review.
    await screen.findByRole('heading', { name: 'Kiểm tra và nộp' });
    const main = within(screen.getByRole('main'));
    expect(main.getByText(ruralCase)).toBeInTheDocument();
    expect(main.getByText(/12 Trần Phú, phường Nha Trang/)).toBeInTheDocument();
    expect(main.getByText(/don-de-nghi\.pdf/)).toBeInTheDocument();
    await user.click(await main.findByRole('button', { name: 'Nộp hồ sơ' }));

    expect(await screen.findByText('Nộp hồ sơ thành công')).toBeInTheDocument();
    expect(screen.getByText('000.00.15.H34-260301-0001')).toBeInTheDocument();
    expect(screen.getByText(/tính từ khi tiếp nhận/)).toBeInTheDocument();
    const draftId = new URLSearchParams(router.state.location.search).get('draft') ?? '';
    expect(screen.getByRole('link', { name: 'Xem hồ sơ' })).toHaveAttribute('href', `/dossiers/${draftId}`);
    expect(main.getByRole('link', { name: 'Hồ sơ của tôi' })).toHaveAttribute('href', '/dossiers');
    expect(idempotencyKeys).toHaveLength(2);
    expect(new Set(idempotencyKeys).size).toBe(2);
  }, 20_000);

  it('shows the server’s field error next to its field', async () => {
    signInAsCitizen();
    const { user } = renderApp(wizardUrl);

    await chooseCase(user);
    const identity = await screen.findByLabelText('Số định danh cá nhân');
    await user.clear(identity);
    await user.type(identity, '123');
    await user.type(screen.getByLabelText('Địa chỉ'), '12 Trần Phú');
    await user.click(screen.getByRole('button', { name: 'Lưu và tiếp tục' }));

    await waitFor(() => {
      expect(identity).toHaveAttribute('aria-invalid', 'true');
    });
    expect(identity).toHaveAccessibleDescription(expect.stringContaining('Số định danh cá nhân phải gồm 12 chữ số.'));
    expect(screen.getByLabelText('Họ và tên')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('alert')).toHaveTextContent('Vui lòng kiểm tra lại các thông tin được đánh dấu.');
  });

  it('refuses a file over 20 MB before uploading it', async () => {
    let uploads = 0;
    server.events.on('request:start', ({ request }) => {
      if (request.url.endsWith('/documents')) uploads += 1;
    });
    signInAsCitizen();
    const { user } = renderApp(wizardUrl);
    await createDraft(user);

    const big = pdf('ban-ve.pdf');
    Object.defineProperty(big, 'size', { value: 21 * 1024 * 1024 });
    const input = screen.getByLabelText(new RegExp(`Chọn tệp.*${applicationForm}`));
    await user.upload(input, big);

    expect(await screen.findByText('Tệp ban-ve.pdf vượt quá 20 MB.')).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(uploads).toBe(0);
  });

  it('shows the server’s message when it rejects a file', async () => {
    server.use(
      http.post('*/api/dossiers/:id/documents', () =>
        HttpResponse.json(
          { title: 'One or more validation errors occurred.', status: 400, errors: { file: ['Tệp không phải PDF.'] } },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    signInAsCitizen();
    const { user } = renderApp(wizardUrl);
    await createDraft(user);

    await user.upload(screen.getByLabelText(new RegExp(`Chọn tệp.*${applicationForm}`)), pdf('gia-mao.pdf'));

    expect(await screen.findByText('Tệp không phải PDF.')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: `Tệp đã tải lên cho ${applicationForm}` })).not.toBeInTheDocument();
  });

  it('asks for the missing documents before the review', async () => {
    signInAsCitizen();
    const { user } = renderApp(wizardUrl);
    await createDraft(user);

    await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Còn thiếu thành phần hồ sơ');
  });

  it('sends a signed-out visitor to sign in and back', async () => {
    const { router } = renderApp(wizardUrl);

    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/sign-in');
    });
    expect(new URLSearchParams(router.state.location.search).get('redirectTo')).toBe(wizardUrl);
  });
});
