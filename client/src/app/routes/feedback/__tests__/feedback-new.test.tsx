import { http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { tokenStore } from '@/lib/auth/token-store';
import { citizen, issueTokens } from '@/testing/mocks/handlers/auth';
import { UploadXhr } from '@/testing/mocks/handlers/dossier-submission';
import { feedbackSubmissions } from '@/testing/mocks/handlers/feedback';
import { server } from '@/testing/mocks/server';
import { validationProblem } from '@/testing/mocks/utils';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

const form = () => screen.getByRole('main');

describe('Feedback form (/feedback/new)', () => {
  beforeEach(() => {
    // jsdom's XHR cannot send a FormData body through MSW; this stand-in sends it with fetch.
    vi.stubGlobal('XMLHttpRequest', UploadXhr);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('marks the missing fields next to them and sends nothing', async () => {
    const { user } = renderApp('/feedback/new');
    const main = within(form());
    await user.click(await main.findByRole('button', { name: 'Gửi phản ánh, kiến nghị' }));

    expect(main.getByText('Vui lòng kiểm tra lại các thông tin được đánh dấu.')).toBeInTheDocument();
    expect(main.getByLabelText('Tiêu đề')).toHaveAttribute('aria-invalid', 'true');
    expect(main.getByText('Vui lòng nhập tiêu đề.')).toBeInTheDocument();
    expect(main.getByText('Vui lòng nhập nội dung phản ánh, kiến nghị.')).toBeInTheDocument();
    expect(main.getByText('Vui lòng chọn loại phản ánh, kiến nghị.')).toBeInTheDocument();
    expect(main.getByText('Vui lòng nhập họ và tên.')).toBeInTheDocument();
    expect(main.getByText('Vui lòng nhập số điện thoại hoặc thư điện tử.')).toBeInTheDocument();
    expect(main.getByLabelText('Số điện thoại di động')).toHaveAttribute('aria-invalid', 'true');

    await user.type(main.getByLabelText('Số điện thoại di động'), '12345');
    await user.click(main.getByRole('button', { name: 'Gửi phản ánh, kiến nghị' }));
    expect(main.getByText(/Số điện thoại di động Việt Nam bắt đầu bằng/)).toBeInTheDocument();
    expect(feedbackSubmissions()).toHaveLength(0);
  });

  it('shows the server’s field errors next to the fields', async () => {
    server.use(
      http.post('*/api/feedback', () =>
        validationProblem({ RelatedDossierCode: ['A dossier code reads like 000.00.15.H56-261124-0001.'] }),
      ),
    );
    const { user } = renderApp('/feedback/new');
    const main = within(form());
    await user.type(await main.findByLabelText('Tiêu đề'), 'Chậm cấp phép');
    await user.type(main.getByLabelText('Nội dung'), 'Hồ sơ nộp 30 ngày chưa có kết quả.');
    await user.click(main.getByLabelText('Về quy định hành chính, thủ tục hành chính'));
    await user.type(main.getByLabelText('Mã hồ sơ liên quan'), 'HS-123');
    await user.type(main.getByLabelText('Họ và tên'), 'Trần Thị Hoa');
    await user.type(main.getByLabelText('Thư điện tử'), 'hoa@example.vn');
    await user.click(main.getByRole('button', { name: 'Gửi phản ánh, kiến nghị' }));

    expect(await main.findByText('A dossier code reads like 000.00.15.H56-261124-0001.')).toBeInTheDocument();
    expect(main.getByLabelText('Mã hồ sơ liên quan')).toHaveAttribute('aria-invalid', 'true');
    expect(main.getByRole('alert')).toHaveTextContent('Vui lòng kiểm tra lại các thông tin được đánh dấu.');
  });

  it('sends the feedback with its files and an idempotency key, then shows the receipt and the follow-up link', async () => {
    const { user } = renderApp('/feedback/new');
    const main = within(form());
    await user.type(await main.findByLabelText('Tiêu đề'), 'Chậm cấp phép xây dựng');
    await user.type(main.getByLabelText('Nội dung'), 'Hồ sơ nộp 30 ngày chưa có kết quả.');
    await user.click(main.getByLabelText('Về hành vi, thái độ của cán bộ, công chức'));
    await waitFor(() => {
      expect(main.getByRole('option', { name: 'Sở Xây dựng' })).toBeInTheDocument();
    });
    await user.selectOptions(main.getByLabelText('Cơ quan liên quan'), 'Sở Xây dựng');
    await user.type(main.getByLabelText('Họ và tên'), 'Trần Thị Hoa');
    await user.type(main.getByLabelText('Số điện thoại di động'), '0987654321');
    await user.upload(
      main.getByLabelText('Tệp đính kèm (không bắt buộc)'),
      new File(['%PDF-1.7'], 'anh-chup.pdf', { type: 'application/pdf' }),
    );
    expect(main.getByRole('list', { name: 'Các tệp đã chọn' })).toHaveTextContent('anh-chup.pdf');
    await user.click(main.getByRole('button', { name: 'Gửi phản ánh, kiến nghị' }));

    const receipt = await main.findByRole('status', { name: 'Đã tiếp nhận phản ánh, kiến nghị của bạn' });
    expect(within(receipt).getByText('PAKN-261126-0001')).toBeInTheDocument();
    expect(within(receipt).getByText('follow-key-0001')).toBeInTheDocument();
    expect(receipt).toHaveTextContent('Hạn phân loại, chuyển xử lý');
    expect(receipt).toHaveTextContent('bạn cần cả mã phản ánh và mã theo dõi');
    expect(within(receipt).getByRole('link', { name: 'Theo dõi phản ánh này' })).toHaveAttribute(
      'href',
      '/feedback/follow?code=PAKN-261126-0001&key=follow-key-0001',
    );
    // A guest has no page of their own to open.
    expect(within(receipt).queryByRole('link', { name: 'Xem phản ánh' })).not.toBeInTheDocument();

    const [sent] = feedbackSubmissions();
    expect(sent?.fields).toEqual({
      title: 'Chậm cấp phép xây dựng',
      content: 'Hồ sơ nộp 30 ngày chưa có kết quả.',
      category: 'OfficerConduct',
      fullName: 'Trần Thị Hoa',
      phoneNumber: '0987654321',
      relatedAgencyId: '20000000-0000-4000-8000-000000000002',
    });
    expect(sent?.files).toEqual(['anh-chup.pdf']);
    expect(sent?.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('fills in the signed-in citizen’s name and contacts and links the receipt to their page', async () => {
    tokenStore.setTokens(issueTokens(citizen.id));
    const { user } = renderApp('/feedback/new');
    const main = within(form());

    expect(await main.findByLabelText('Họ và tên')).toHaveValue(citizen.fullName);
    expect(main.getByLabelText('Số điện thoại di động')).toHaveValue(citizen.phoneNumber);
    expect(main.getByLabelText('Thư điện tử')).toHaveValue(citizen.email);

    await user.type(main.getByLabelText('Tiêu đề'), 'Góp ý thủ tục');
    await user.type(main.getByLabelText('Nội dung'), 'Nên giảm bớt giấy tờ.');
    await user.click(main.getByLabelText('Về quy định hành chính, thủ tục hành chính'));
    await user.click(main.getByRole('button', { name: 'Gửi phản ánh, kiến nghị' }));

    const receipt = await main.findByRole('status', { name: 'Đã tiếp nhận phản ánh, kiến nghị của bạn' });
    expect(within(receipt).getByRole('link', { name: 'Xem phản ánh' })).toHaveAttribute(
      'href',
      '/feedback/74000000-0000-4000-8000-000000000001',
    );
  });
});
