import { describe, expect, it } from 'vitest';

import { ratingBodies, walkInInvitation, walkInToken } from '@/testing/mocks/handlers/ratings';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

const rateUrl = `/rate?code=${walkInInvitation.code}&token=${walkInToken}`;

describe('Token rating (/rate)', () => {
  it('opens the form from the code and token typed in, and says when they are wrong', async () => {
    const { user, router } = renderApp('/rate');

    expect(await screen.findByRole('heading', { level: 1, name: 'Đánh giá việc giải quyết hồ sơ' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Mở phiếu đánh giá' }));
    expect(screen.getAllByText('Vui lòng nhập thông tin này.')).toHaveLength(2);

    await user.type(screen.getByLabelText('Mã hồ sơ'), walkInInvitation.code);
    await user.type(screen.getByLabelText('Mã đánh giá'), 'SAI-MA');
    await user.click(screen.getByRole('button', { name: 'Mở phiếu đánh giá' }));
    expect(await screen.findByText('Mã hồ sơ hoặc mã đánh giá không đúng.')).toBeInTheDocument();

    await user.clear(screen.getByLabelText('Mã đánh giá'));
    await user.type(screen.getByLabelText('Mã đánh giá'), walkInToken);
    await user.click(screen.getByRole('button', { name: 'Mở phiếu đánh giá' }));
    await waitFor(() => {
      expect(router.state.location.search).toBe(`?code=${walkInInvitation.code}&token=${walkInToken}`);
    });
    expect(await screen.findByText('Đăng ký khai sinh')).toBeInTheDocument();
  });

  it('rates every criterion once with the code and the token from the receipt', async () => {
    const { user } = renderApp(rateUrl);
    const region = within(await screen.findByRole('region', { name: 'Hồ sơ được đánh giá' }));
    expect(await region.findByText('Đăng ký khai sinh')).toBeInTheDocument();
    expect(region.getByText('Đã trả kết quả')).toBeInTheDocument();

    await user.click(region.getByRole('button', { name: 'Gửi đánh giá' }));
    expect(region.getAllByText('Vui lòng chọn mức độ hài lòng.')).toHaveLength(4);
    expect(ratingBodies()).toHaveLength(0);

    await user.click(
      within(region.getByRole('group', { name: 'Thời gian giải quyết' })).getByLabelText('Rất hài lòng'),
    );
    await user.click(
      within(region.getByRole('group', { name: 'Thái độ của cán bộ, công chức' })).getByLabelText('Hài lòng'),
    );
    await user.click(within(region.getByRole('group', { name: 'Sự rõ ràng của thủ tục' })).getByLabelText('Hài lòng'));
    await user.click(within(region.getByRole('group', { name: 'Phí, lệ phí' })).getByLabelText('Không hài lòng'));
    await user.type(region.getByLabelText('Góp ý thêm (không bắt buộc)'), 'Phí hơi cao');
    await user.click(region.getByRole('button', { name: 'Gửi đánh giá' }));

    expect(await region.findByText('Cảm ơn bạn đã đánh giá.')).toBeInTheDocument();
    expect(ratingBodies()).toEqual([
      {
        code: walkInInvitation.code,
        token: walkInToken,
        time: 'VerySatisfied',
        attitude: 'Satisfied',
        clarity: 'Satisfied',
        fees: 'Dissatisfied',
        comment: 'Phí hơi cao',
      },
    ]);
    expect(region.queryByRole('button', { name: 'Gửi đánh giá' })).not.toBeInTheDocument();
  });

  it('says when the dossier has been rated already', async () => {
    const first = renderApp(rateUrl);
    const region = within(await screen.findByRole('region', { name: 'Hồ sơ được đánh giá' }));
    for (const group of [
      'Thời gian giải quyết',
      'Thái độ của cán bộ, công chức',
      'Sự rõ ràng của thủ tục',
      'Phí, lệ phí',
    ])
      await first.user.click(within(await region.findByRole('group', { name: group })).getByLabelText('Hài lòng'));
    await first.user.click(region.getByRole('button', { name: 'Gửi đánh giá' }));
    await region.findByText('Cảm ơn bạn đã đánh giá.');
    first.unmount();

    renderApp(rateUrl);
    expect(await screen.findByText('Hồ sơ này đã được đánh giá. Cảm ơn bạn.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Gửi đánh giá' })).not.toBeInTheDocument();
  });
});
