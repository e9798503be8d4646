import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { answeredFeedback, answeredFeedbackKey, seedFeedback, storedFeedback } from '@/testing/mocks/handlers/feedback';
import { server } from '@/testing/mocks/server';
import { recordPosts, renderApp, screen, waitFor, within } from '@/testing/test-utils';

const followUrl = `/feedback/follow?code=${answeredFeedback.code}&key=${answeredFeedbackKey}`;

const yourSay = () => screen.findByRole('region', { name: 'Ý kiến của bạn về câu trả lời' });

describe('Guest follow-up (/feedback/follow)', () => {
  it('opens the feedback from the code and key typed in, and says when they do not match', async () => {
    const { user, router } = renderApp('/feedback/follow');

    await user.type(await screen.findByLabelText('Mã phản ánh'), answeredFeedback.code);
    await user.type(screen.getByLabelText('Mã theo dõi'), 'sai-ma');
    await user.click(screen.getByRole('button', { name: 'Xem phản ánh' }));
    expect(await screen.findByText('Không tìm thấy phản ánh với mã và mã theo dõi đã nhập.')).toBeInTheDocument();

    await user.clear(screen.getByLabelText('Mã theo dõi'));
    await user.type(screen.getByLabelText('Mã theo dõi'), answeredFeedbackKey);
    await user.click(screen.getByRole('button', { name: 'Xem phản ánh' }));
    await waitFor(() => {
      expect(router.state.location.search).toBe(`?code=${answeredFeedback.code}&key=${answeredFeedbackKey}`);
    });
    const answer = within(await screen.findByRole('region', { name: 'Trả lời của cơ quan' }));
    expect(answer.getByText('Hồ sơ của ông đã được giải quyết ngày 01/12/2026.')).toBeInTheDocument();
    expect(answer.getByRole('button', { name: 'Tải về cong-van-tra-loi.pdf' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /PAKN-261124-0101/ })).toHaveTextContent('Đã công khai');
  });

  it('asks for the missing code or key before looking up', async () => {
    const { user } = renderApp('/feedback/follow');
    await user.click(await screen.findByRole('button', { name: 'Xem phản ánh' }));
    expect(screen.getByText('Vui lòng nhập mã phản ánh.')).toBeInTheDocument();
    expect(screen.getByText('Vui lòng nhập mã theo dõi.')).toBeInTheDocument();
  });

  it('rates the answer with the key, then shows the rating and no rating form', async () => {
    const rate = recordPosts('/rate');
    const { user } = renderApp(followUrl);

    const panel = within(await yourSay());
    await user.click(panel.getByRole('button', { name: 'Gửi đánh giá' }));
    expect(panel.getByText('Vui lòng chọn hài lòng hoặc không hài lòng.')).toBeInTheDocument();
    await user.click(panel.getByLabelText('Hài lòng'));
    await user.type(panel.getByLabelText('Ý kiến thêm (không bắt buộc)'), 'Trả lời rõ ràng');
    await user.click(panel.getByRole('button', { name: 'Gửi đánh giá' }));

    expect(await screen.findByText('Cảm ơn bạn đã đánh giá.')).toBeInTheDocument();
    expect(rate.bodies()).toEqual([
      { version: 9, satisfied: true, comment: 'Trả lời rõ ràng', key: answeredFeedbackKey },
    ]);
    expect(rate.posts[0]?.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(screen.queryByRole('button', { name: 'Gửi đánh giá' })).not.toBeInTheDocument();
    const answer = within(screen.getByRole('region', { name: 'Trả lời của cơ quan' }));
    expect(answer.getByText('Hài lòng')).toBeInTheDocument();
    expect(answer.getByText(/Trả lời rõ ràng/)).toBeInTheDocument();
  });

  it('reopens once, before the deadline it shows, with a reason', async () => {
    const reopen = recordPosts('/reopen');
    const { user } = renderApp(followUrl);

    const panel = within(await yourSay());
    expect(panel.getByText(/Bạn có thể yêu cầu xem xét lại một lần, đến hết .*01\/01\/2027/)).toBeInTheDocument();
    await user.click(panel.getByRole('button', { name: 'Gửi yêu cầu xem xét lại' }));
    expect(panel.getByText('Vui lòng nêu lý do.')).toBeInTheDocument();
    await user.type(panel.getByLabelText('Lý do yêu cầu xem xét lại'), 'Chưa trả lời đúng câu hỏi');
    await user.click(panel.getByRole('button', { name: 'Gửi yêu cầu xem xét lại' }));

    expect(await screen.findByText('Đã gửi yêu cầu xem xét lại; cơ quan sẽ trả lời lại.')).toBeInTheDocument();
    expect(reopen.bodies()).toEqual([{ version: 9, reason: 'Chưa trả lời đúng câu hỏi', key: answeredFeedbackKey }]);
    expect(storedFeedback(answeredFeedback.id)?.status).toBe('Assigned');
    expect(screen.queryByRole('button', { name: 'Gửi yêu cầu xem xét lại' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /PAKN-261124-0101/ })).toHaveTextContent('Đã phân loại, chuyển xử lý');
  });

  it('shows a stale-version conflict and the feedback as it now is', async () => {
    const { user } = renderApp(followUrl);
    const panel = within(await yourSay());
    // Meanwhile the submitter rated it in another tab.
    seedFeedback({
      ...answeredFeedback,
      version: 10,
      answers: answeredFeedback.answers.map((a) => ({ ...a, satisfied: false, ratedAt: '2026-12-05T01:00:00Z' })),
      availableActions: ['Reopen'],
    });
    await user.click(panel.getByLabelText('Không hài lòng'));
    await user.click(panel.getByRole('button', { name: 'Gửi đánh giá' }));

    expect(await screen.findByText('Phản ánh vừa được người khác cập nhật')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Gửi đánh giá' })).not.toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Trả lời của cơ quan' })).getByText('Không hài lòng'),
    ).toBeVisible();
  });

  it('shows a rate-limited look-up as such', async () => {
    server.use(
      http.get('*/api/feedback/follow/:code', () =>
        HttpResponse.json(
          { title: 'Too Many Requests', status: 429 },
          { status: 429, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    renderApp(followUrl);
    expect(await screen.findByText('Bạn đã tra cứu quá nhiều lần. Vui lòng thử lại sau ít phút.')).toBeInTheDocument();
  });
});
