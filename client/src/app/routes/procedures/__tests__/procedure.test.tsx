import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { buildingPermit } from '@/testing/mocks/db';
import { server } from '@/testing/mocks/server';
import { problem } from '@/testing/mocks/utils';
import { renderApp, screen, within } from '@/testing/test-utils';

const spaces = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('Procedure route (/procedures/:id)', () => {
  it('renders the procedure with its cases, fees and required documents', async () => {
    renderApp(`/procedures/${buildingPermit.id}`);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ' }),
    ).toBeInTheDocument();

    const overview = screen.getByRole('region', { name: 'Thông tin chung' });
    expect(within(overview).getByText('1.009794.000.00.00.H34')).toBeInTheDocument();
    expect(within(overview).getByText('Hoạt động xây dựng')).toBeInTheDocument();
    expect(within(overview).getByText('Cấp xã')).toBeInTheDocument();
    expect(within(overview).getByText('Ủy ban nhân dân phường Nha Trang')).toBeInTheDocument();
    expect(within(overview).getByText('Toàn trình')).toBeInTheDocument();
    expect(within(overview).getByText('Giấy phép xây dựng')).toBeInTheDocument();
    expect(within(overview).getByText(/Nghị định số 175\/2024\/NĐ-CP/)).toBeInTheDocument();
    expect(within(overview).getByText('Phiên bản 2')).toBeInTheDocument();

    const urban = screen.getByRole('region', { name: 'Nhà ở riêng lẻ tại đô thị' });
    expect(within(urban).getByText('15 ngày làm việc')).toBeInTheDocument();

    const fees = within(urban).getByRole('table', { name: 'Phí, lệ phí' });
    const feeRows = within(fees).getAllByRole('row');
    expect(feeRows).toHaveLength(2);
    expect(spaces(feeRows[1]!.textContent)).toBe('75.000 ₫Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ');

    const documents = within(urban).getByRole('table', { name: 'Thành phần hồ sơ' });
    const rows = within(documents).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(
      within(rows[0]!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['1', 'Đơn đề nghị cấp giấy phép xây dựng', 'Bản chính', '1', 'mau-01-don-de-nghi.docx']);
    expect(within(rows[1]!).getByText('Bản sao')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('Bản chính hoặc bản sao')).toBeInTheDocument();

    const rural = screen.getByRole('region', { name: 'Nhà ở riêng lẻ tại nông thôn' });
    expect(within(rural).getByText('10 ngày làm việc')).toBeInTheDocument();
    expect(within(rural).getByText('Không thu phí, lệ phí.')).toBeInTheDocument();
    expect(within(rural).queryByRole('table', { name: 'Phí, lệ phí' })).not.toBeInTheDocument();

    expect(document.title).toBe('Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ | Cổng Dịch vụ công tỉnh Khánh Hòa');
  });

  it('translates labels but not data in English', async () => {
    renderApp(`/procedures/${buildingPermit.id}`, { language: 'en' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ' }),
    ).toBeInTheDocument();
    const urban = screen.getByRole('region', { name: 'Nhà ở riêng lẻ tại đô thị' });
    expect(within(urban).getByText('15 working days')).toBeInTheDocument();
    const documents = within(urban).getByRole('table', { name: 'Required documents' });
    expect(within(documents).getByText('Original or copy')).toBeInTheDocument();
    expect(within(documents).getByText('Đơn đề nghị cấp giấy phép xây dựng')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Overview' })).toHaveTextContent('Full online');
  });

  it('shows "not found" for a 404 from the API', async () => {
    renderApp('/procedures/99999999-0000-4000-8000-000000000000');

    expect(await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy thủ tục' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Quay lại danh sách thủ tục' })).toHaveAttribute('href', '/procedures');
  });

  it('shows "not found" without calling the API for an id that is not a UUID', () => {
    renderApp('/procedures/not-a-uuid');

    expect(screen.getByRole('heading', { level: 1, name: 'Không tìm thấy thủ tục' })).toBeInTheDocument();
  });

  it('shows an error with retry when the API fails', async () => {
    let calls = 0;
    server.use(
      http.get('*/api/procedures/:id', () => {
        calls += 1;
        return calls === 1 ? problem(503, 'Service Unavailable') : HttpResponse.json(buildingPermit);
      }),
    );
    const { user } = renderApp(`/procedures/${buildingPermit.id}`);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Đã xảy ra lỗi');
    await user.click(within(alert).getByRole('button', { name: 'Thử lại' }));

    expect(await screen.findByRole('heading', { level: 1, name: buildingPermit.name })).toBeInTheDocument();
  });
});
