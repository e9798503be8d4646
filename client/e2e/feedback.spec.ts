import { expect, test, type Page } from '@playwright/test';

import { signedIn } from './demo-sign-in';

// One feedback's whole story against the real API with the seeded demo province: a guest sends it naming the
// commune, the commune's officer routes it to the commune and then transfers it to the Department of
// Construction, whose processor drafts the answer and whose leader approves and publishes it; anyone reads it
// with the sender's name masked, and the guest rates the answer with the code and key of the receipt.
const COMMUNE = 'Ủy ban nhân dân phường Nha Trang';
const DEPARTMENT = 'Sở Xây dựng tỉnh Khánh Hòa';
const SENDER = 'Trần Thị Hoa';
const PHONE = '0987654321';

/** Opens the feedback page, runs one officer action from its dialog and waits for the confirmation. */
async function act(
  page: Page,
  feedbackUrl: string,
  button: string,
  done: string,
  fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
) {
  await page.goto(feedbackUrl);
  await page.getByRole('list', { name: 'Xử lý phản ánh' }).getByRole('button', { name: button, exact: true }).click();
  await fill(page.getByRole('dialog'));
  await expect(page.getByText(`Đã thực hiện: ${done}.`)).toBeVisible();
}

test.describe('feedback', () => {
  test.setTimeout(180_000);

  test('a guest’s feedback is routed, transferred, answered, published and rated', async ({ browser }) => {
    // A guest sends feedback about the commune and keeps the code and the key of the receipt.
    const guest = await (await browser.newContext()).newPage();
    await guest.goto('/feedback/new');
    const form = guest.getByRole('main');
    // Letters in the unique part: public pages blank out any run of nine or more digits.
    const title = `Chậm cấp phép xây dựng ${Date.now().toString(36)}`;
    await form.getByLabel('Tiêu đề', { exact: true }).fill(title);
    await form
      .getByLabel('Nội dung', { exact: true })
      .fill(`Hồ sơ cấp phép của tôi đã quá hạn. Xin liên hệ số ${PHONE}.`);
    await form.getByLabel('Về quy định hành chính, thủ tục hành chính', { exact: true }).check();
    await form.getByLabel('Cơ quan liên quan', { exact: true }).selectOption({ label: COMMUNE });
    await form.getByLabel('Họ và tên', { exact: true }).fill(SENDER);
    await form.getByLabel('Số điện thoại di động', { exact: true }).fill(PHONE);
    await form.getByRole('button', { name: 'Gửi phản ánh, kiến nghị', exact: true }).click();
    await expect(guest.getByText('Đã tiếp nhận phản ánh, kiến nghị của bạn')).toBeVisible();
    const code = (await guest.getByTestId('feedback-code').textContent())?.trim() ?? '';
    const key = (await guest.getByTestId('feedback-key').textContent())?.trim() ?? '';
    expect(code).not.toBe('');
    expect(key).not.toBe('');
    await expect(guest.getByRole('status').getByText(COMMUNE, { exact: true })).toBeVisible();

    // The commune's officer finds it in the inbox, routes it to the commune, then transfers it to the department.
    const commune = await signedIn(browser, 'commune.receptionist@demo.onestop.vn');
    await commune.goto('/workspace/feedback');
    await commune.getByRole('link', { name: code, exact: true }).click();
    await expect(commune).toHaveURL(/\/feedback\/[0-9a-f-]{36}$/);
    const feedbackUrl = new URL(commune.url()).pathname;
    await act(commune, feedbackUrl, 'Phân loại, chuyển xử lý', 'Phân loại, chuyển xử lý', async (dialog) => {
      await expect(dialog.getByLabel('Cơ quan có thẩm quyền trả lời', { exact: true })).toHaveValue(/.+/);
      await dialog.getByRole('button', { name: 'Xác nhận', exact: true }).click();
    });
    await act(commune, feedbackUrl, 'Chuyển cơ quan khác', 'Chuyển cơ quan khác', async (dialog) => {
      await dialog.getByLabel('Chuyển đến cơ quan', { exact: true }).selectOption({ label: DEPARTMENT });
      await dialog.getByLabel('Lý do chuyển', { exact: true }).fill('Cấp phép xây dựng thuộc thẩm quyền của Sở');
      await dialog.getByRole('button', { name: 'Xác nhận', exact: true }).click();
    });
    await expect(commune.getByText(`Từ ${COMMUNE} đến ${DEPARTMENT}`)).toBeVisible();

    // The department's processor drafts the answer with a file; its leader approves and publishes it.
    const processor = await signedIn(browser, 'processor@demo.onestop.vn');
    const answer = 'Sở Xây dựng đã chỉ đạo giải quyết hồ sơ của bà trong tuần này.';
    await act(processor, feedbackUrl, 'Soạn dự thảo trả lời', 'Soạn dự thảo trả lời', async (dialog) => {
      await dialog.getByLabel('Thêm tệp kèm theo trả lời', { exact: true }).setInputFiles({
        name: 'cong-van-tra-loi.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n% cong van tra loi\n%%EOF\n'),
      });
      await expect(dialog.getByText('Đã tải lên: cong-van-tra-loi.pdf')).toBeVisible();
      await dialog.getByLabel('Nội dung trả lời', { exact: true }).fill(answer);
      await dialog.getByRole('button', { name: 'Gửi dự thảo để phê duyệt', exact: true }).click();
    });
    const leader = await signedIn(browser, 'leader@demo.onestop.vn');
    await act(leader, feedbackUrl, 'Xem xét dự thảo trả lời', 'Phê duyệt trả lời', async (dialog) => {
      await expect(dialog.getByText(answer)).toBeVisible();
      await dialog.getByRole('button', { name: 'Phê duyệt và công khai', exact: true }).click();
    });
    await expect(leader.getByRole('heading', { level: 2, name: new RegExp(code) })).toContainText('Đã công khai');

    // Anyone reads the answer; the sender's name is masked and the phone number blanked out.
    await guest.goto('/feedback');
    await guest.getByLabel('Tìm kiếm phản ánh, kiến nghị', { exact: true }).fill(title);
    await guest.getByRole('button', { name: 'Tìm kiếm', exact: true }).click();
    await guest.getByRole('link', { name: title, exact: true }).click();
    await expect(guest).toHaveURL(new RegExp(`/feedback/public/${code.replace(/[.]/g, '\\.')}$`));
    const page = guest.getByRole('main');
    await expect(page.getByText(answer)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Tải về cong-van-tra-loi.pdf', exact: true })).toBeVisible();
    await expect(page.getByText('Trần T. H.', { exact: true })).toBeVisible();
    await expect(page).not.toContainText(SENDER);
    await expect(page).not.toContainText(PHONE);

    // The guest follows it up with the code and the key, and is satisfied with the answer.
    await guest.goto('/feedback/follow');
    await guest.getByLabel('Mã phản ánh', { exact: true }).fill(code);
    await guest.getByLabel('Mã theo dõi', { exact: true }).fill(key);
    await guest.getByRole('button', { name: 'Xem phản ánh', exact: true }).click();
    await expect(guest.getByText(answer)).toBeVisible();
    const say = guest.getByRole('region', { name: 'Ý kiến của bạn về câu trả lời' });
    await say.getByLabel('Hài lòng', { exact: true }).check();
    await say.getByLabel('Ý kiến thêm (không bắt buộc)', { exact: true }).fill('Cảm ơn Sở đã trả lời nhanh.');
    await say.getByRole('button', { name: 'Gửi đánh giá', exact: true }).click();
    await expect(guest.getByText('Cảm ơn bạn đã đánh giá.')).toBeVisible();
    await expect(say.getByRole('button', { name: 'Gửi đánh giá', exact: true })).toHaveCount(0);
    await expect(say.getByText(/Bạn có thể yêu cầu xem xét lại một lần, đến hết/)).toBeVisible();
  });
});
