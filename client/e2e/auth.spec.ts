import { expect, test } from '@playwright/test';

import { submitSignIn } from './demo-sign-in';

// Runs against the real API: registers a new citizen each run (unique e-mail and citizen ID).
test.describe('citizen account', () => {
  test('register, land on the profile, sign out and sign in again with the e-mail', async ({ page }) => {
    const stamp = String(Date.now());
    const citizen = {
      fullName: `Công dân Thử nghiệm ${stamp.slice(-6)}`,
      // 12 digits, starting with the Khánh Hòa province code 056.
      citizenId: `056${stamp.slice(-9)}`,
      email: `e2e.${stamp}@example.vn`,
      phoneNumber: `09${stamp.slice(-8)}`,
      password: `MatKhau-${stamp.slice(-4)}x`,
    };

    await page.goto('/');
    const account = page.getByRole('navigation', { name: 'Tài khoản' });
    await account.getByRole('link', { name: 'Đăng ký', exact: true }).click();
    await expect(page).toHaveURL(/\/register$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Đăng ký tài khoản' })).toBeVisible();

    const main = page.getByRole('main');
    await main.getByLabel('Họ và tên', { exact: true }).fill(citizen.fullName);
    await main.getByLabel('Số định danh cá nhân', { exact: true }).fill(citizen.citizenId);
    await main.getByLabel('Thư điện tử', { exact: true }).fill(citizen.email);
    await main.getByLabel('Số điện thoại di động', { exact: true }).fill(citizen.phoneNumber);
    await main.getByLabel('Mật khẩu', { exact: true }).fill(citizen.password);
    await main.getByRole('button', { name: 'Đăng ký', exact: true }).click();

    // Signed in automatically, on the profile.
    await expect(page).toHaveURL(/\/profile$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Thông tin tài khoản' })).toBeVisible();
    await expect(main.getByText(citizen.fullName, { exact: true })).toBeVisible();
    await expect(main.getByText(citizen.email, { exact: true })).toBeVisible();
    await expect(main.getByText(`*********${citizen.citizenId.slice(-3)}`, { exact: true })).toBeVisible();
    await expect(account.getByRole('link', { name: citizen.fullName, exact: true })).toBeVisible();

    // A reload keeps the session (the refresh token is stored).
    await page.reload();
    await expect(account.getByRole('link', { name: citizen.fullName, exact: true })).toBeVisible();

    // Sign out.
    await main.getByRole('button', { name: 'Đăng xuất', exact: true }).click();
    await expect(account.getByRole('link', { name: 'Đăng nhập', exact: true })).toBeVisible();
    await expect(account.getByRole('link', { name: citizen.fullName, exact: true })).toHaveCount(0);

    // Sign in again with the e-mail.
    await account.getByRole('link', { name: 'Đăng nhập', exact: true }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await submitSignIn(page, citizen.email, citizen.password);

    await expect(account.getByRole('link', { name: citizen.fullName, exact: true })).toBeVisible();
    await expect(account.getByRole('button', { name: 'Đăng xuất', exact: true })).toBeVisible();
    await expect(page).toHaveURL(/\/profile$/);
  });

  test('a wrong password shows the server’s message', async ({ page }) => {
    await page.goto('/sign-in');
    await submitSignIn(page, 'nobody@example.vn', 'not-the-password-1');

    await expect(page.getByRole('main').getByRole('alert')).toContainText('Đăng nhập không thành công');
  });

  test('the profile needs a signed-in user', async ({ page }) => {
    await page.goto('/profile');
    await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Fprofile$/);
  });
});
