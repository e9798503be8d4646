import { expect, test, type Page } from '@playwright/test';

// Runs against the real API with the seeded demo officers. Sign-in is rate-limited (20 a minute per address),
// so each test signs in once.
const DEMO_PASSWORD = 'OneStop@2026';

async function signIn(page: Page, login: string) {
  const main = page.getByRole('main');
  await main.getByLabel('Thư điện tử hoặc số định danh cá nhân', { exact: true }).fill(login);
  await main.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD);
  await main.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
}

test.describe('officers', () => {
  test('a processor sees the officer workspace but not the officers page', async ({ page }) => {
    await page.goto('/sign-in');
    await signIn(page, 'processor@demo.onestop.vn');
    await expect(page).toHaveURL(/\/profile$/);

    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    await expect(nav.getByRole('link', { name: 'Quản trị cán bộ', exact: true })).toHaveCount(0);
    await nav.getByRole('link', { name: 'Không gian làm việc cán bộ', exact: true }).click();

    await expect(page).toHaveURL(/\/workspace$/);
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1, name: 'Không gian làm việc cán bộ' })).toBeVisible();
    await expect(main.getByRole('definition').filter({ hasText: 'Chuyên viên' })).toBeVisible();
  });

  test('an administrator creates an officer and sees the initial password and the new officer', async ({ page }) => {
    const stamp = String(Date.now());
    const officer = {
      fullName: `Cán bộ Thử nghiệm ${stamp.slice(-6)}`,
      email: `e2e.officer.${stamp}@example.vn`,
      phoneNumber: `09${stamp.slice(-8)}`,
    };

    await page.goto('/admin/officers');
    await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Fadmin%2Fofficers$/);
    await signIn(page, 'admin@demo.onestop.vn');
    await expect(page).toHaveURL(/\/admin\/officers$/);

    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    await expect(nav.getByRole('link', { name: 'Quản trị cán bộ', exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Quản trị cán bộ' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Danh sách cán bộ' })).toBeVisible();

    const form = page.getByRole('region', { name: 'Tạo tài khoản cán bộ' });
    await form.getByLabel('Họ và tên', { exact: true }).fill(officer.fullName);
    await form.getByLabel('Thư điện tử', { exact: true }).fill(officer.email);
    await form.getByLabel('Số điện thoại di động', { exact: true }).fill(officer.phoneNumber);
    await form.getByLabel('Cơ quan công tác', { exact: true }).selectOption({ label: 'Sở Xây dựng tỉnh Khánh Hòa' });
    await form.getByRole('checkbox', { name: 'Cán bộ tiếp nhận', exact: true }).check();
    await form.getByRole('button', { name: 'Tạo tài khoản', exact: true }).click();

    const created = form.getByRole('status');
    await expect(created).toContainText('Đã tạo tài khoản cán bộ');
    await expect(created).toContainText('Mật khẩu ban đầu');
    await expect(created.locator('strong')).not.toBeEmpty();

    const row = page.getByRole('table', { name: 'Danh sách cán bộ' }).getByRole('row', { name: officer.email });
    await expect(row).toBeVisible();
    await expect(row).toContainText(officer.fullName);
    await expect(row).toContainText('Sở Xây dựng tỉnh Khánh Hòa');
    await expect(row).toContainText('Cán bộ tiếp nhận');
  });
});
