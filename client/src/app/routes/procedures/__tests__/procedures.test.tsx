import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { createPage, createProcedureSummary } from '@/testing/data-generators';
import { fields, agencies } from '@/testing/mocks/db';
import { server } from '@/testing/mocks/server';
import { problem } from '@/testing/mocks/utils';
import { captureGet, renderApp, screen, waitFor, within } from '@/testing/test-utils';

const [firstField] = fields;
const commune = agencies.find((agency) => agency.level === 'Commune');

const twoProcedures = () => [
  createProcedureSummary({
    name: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ',
    code: '1.009794',
    fieldName: 'Hoạt động xây dựng',
    onlineLevel: 'FullOnline',
    minFee: 75000,
    minProcessingTime: { value: 15, unit: 'WorkingDays' },
    levels: ['Commune'],
  }),
  createProcedureSummary({
    name: 'Đăng ký khai sinh',
    code: '1.001193',
    fieldName: 'Hộ tịch',
    onlineLevel: 'None',
    minFee: 0,
    minProcessingTime: { value: 4, unit: 'WorkingHours' },
    caseCount: 1,
  }),
];

describe('Procedures route (/procedures)', () => {
  it('renders the procedures returned by the API with the total count', async () => {
    const items = twoProcedures();
    captureGet('*/api/procedures', createPage(items, { totalCount: 42 }));

    renderApp('/procedures');

    expect(await screen.findByText('Tìm thấy 42 thủ tục')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Danh sách thủ tục' });
    const cards = within(list).getAllByRole('listitem');
    expect(cards).toHaveLength(2);

    const permit = within(cards[0]!);
    expect(permit.getByRole('link', { name: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ' })).toHaveAttribute(
      'href',
      `/procedures/${items[0]!.id}`,
    );
    expect(permit.getByText('1.009794')).toBeInTheDocument();
    expect(permit.getByText('Hoạt động xây dựng')).toBeInTheDocument();
    expect(permit.getByText('Toàn trình')).toBeInTheDocument();
    expect(permit.getByText('15 ngày làm việc')).toBeInTheDocument();
    expect(permit.getByText('75.000 ₫', { normalizer: (s) => s.replace(/\s+/g, ' ') })).toBeInTheDocument();
    expect(permit.getByText('Cấp xã')).toBeInTheDocument();

    const birth = within(cards[1]!);
    expect(birth.getByText('Miễn phí')).toBeInTheDocument();
    expect(birth.getByText('4 giờ làm việc')).toBeInTheDocument();
    expect(birth.getByText('Không')).toBeInTheDocument();

    // 42 results at 20 per page.
    expect(screen.getByText('Trang 1 / 3')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Trang trước/ })).toBeDisabled();
    expect(screen.getByRole('button', { name: /Trang sau/ })).toBeEnabled();
  });

  it('shows the empty state when nothing matches', async () => {
    captureGet('*/api/procedures', createPage([], { totalCount: 0 }));

    renderApp('/procedures?q=kh%C3%B4ng%20c%C3%B3');

    expect(await screen.findByRole('heading', { name: 'Không tìm thấy thủ tục phù hợp' })).toBeInTheDocument();
    expect(screen.getByText('Tìm thấy 0 thủ tục')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Danh sách thủ tục' })).not.toBeInTheDocument();
  });

  it('shows an error with a retry button that loads the list again', async () => {
    let calls = 0;
    server.use(
      http.get('*/api/procedures', () => {
        calls += 1;
        return calls === 1
          ? problem(500, 'Internal Server Error')
          : HttpResponse.json(createPage(twoProcedures(), { totalCount: 2 }));
      }),
    );

    const { user } = renderApp('/procedures');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Không tải được dữ liệu. Vui lòng thử lại.');
    expect(screen.queryByText(/Tìm thấy/)).not.toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: 'Thử lại' }));

    expect(await screen.findByText('Tìm thấy 2 thủ tục')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(calls).toBe(2);
  });

  it('sends the search text and the chosen filters to the API and keeps them in the URL', async () => {
    const requests = captureGet('*/api/procedures', createPage(twoProcedures(), { totalCount: 2 }));

    const { user, router } = renderApp('/procedures?q=giay%20phep&pageNumber=2');
    await screen.findByText('Tìm thấy 2 thủ tục');
    expect(requests.at(-1)?.searchParams.get('q')).toBe('giay phep');
    expect(requests.at(-1)?.searchParams.get('pageNumber')).toBe('2');
    expect(requests.at(-1)?.searchParams.get('pageSize')).toBe('20');

    // The options come from /api/fields and /api/agencies.
    const fieldSelect = screen.getByRole('combobox', { name: 'Lĩnh vực' });
    await screen.findByRole('option', { name: firstField!.name });
    await user.selectOptions(fieldSelect, firstField!.name);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Cấp thực hiện' }), 'Cấp xã');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Mức độ dịch vụ công trực tuyến' }), 'Toàn trình');
    await screen.findByRole('option', { name: commune!.name });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Cơ quan thực hiện' }), commune!.name);

    await waitFor(() => {
      expect(requests.at(-1)?.searchParams.get('agencyId')).toBe(commune!.id);
    });
    const last = requests.at(-1)!.searchParams;
    expect(last.get('q')).toBe('giay phep');
    expect(last.get('fieldId')).toBe(firstField!.id);
    expect(last.get('level')).toBe('Commune');
    expect(last.get('onlineLevel')).toBe('FullOnline');
    // A filter change starts again at page 1.
    expect(last.get('pageNumber')).toBe('1');

    const url = new URLSearchParams(router.state.location.search);
    expect(Object.fromEntries(url)).toEqual({
      q: 'giay phep',
      fieldId: firstField!.id,
      level: 'Commune',
      onlineLevel: 'FullOnline',
      agencyId: commune!.id,
    });

    // A new search text keeps the filters.
    const box = screen.getByRole('searchbox', { name: 'Tìm kiếm thủ tục hành chính' });
    await user.clear(box);
    await user.type(box, 'khai sinh');
    await user.click(screen.getByRole('button', { name: 'Tìm kiếm' }));
    await waitFor(() => {
      expect(requests.at(-1)?.searchParams.get('q')).toBe('khai sinh');
    });
    expect(requests.at(-1)?.searchParams.get('level')).toBe('Commune');

    // Clearing the filters drops them from the request.
    await user.click(screen.getByRole('button', { name: 'Xóa bộ lọc' }));
    await waitFor(() => {
      expect(requests.at(-1)?.searchParams.get('level')).toBeNull();
    });
    expect(requests.at(-1)?.searchParams.get('fieldId')).toBeNull();
    expect(requests.at(-1)?.searchParams.get('q')).toBe('khai sinh');
  });

  it('moves to the next page', async () => {
    const requests = captureGet('*/api/procedures', createPage(twoProcedures(), { totalCount: 42 }));

    const { user, router } = renderApp('/procedures');
    await screen.findByText('Tìm thấy 42 thủ tục');

    await user.click(screen.getByRole('button', { name: /Trang sau/ }));

    await waitFor(() => {
      expect(requests.at(-1)?.searchParams.get('pageNumber')).toBe('2');
    });
    expect(router.state.location.search).toBe('?pageNumber=2');
  });

  it('opens with the field chosen on the home page', async () => {
    const requests = captureGet('*/api/procedures', createPage(twoProcedures()));

    renderApp(`/procedures?fieldId=${firstField!.id}`);

    await screen.findByText('Tìm thấy 2 thủ tục');
    expect(requests[0]?.searchParams.get('fieldId')).toBe(firstField!.id);
    await waitFor(() => {
      expect(screen.getByRole('combobox', { name: 'Lĩnh vực' })).toHaveValue(firstField!.id);
    });
  });
});
