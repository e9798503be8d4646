import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';

import type { SaveWorkingCalendarYearRequest } from '@/lib/api/types';
import { tokenStore } from '@/lib/auth/token-store';
import { administrator, issueTokens, processor } from '@/testing/mocks/handlers/auth';
import { resetCalendarDb } from '@/testing/mocks/handlers/calendar';
import { server } from '@/testing/mocks/server';
import { fireEvent, renderApp, screen, waitFor, within } from '@/testing/test-utils';

const signInAs = (accountId: string) => {
  tokenStore.setTokens(issueTokens(accountId));
};

afterEach(() => {
  resetCalendarDb();
});

const form = async () => within(await screen.findByRole('form', { name: 'Thiết lập lịch làm việc năm 2026' }));
const holidaysGroup = () => screen.getByRole('group', { name: 'Ngày nghỉ lễ, Tết' });
const month = (name: string) => within(screen.getByRole('table', { name }));

/** Records the body of every PUT /api/calendar/2026 and answers like the server would. */
function capturePut() {
  const bodies: SaveWorkingCalendarYearRequest[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'PUT' && request.url.endsWith('/api/calendar/2026'))
      void request
        .clone()
        .json()
        .then((body: unknown) => bodies.push(body as SaveWorkingCalendarYearRequest));
  });
  return bodies;
}

describe('Working calendar route (/admin/calendar)', () => {
  afterEach(() => {
    server.events.removeAllListeners();
  });

  it('shows a configured year: its hours, holidays in the list and in the month grid', async () => {
    signInAs(administrator.id);
    renderApp('/admin/calendar?year=2026');

    const editor = await form();
    expect(screen.getByText('Đã thiết lập')).toBeInTheDocument();
    expect(screen.getByLabelText('Năm')).toHaveValue('2026');
    expect(editor.getByLabelText('Bắt đầu buổi 1')).toHaveValue('07:30');
    expect(editor.getByLabelText('Kết thúc buổi 2')).toHaveValue('17:00');
    expect(editor.getByLabelText('Giờ chốt tiếp nhận')).toHaveValue('15:00');

    const holidays = within(holidaysGroup());
    expect(holidays.getByLabelText('Ngày, dòng 3')).toHaveValue('2026-02-16');
    expect(holidays.getByLabelText('Tên ngày, dòng 3')).toHaveValue('Tết Nguyên đán Bính Ngọ');
    const makeUps = within(screen.getByRole('group', { name: 'Ngày làm việc bù' }));
    expect(makeUps.getByLabelText('Ngày, dòng 1')).toHaveValue('2026-01-10');

    const february = month('Tháng 2 năm 2026');
    const tet = february.getByLabelText('16/02/2026: Tết Nguyên đán Bính Ngọ, ngày nghỉ');
    expect(tet).toHaveClass('month-calendar__day--holiday');
    expect(february.getByLabelText('21/02/2026: thứ Bảy, nghỉ cuối tuần')).toHaveClass('month-calendar__day--weekend');
    expect(february.getByLabelText('23/02/2026: thứ Hai, ngày làm việc')).toBeInTheDocument();
    expect(
      month('Tháng 1 năm 2026').getByLabelText('10/01/2026: Làm bù cho ngày 02/01/2026, ngày làm việc bù'),
    ).toHaveClass('month-calendar__day--make-up');
  });

  it('tells that a year is not configured and switches years through the URL', async () => {
    signInAs(administrator.id);
    const { user, router } = renderApp('/admin/calendar?year=2026');

    await form();
    await user.selectOptions(screen.getByLabelText('Năm'), '2027');

    expect(await screen.findByText('Chưa thiết lập')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?year=2027');
    expect(screen.getByRole('form', { name: 'Thiết lập lịch làm việc năm 2027' })).toBeInTheDocument();
    expect(screen.getByText('Chưa có ngày nghỉ lễ nào.')).toBeInTheDocument();
  });

  it('adds a holiday and saves the whole year', async () => {
    signInAs(administrator.id);
    const bodies = capturePut();
    const { user } = renderApp('/admin/calendar?year=2026');

    const editor = await form();
    await user.click(editor.getByRole('button', { name: 'Thêm ngày nghỉ' }));
    const holidays = within(holidaysGroup());
    fireEvent.change(holidays.getByLabelText('Ngày, dòng 7'), { target: { value: '2026-12-31' } });
    await user.type(holidays.getByLabelText('Tên ngày, dòng 7'), 'Nghỉ cuối năm');
    await user.click(editor.getByRole('button', { name: 'Lưu lịch làm việc' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Đã lưu lịch làm việc năm 2026');
    expect(bodies).toHaveLength(1);
    const body = bodies[0]!;
    expect(body.sessions).toEqual([
      { start: '07:30:00', end: '11:30:00' },
      { start: '13:00:00', end: '17:00:00' },
    ]);
    expect(body.cutOff).toBe('15:00:00');
    expect(body.holidays).toHaveLength(7);
    expect(body.holidays.at(-1)).toEqual({ date: '2026-12-31', name: 'Nghỉ cuối năm' });
    expect(body.makeUpWorkingDays).toEqual([{ date: '2026-01-10', name: 'Làm bù cho ngày 02/01/2026' }]);
    expect(month('Tháng 12 năm 2026').getByLabelText('31/12/2026: Nghỉ cuối năm, ngày nghỉ')).toBeInTheDocument();
  });

  it('keeps the holiday list in date order', async () => {
    signInAs(administrator.id);
    const { user } = renderApp('/admin/calendar?year=2026');

    const editor = await form();
    await user.click(editor.getByRole('button', { name: 'Thêm ngày nghỉ' }));
    const holidays = within(holidaysGroup());
    const date = holidays.getByLabelText('Ngày, dòng 7');
    fireEvent.change(date, { target: { value: '2026-03-02' } });
    fireEvent.blur(date);

    expect(holidays.getByLabelText('Ngày, dòng 5')).toHaveValue('2026-03-02');
    expect(holidays.getByLabelText('Ngày, dòng 7')).toHaveValue('2026-09-02');
  });

  it('hints at a repeated date and a date of another year before saving', async () => {
    signInAs(administrator.id);
    const { user } = renderApp('/admin/calendar?year=2026');

    const editor = await form();
    await user.click(editor.getByRole('button', { name: 'Thêm ngày nghỉ' }));
    await user.click(editor.getByRole('button', { name: 'Thêm ngày nghỉ' }));
    const holidays = within(holidaysGroup());
    fireEvent.change(holidays.getByLabelText('Ngày, dòng 7'), { target: { value: '2026-09-02' } });
    fireEvent.change(holidays.getByLabelText('Ngày, dòng 8'), { target: { value: '2027-01-01' } });

    expect(holidays.getAllByText('Ngày này đã có trong danh sách.')).toHaveLength(2);
    expect(holidays.getByLabelText('Ngày, dòng 8')).toHaveAccessibleDescription('Ngày này không thuộc năm 2026.');
  });

  it('shows the server’s 409 problem detail', async () => {
    const detail =
      'The holiday 2026-11-28 Ngày nghỉ thêm is a Saturday, already a day off; list the compensatory weekday instead.';
    server.use(
      http.put('*/api/calendar/:year', () =>
        HttpResponse.json(
          { title: 'The working calendar is not valid.', status: 409, detail },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    signInAs(administrator.id);
    const { user } = renderApp('/admin/calendar?year=2026');

    const editor = await form();
    await user.click(editor.getByRole('button', { name: 'Lưu lịch làm việc' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Không lưu được lịch làm việc');
    expect(alert).toHaveTextContent(detail);
    expect(screen.queryByText('Đã lưu lịch làm việc năm 2026')).not.toBeInTheDocument();
  });

  it('answers a holiday on a Saturday with the mock server’s rule, naming the date', async () => {
    signInAs(administrator.id);
    const { user } = renderApp('/admin/calendar?year=2026');

    const editor = await form();
    await user.click(editor.getByRole('button', { name: 'Thêm ngày nghỉ' }));
    const holidays = within(holidaysGroup());
    fireEvent.change(holidays.getByLabelText('Ngày, dòng 7'), { target: { value: '2026-11-28' } });
    await user.type(holidays.getByLabelText('Tên ngày, dòng 7'), 'Ngày nghỉ thêm');
    expect(holidays.getByText(/vốn đã là ngày nghỉ/)).toBeInTheDocument();
    await user.click(editor.getByRole('button', { name: 'Lưu lịch làm việc' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('2026-11-28');
  });

  it('shows the server’s field errors in the callout and on their rows', async () => {
    server.use(
      http.put('*/api/calendar/:year', () =>
        HttpResponse.json(
          {
            title: 'One or more validation errors occurred.',
            status: 400,
            errors: { 'Holidays[2]': ['Each day needs a name (at most 200 characters).'] },
          },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    signInAs(administrator.id);
    const { user } = renderApp('/admin/calendar?year=2026');

    const editor = await form();
    await user.click(editor.getByRole('button', { name: 'Lưu lịch làm việc' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Vui lòng kiểm tra lại các thông tin được đánh dấu.');
    expect(alert).toHaveTextContent('Ngày nghỉ, dòng 3: Each day needs a name (at most 200 characters).');
    const name = within(holidaysGroup()).getByLabelText('Tên ngày, dòng 3');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Each day needs a name (at most 200 characters).');
  });

  it('does not send a row without a name', async () => {
    signInAs(administrator.id);
    const bodies = capturePut();
    const { user } = renderApp('/admin/calendar?year=2026');

    const editor = await form();
    await user.click(editor.getByRole('button', { name: 'Thêm ngày nghỉ' }));
    fireEvent.change(within(holidaysGroup()).getByLabelText('Ngày, dòng 7'), { target: { value: '2026-12-31' } });
    await user.click(editor.getByRole('button', { name: 'Lưu lịch làm việc' }));

    await waitFor(() => {
      expect(within(holidaysGroup()).getByLabelText('Tên ngày, dòng 7')).toHaveAttribute('aria-invalid', 'true');
    });
    expect(within(holidaysGroup()).getByText('Vui lòng nhập thông tin này.')).toBeInTheDocument();
    expect(bodies).toHaveLength(0);
  });

  it('is linked from the main navigation for administrators only', async () => {
    signInAs(administrator.id);
    renderApp('/');
    const nav = () => within(screen.getByRole('navigation', { name: 'Điều hướng chính' }));
    expect(await nav().findByRole('link', { name: 'Lịch làm việc' })).toHaveAttribute('href', '/admin/calendar');
  });

  it('tells a signed-in officer without the Administrator role there is no access', async () => {
    signInAs(processor.id);
    renderApp('/admin/calendar?year=2026');

    expect(await screen.findByRole('alert')).toHaveTextContent('Không có quyền truy cập');
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('sends a signed-out visitor to sign in', async () => {
    const { router } = renderApp('/admin/calendar?year=2026');

    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/sign-in');
    });
    expect(router.state.location.search).toBe('?redirectTo=%2Fadmin%2Fcalendar%3Fyear%3D2026');
  });
});
