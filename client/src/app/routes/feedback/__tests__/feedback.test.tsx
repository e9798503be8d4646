import { afterEach, describe, expect, it, vi } from 'vitest';

import type { FeedbackDetail } from '@/lib/api/types';
import { tokenStore } from '@/lib/auth/token-store';
import { createFeedbackDetail } from '@/testing/data-generators';
import { citizen, issueTokens, processor } from '@/testing/mocks/handlers/auth';
import { UploadXhr } from '@/testing/mocks/handlers/dossier-submission';
import { answeredFeedback, receivedFeedback, seedFeedback, storedFeedback } from '@/testing/mocks/handlers/feedback';
import { recordPosts, renderApp, screen, waitFor, within } from '@/testing/test-utils';

const signInAs = (accountId: string) => {
  tokenStore.setTokens(issueTokens(accountId));
};

const construction = {
  id: '20000000-0000-4000-8000-000000000002',
  code: '000.00.14.H34',
  name: 'Sở Xây dựng',
  level: 'Department',
} as const;

const actionsPanel = () => screen.findByRole('region', { name: 'Xử lý phản ánh' });
const openAction = async (user: ReturnType<typeof renderApp>['user'], name: string) => {
  await user.click(within(await actionsPanel()).getByRole('button', { name }));
  return within(screen.getByRole('dialog'));
};
const overview = () => screen.getByRole('heading', { level: 2, name: /^PAKN-/ });

const assigned = (overrides: Partial<FeedbackDetail> = {}) =>
  createFeedbackDetail({
    ...receivedFeedback,
    status: 'Assigned',
    version: 5,
    assignedAt: '2026-11-25T02:00:00Z',
    answerDueAt: '2026-12-09T10:00:00Z',
    dueAt: '2026-12-09T10:00:00Z',
    availableActions: ['Transfer', 'DraftAnswer', 'CloseNotInScope'],
    ...overrides,
  });

describe('Feedback page for officers (/feedback/:id)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('offers exactly the available actions and assigns with the category, agency and version', async () => {
    const { bodies } = recordPosts('/assign');
    signInAs(processor.id);
    const { user } = renderApp(`/feedback/${receivedFeedback.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Phản ánh PAKN-261124-0102' })).toBeVisible();
    const panel = within(await actionsPanel());
    expect(panel.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Phân loại, chuyển xử lý',
      'Kết thúc (không thuộc phạm vi)',
    ]);
    const dialog = await openAction(user, 'Phân loại, chuyển xử lý');
    expect(dialog.getByLabelText('Về quy định hành chính, thủ tục hành chính')).toBeChecked();
    await waitFor(() => {
      expect(dialog.getByLabelText('Cơ quan có thẩm quyền trả lời')).toHaveDisplayValue(
        'Ủy ban nhân dân phường Nha Trang',
      );
    });
    await user.click(dialog.getByLabelText('Cần lấy ý kiến cơ quan khác'));
    await user.click(dialog.getByRole('button', { name: 'Xác nhận' }));

    expect(await screen.findByText('Đã thực hiện: Phân loại, chuyển xử lý.')).toBeInTheDocument();
    expect(bodies()).toEqual([
      {
        version: 3,
        category: 'RegulationsAndProcedures',
        agencyId: '20000000-0000-4000-8000-000000000004',
        consultsOtherAgencies: true,
        note: null,
      },
    ]);
    expect(overview()).toHaveTextContent('Đã phân loại, chuyển xử lý');
    expect(within(await actionsPanel()).getByRole('button', { name: 'Chuyển cơ quan khác' })).toBeInTheDocument();
  });

  it('transfers to another agency with the reason, and the history shows the hop', async () => {
    seedFeedback(assigned());
    const { bodies } = recordPosts('/transfer');
    signInAs(processor.id);
    const { user } = renderApp(`/feedback/${receivedFeedback.id}`);

    const dialog = await openAction(user, 'Chuyển cơ quan khác');
    const agencySelect = dialog.getByLabelText('Chuyển đến cơ quan');
    // The agency holding it is not offered.
    expect(within(agencySelect).queryByRole('option', { name: 'Ủy ban nhân dân phường Nha Trang' })).toBeNull();
    await user.click(dialog.getByRole('button', { name: 'Xác nhận' }));
    expect(dialog.getAllByText('Vui lòng nhập thông tin này.')).toHaveLength(2);
    expect(bodies()).toHaveLength(0);

    await user.selectOptions(agencySelect, 'Sở Xây dựng');
    await user.type(dialog.getByLabelText('Lý do chuyển'), 'Thuộc thẩm quyền cấp phép của Sở');
    await user.click(dialog.getByRole('button', { name: 'Xác nhận' }));

    expect(await screen.findByText('Đã thực hiện: Chuyển cơ quan khác.')).toBeInTheDocument();
    expect(bodies()).toEqual([
      {
        version: 5,
        agencyId: construction.id,
        reason: 'Thuộc thẩm quyền cấp phép của Sở',
        consultsOtherAgencies: false,
      },
    ]);
    expect(overview()).toHaveTextContent('Đã chuyển cơ quan khác');
    const history = within(screen.getByRole('list', { name: 'Quá trình xử lý' }));
    expect(history.getAllByRole('listitem').at(-1)).toHaveTextContent(
      'Từ Ủy ban nhân dân phường Nha Trang đến Sở Xây dựng',
    );
    expect(history.getByText('Thuộc thẩm quyền cấp phép của Sở')).toBeInTheDocument();
  });

  it('closes a complaint as not in scope with the reason and where to turn', async () => {
    const { bodies } = recordPosts('/close-not-in-scope');
    signInAs(processor.id);
    const { user } = renderApp(`/feedback/${receivedFeedback.id}`);

    const dialog = await openAction(user, 'Kết thúc (không thuộc phạm vi)');
    await user.type(dialog.getByLabelText('Lý do'), 'Đây là đơn khiếu nại');
    await user.type(dialog.getByLabelText('Nơi người gửi cần liên hệ'), 'Thanh tra tỉnh, theo Luật Khiếu nại');
    await user.click(dialog.getByRole('button', { name: 'Xác nhận' }));

    expect(await screen.findByText('Phản ánh không thuộc phạm vi xử lý')).toBeInTheDocument();
    expect(screen.getByText(/Thanh tra tỉnh, theo Luật Khiếu nại/)).toBeInTheDocument();
    expect(bodies()).toEqual([
      { version: 3, reason: 'Đây là đơn khiếu nại', redirection: 'Thanh tra tỉnh, theo Luật Khiếu nại' },
    ]);
  });

  it('drafts the answer with an uploaded file and sends it for approval', async () => {
    vi.stubGlobal('XMLHttpRequest', UploadXhr);
    seedFeedback(assigned());
    const { bodies } = recordPosts('/draft-answer');
    signInAs(processor.id);
    const { user } = renderApp(`/feedback/${receivedFeedback.id}`);

    const dialog = await openAction(user, 'Soạn dự thảo trả lời');
    expect(dialog.getByText('Chưa có tệp nào.')).toBeInTheDocument();
    await user.upload(
      dialog.getByLabelText('Thêm tệp kèm theo trả lời'),
      new File(['%PDF-1.7'], 'cong-van.pdf', { type: 'application/pdf' }),
    );
    expect(await dialog.findByText('Đã tải lên: cong-van.pdf')).toBeInTheDocument();
    expect(await dialog.findByRole('list', { name: 'Tệp kèm theo trả lời' })).toHaveTextContent('cong-van.pdf');
    await user.click(dialog.getByRole('button', { name: 'Gửi dự thảo để phê duyệt' }));
    expect(dialog.getByText('Vui lòng nhập thông tin này.')).toBeInTheDocument();
    await user.type(dialog.getByLabelText('Nội dung trả lời'), 'Sở đã chỉ đạo giải quyết hồ sơ.');
    await user.click(dialog.getByRole('button', { name: 'Gửi dự thảo để phê duyệt' }));

    expect(await screen.findByText('Đã thực hiện: Soạn dự thảo trả lời.')).toBeInTheDocument();
    expect(bodies()).toEqual([{ version: 5, text: 'Sở đã chỉ đạo giải quyết hồ sơ.' }]);
    expect(storedFeedback(receivedFeedback.id)?.draft?.text).toBe('Sở đã chỉ đạo giải quyết hồ sơ.');
  });

  it('lets the leader approve and publish the draft at once', async () => {
    seedFeedback(
      assigned({
        draft: {
          text: 'Sở đã chỉ đạo giải quyết hồ sơ.',
          draftedBy: 'Lê Minh Châu',
          draftedAt: '2026-11-26T02:00:00Z',
        },
        availableActions: ['ApproveAnswer', 'ReturnDraft', 'Transfer'],
      }),
    );
    const { bodies } = recordPosts('/approve-answer');
    signInAs(processor.id);
    const { user } = renderApp(`/feedback/${receivedFeedback.id}`);

    const dialog = await openAction(user, 'Xem xét dự thảo trả lời');
    expect(dialog.getByText('Sở đã chỉ đạo giải quyết hồ sơ.')).toBeInTheDocument();
    expect(dialog.getByText(/Dự thảo của Lê Minh Châu/)).toBeInTheDocument();
    await user.click(dialog.getByRole('button', { name: 'Phê duyệt và công khai' }));

    expect(await screen.findByText('Đã thực hiện: Phê duyệt trả lời.')).toBeInTheDocument();
    expect(bodies()).toEqual([{ version: 5, publish: true }]);
    expect(overview()).toHaveTextContent('Đã công khai');
    const answer = within(screen.getByRole('region', { name: 'Trả lời của cơ quan' }));
    expect(answer.getByText('Sở đã chỉ đạo giải quyết hồ sơ.')).toBeInTheDocument();
  });

  it('lets the leader return the draft with a note, which the processor then sees', async () => {
    seedFeedback(
      assigned({
        draft: { text: 'Bản nháp', draftedBy: 'Lê Minh Châu', draftedAt: '2026-11-26T02:00:00Z' },
        availableActions: ['ApproveAnswer', 'ReturnDraft'],
      }),
    );
    const { bodies } = recordPosts('/return-draft');
    signInAs(processor.id);
    const { user } = renderApp(`/feedback/${receivedFeedback.id}`);

    const dialog = await openAction(user, 'Xem xét dự thảo trả lời');
    await user.click(dialog.getByRole('button', { name: 'Trả lại dự thảo' }));
    expect(dialog.getByText('Vui lòng nhập thông tin này.')).toBeInTheDocument();
    await user.type(dialog.getByLabelText('Ý kiến khi trả lại dự thảo'), 'Bổ sung căn cứ pháp lý');
    await user.click(dialog.getByRole('button', { name: 'Trả lại dự thảo' }));

    expect(await screen.findByText('Đã thực hiện: Trả lại dự thảo.')).toBeInTheDocument();
    expect(bodies()).toEqual([{ version: 5, note: 'Bổ sung căn cứ pháp lý' }]);
    const editor = await openAction(user, 'Soạn dự thảo trả lời');
    expect(editor.getByText('Lãnh đạo đã trả lại dự thảo')).toBeInTheDocument();
    expect(editor.getByText('Bổ sung căn cứ pháp lý')).toBeInTheDocument();
    expect(editor.getByLabelText('Nội dung trả lời')).toHaveValue('Bản nháp');
  });

  it('shows a stale-version conflict and the feedback as it now is', async () => {
    signInAs(processor.id);
    const { user } = renderApp(`/feedback/${receivedFeedback.id}`);
    const dialog = await openAction(user, 'Phân loại, chuyển xử lý');
    // Meanwhile another officer routed it.
    seedFeedback(assigned({ version: 4, availableActions: ['Transfer'] }));
    await user.click(dialog.getByRole('button', { name: 'Xác nhận' }));

    expect(await screen.findByText('Phản ánh vừa được người khác cập nhật')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(overview()).toHaveTextContent('Đã phân loại, chuyển xử lý');
    const panel = within(await actionsPanel());
    expect(panel.queryByRole('button', { name: 'Phân loại, chuyển xử lý' })).not.toBeInTheDocument();
    expect(panel.getByRole('button', { name: 'Chuyển cơ quan khác' })).toBeInTheDocument();
  });

  it('shows the signed-in submitter the answer with rating and reopening, and no officer actions', async () => {
    signInAs(citizen.id);
    renderApp(`/feedback/${answeredFeedback.id}`);

    expect(await screen.findByRole('region', { name: 'Ý kiến của bạn về câu trả lời' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Xử lý phản ánh' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Gửi đánh giá' })).toBeInTheDocument();
    expect(screen.getByText('Hạn yêu cầu xem xét lại')).toBeInTheDocument();
  });
});

describe('My feedback (/feedback/mine)', () => {
  it('lists the feedback the citizen sent, with a link to each', async () => {
    signInAs(citizen.id);
    renderApp('/feedback/mine');

    const table = await screen.findByRole('table', { name: 'Phản ánh, kiến nghị của tôi' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    expect(within(rows[0]!).getByRole('link', { name: answeredFeedback.code })).toHaveAttribute(
      'href',
      `/feedback/${answeredFeedback.id}`,
    );
    expect(rows[0]).toHaveTextContent('Đã công khai');
  });

  it('sends a signed-out visitor to sign in first', async () => {
    const { router } = renderApp('/feedback/mine');
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/sign-in');
    });
  });
});
