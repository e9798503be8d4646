import { describe, expect, it } from 'vitest';

import { publicFeedbackItems } from '@/testing/mocks/handlers/feedback';
import { recordRequests, renderApp, screen, waitFor, within } from '@/testing/test-utils';

const list = () => screen.findByRole('list', { name: 'Danh sách phản ánh, kiến nghị' });
const items = async () => within(await list()).getAllByRole('listitem');

describe('Public feedback (/feedback and /feedback/public/:code)', () => {
  it('lists published feedback with their state, masked names, and "load more" for the next page', async () => {
    const { user } = renderApp('/feedback');

    expect(await screen.findByRole('heading', { level: 1, name: 'Phản ánh, kiến nghị' })).toBeVisible();
    expect(await items()).toHaveLength(20);
    const first = (await items())[0]!;
    expect(within(first).getByRole('link', { name: 'Phản ánh về thủ tục số 0001' })).toHaveAttribute(
      'href',
      '/feedback/public/PAKN-261124-0001',
    );
    expect(first).toHaveTextContent('Trần T. H.');
    expect(first).toHaveTextContent('Đã trả lời');
    expect((await items())[4]).toHaveTextContent('Đang xem xét lại');
    expect(screen.getByRole('link', { name: 'Gửi phản ánh, kiến nghị' })).toHaveAttribute('href', '/feedback/new');

    await user.click(screen.getByRole('button', { name: 'Tải thêm' }));
    await waitFor(async () => {
      expect(await items()).toHaveLength(publicFeedbackItems.length);
    });
    expect(screen.queryByRole('button', { name: 'Tải thêm' })).not.toBeInTheDocument();
  });

  it('searches without diacritics and filters by answer, keeping both in the URL', async () => {
    const requests = recordRequests('/api/feedback/public');
    const { user, router } = renderApp('/feedback');
    await list();

    await user.type(screen.getByLabelText('Tìm kiếm phản ánh, kiến nghị'), 'dat dai');
    await user.click(screen.getByRole('button', { name: 'Tìm kiếm' }));
    await waitFor(() => {
      expect(router.state.location.search).toBe('?search=dat+dai');
    });
    await waitFor(async () => {
      expect(await items()).toHaveLength(1);
    });
    expect((await items())[0]).toHaveTextContent('Đất đai: chậm cấp giấy chứng nhận');

    await user.clear(screen.getByLabelText('Tìm kiếm phản ánh, kiến nghị'));
    await user.click(screen.getByRole('button', { name: 'Tìm kiếm' }));
    await user.selectOptions(screen.getByLabelText('Tình trạng trả lời'), 'Đang xem xét lại');
    await waitFor(() => {
      expect(router.state.location.search).toBe('?answered=false');
    });
    await waitFor(async () => {
      expect(await items()).toHaveLength(5);
    });
    expect(requests.at(-1)?.searchParams.get('answered')).toBe('false');
    expect(requests.at(-1)?.searchParams.has('search')).toBe(false);
  });

  it('says so when nothing matches', async () => {
    renderApp('/feedback?search=khong-co-gi');
    expect(await screen.findByText('Không có phản ánh, kiến nghị phù hợp')).toBeInTheDocument();
  });

  it('shows one published feedback with its answer and the answer’s files', async () => {
    renderApp('/feedback/public/PAKN-261124-0001');

    expect(await screen.findByRole('heading', { level: 1, name: 'Phản ánh về thủ tục số 0001' })).toBeVisible();
    const question = within(screen.getByRole('region', { name: 'Nội dung phản ánh' }));
    expect(question.getByText('Trần T. H.')).toBeInTheDocument();
    expect(question.getByText(/số điện thoại \*\*\*/)).toBeInTheDocument();
    const answer = within(screen.getByRole('region', { name: 'Trả lời của cơ quan' }));
    expect(answer.getByText('Hồ sơ của bà đã được giải quyết ngày 01/12/2026.')).toBeInTheDocument();
    expect(answer.getByText(/Sở Xây dựng trả lời ngày/)).toBeInTheDocument();
  });

  it('says when a code is not published', async () => {
    renderApp('/feedback/public/PAKN-000000-9999');
    expect(await screen.findByRole('heading', { name: 'Không tìm thấy phản ánh, kiến nghị' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Danh sách phản ánh, kiến nghị' })).toHaveAttribute('href', '/feedback');
  });
});
