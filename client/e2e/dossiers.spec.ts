import { expect, test, type Page } from '@playwright/test';

import { signedIn } from './demo-sign-in';

// The whole story of one dossier against the real API with the seeded demo province: a citizen submits with
// uploads, the Public Administration Service Center's counter receives it, the Department of Construction's
// processor asks for a supplement, the citizen supplies it, the processor forwards it, the leader signs the
// result, the counter returns it, the citizen downloads it and anyone can track it by code.
const PROCEDURE = 'Gia hạn giấy phép xây dựng';

const pdf = (text: string) => ({
  name: `${text}.pdf`,
  mimeType: 'application/pdf',
  buffer: Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`),
});

/** Opens the dossier page, runs one action from the actions panel and waits for the status it leads to. */
async function act(
  page: Page,
  dossierUrl: string,
  action: string,
  status: string,
  fill?: (panel: Page) => Promise<void>,
) {
  await page.goto(dossierUrl);
  const actions = page.getByRole('list', { name: 'Thao tác' });
  await actions.getByRole('button', { name: action, exact: true }).click();
  if (fill) await fill(page);
  await page.getByRole('button', { name: 'Xác nhận', exact: true }).click();
  await expect(page.getByText(`Đã thực hiện: ${action}.`)).toBeVisible();
  await expect(page.getByRole('main').getByText(status, { exact: true }).first()).toBeVisible();
}

test.describe('dossiers', () => {
  test.setTimeout(180_000);

  test('a dossier goes from the citizen to the counter, the department and back, and can be tracked', async ({
    browser,
  }) => {
    // The citizen submits online with the two required documents.
    const citizen = await signedIn(browser, 'citizen@demo.onestop.vn');
    await citizen.goto(`/procedures?q=${encodeURIComponent(PROCEDURE)}`);
    await citizen.getByRole('main').getByRole('link', { name: PROCEDURE, exact: true }).click();
    await citizen.getByRole('link', { name: 'Nộp hồ sơ trực tuyến', exact: true }).click();
    await citizen.getByRole('button', { name: 'Tiếp tục', exact: true }).click();
    await citizen.getByLabel('Địa chỉ', { exact: true }).fill('12 Trần Phú, Nha Trang');
    await citizen.getByRole('button', { name: 'Lưu và tiếp tục', exact: true }).click();
    const inputs = citizen.locator('input[type=file]');
    await expect(inputs).toHaveCount(2);
    await inputs.nth(0).setInputFiles(pdf('don-de-nghi'));
    await expect(citizen.getByText('don-de-nghi.pdf')).toBeVisible();
    await inputs.nth(1).setInputFiles(pdf('giay-phep-cu'));
    await expect(citizen.getByText('giay-phep-cu.pdf')).toBeVisible();
    await citizen.getByRole('button', { name: 'Tiếp tục', exact: true }).click();
    await citizen.getByRole('button', { name: 'Nộp hồ sơ', exact: true }).click();
    await expect(citizen.getByText('Nộp hồ sơ thành công')).toBeVisible();
    const code = (await citizen.locator('strong.code').textContent())?.trim() ?? '';
    expect(code).toMatch(/^000\.00\.15\.H56-\d{6}-\d{4}$/);
    await citizen.getByRole('link', { name: 'Xem hồ sơ', exact: true }).click();
    await expect(citizen).toHaveURL(/\/dossiers\/[0-9a-f-]{36}$/);
    const dossierUrl = new URL(citizen.url()).pathname;

    // The counter receives it; the department's processor takes it and asks for a supplement.
    const receptionist = await signedIn(browser, 'receptionist@demo.onestop.vn');
    await act(receptionist, dossierUrl, 'Tiếp nhận', 'Được tiếp nhận');
    const processor = await signedIn(browser, 'processor@demo.onestop.vn');
    await act(processor, dossierUrl, 'Bắt đầu xử lý', 'Đang xử lý');
    await act(processor, dossierUrl, 'Yêu cầu bổ sung', 'Yêu cầu bổ sung giấy tờ', async (page) => {
      await page.getByLabel('Nội dung yêu cầu', { exact: true }).fill('Bổ sung bản vẽ hiện trạng công trình');
    });

    // The citizen uploads the supplement; the clock resumes.
    await act(citizen, dossierUrl, 'Bổ sung hồ sơ', 'Đang xử lý', async (page) => {
      await page.locator('input[type=file]').first().setInputFiles(pdf('ban-ve-hien-trang'));
      await expect(page.getByText('Đã tải lên: ban-ve-hien-trang.pdf')).toBeVisible();
    });

    // The processor forwards it to the leader, who signs the result with the electronic licence.
    await act(processor, dossierUrl, 'Chuyển bước tiếp', 'Đang xử lý');
    const leader = await signedIn(browser, 'leader@demo.onestop.vn');
    await act(leader, dossierUrl, 'Phê duyệt kết quả', 'Đã xử lý xong', async (page) => {
      await page.getByLabel('Đồng ý, ban hành kết quả', { exact: true }).check();
      await page.getByLabel('Tệp kết quả', { exact: true }).setInputFiles(pdf('giay-phep-gia-han'));
      await expect(page.getByText('Đã tải lên: giay-phep-gia-han.pdf')).toBeVisible();
    });

    // The counter hands the result over.
    await act(receptionist, dossierUrl, 'Trả kết quả', 'Đã trả kết quả', async (page) => {
      await page.getByRole('group', { name: 'Hình thức trả kết quả' }).getByLabel('Tại quầy', { exact: true }).check();
    });

    // The citizen downloads the result and sees the whole timeline.
    await citizen.goto(dossierUrl);
    await expect(citizen.getByRole('main').getByText('Đã trả kết quả', { exact: true }).first()).toBeVisible();
    const download = citizen.waitForEvent('download');
    await citizen.getByRole('button', { name: 'Tải về giay-phep-gia-han.pdf', exact: true }).click();
    expect((await download).suggestedFilename()).toBe('giay-phep-gia-han.pdf');
    const timeline = citizen.getByRole('region', { name: 'Quá trình xử lý' });
    for (const step of [
      'Nộp hồ sơ',
      'Tiếp nhận',
      'Yêu cầu bổ sung',
      'Bổ sung hồ sơ',
      'Chuyển bước tiếp',
      'Phê duyệt kết quả',
      'Trả kết quả',
    ]) {
      await expect(timeline.getByText(step, { exact: true }).first()).toBeVisible();
    }

    // Anyone tracks it by code and phone, and sees no personal data.
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(`/track?code=${encodeURIComponent(code)}`);
    await visitor.getByLabel('Số định danh hoặc số điện thoại', { exact: true }).fill('0912345678');
    await visitor.getByRole('button', { name: 'Tra cứu', exact: true }).click();
    await expect(visitor.getByRole('heading', { name: `Hồ sơ ${code}` })).toBeVisible();
    await expect(visitor.getByRole('main').getByText('Đã trả kết quả', { exact: true }).first()).toBeVisible();
    await expect(visitor.getByRole('main')).not.toContainText('Nguyễn Văn An');

    // The citizen rates the returned dossier, once, on each criterion.
    await citizen.goto(dossierUrl);
    const rating = citizen.getByRole('region', { name: 'Đánh giá mức độ hài lòng' });
    for (const [criterion, level] of [
      ['Thời gian giải quyết', 'Rất hài lòng'],
      ['Thái độ của cán bộ, công chức', 'Hài lòng'],
      ['Sự rõ ràng của thủ tục', 'Hài lòng'],
      ['Phí, lệ phí', 'Không hài lòng'],
    ] as const) {
      await rating.getByRole('group', { name: criterion }).getByLabel(level, { exact: true }).check();
    }
    await rating.getByLabel('Góp ý thêm (không bắt buộc)', { exact: true }).fill('Cán bộ hướng dẫn tận tình.');
    await rating.getByRole('button', { name: 'Gửi đánh giá', exact: true }).click();
    await expect(rating.getByText('Cảm ơn bạn đã đánh giá.')).toBeVisible();
    await expect(rating.getByRole('button', { name: 'Gửi đánh giá', exact: true })).toHaveCount(0);
    await expect(rating.getByText('Cán bộ hướng dẫn tận tình.')).toBeVisible();
  });

  test('a wrong code and phone pair is answered like an unknown code', async ({ page }) => {
    await page.goto('/track?code=000.00.15.H56-260101-9999');
    await page.getByLabel('Số định danh hoặc số điện thoại', { exact: true }).fill('0912345678');
    await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
    await expect(page.getByText('Không tìm thấy hồ sơ với mã và thông tin đã nhập.')).toBeVisible();
  });
});
