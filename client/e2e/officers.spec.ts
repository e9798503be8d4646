import { expect, test } from '@playwright/test';

import { submitSignIn } from './demo-sign-in';

// Runs against the real API with the seeded demo officers; each test signs in once (sign-in is rate-limited).

test.describe('officers', () => {
  test('a processor sees the officer workspace but not the officers page', async ({ page }) => {
    await page.goto('/sign-in');
    await submitSignIn(page, 'processor@demo.onestop.vn');
    await expect(page).toHaveURL(/\/profile$/);

    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    await expect(nav.getByRole('link', { name: 'Quản trị cán bộ', exact: true })).toHaveCount(0);
    await nav.getByRole('link', { name: 'Không gian làm việc cán bộ', exact: true }).click();

    await expect(page).toHaveURL(/\/workspace$/);
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1, name: 'Không gian làm việc cán bộ' })).toBeVisible();
    await expect(main.getByRole('definition').filter({ hasText: 'Chuyên viên' })).toBeVisible();
  });

  test('an administrator creates an officer, changes its roles, deactivates it and finds it all in the audit log', async ({
    page,
  }) => {
    const stamp = String(Date.now());
    const officer = {
      fullName: `Cán bộ Thử nghiệm ${stamp.slice(-6)}`,
      email: `e2e.officer.${stamp}@example.vn`,
      phoneNumber: `09${stamp.slice(-8)}`,
    };

    await page.goto('/admin/officers');
    await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Fadmin%2Fofficers$/);
    await submitSignIn(page, 'admin@demo.onestop.vn');
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
    await expect(row).toContainText('Đang hoạt động');

    // Change the roles: Receptionist and Processor.
    const list = page.getByRole('region', { name: 'Danh sách cán bộ' });
    await row.getByRole('button', { name: 'Sửa vai trò' }).click();
    const rolesDialog = list.getByRole('dialog', { name: `Sửa vai trò của ${officer.fullName}` });
    await expect(rolesDialog.getByRole('checkbox', { name: 'Cán bộ tiếp nhận', exact: true })).toBeChecked();
    await rolesDialog.getByRole('checkbox', { name: 'Chuyên viên', exact: true }).check();
    await rolesDialog.getByRole('button', { name: 'Lưu vai trò', exact: true }).click();
    await expect(list.getByRole('status')).toHaveText(`Đã cập nhật vai trò của ${officer.fullName}.`);
    await expect(rolesDialog).toBeHidden();
    await expect(row).toContainText('Chuyên viên');
    await expect(row).toContainText('Cán bộ tiếp nhận');

    // Deactivate the account, after confirming.
    await row.getByRole('button', { name: 'Vô hiệu hóa' }).click();
    const statusDialog = list.getByRole('dialog', { name: `Vô hiệu hóa tài khoản của ${officer.fullName}?` });
    await statusDialog.getByRole('button', { name: 'Xác nhận vô hiệu hóa', exact: true }).click();
    await expect(list.getByRole('status')).toHaveText(`Đã vô hiệu hóa tài khoản của ${officer.fullName}.`);
    await expect(row).toContainText('Đã vô hiệu hóa');
    await expect(row.getByRole('button', { name: 'Kích hoạt lại' })).toBeVisible();

    // The audit log shows the three changes, newest first, with the officer named.
    await nav.getByRole('link', { name: 'Nhật ký hệ thống', exact: true }).click();
    await expect(page).toHaveURL(/\/admin\/audit$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Nhật ký hệ thống' })).toBeVisible();
    const filters = page.getByRole('form', { name: 'Lọc nhật ký' });
    await filters
      .getByLabel('Người thực hiện', { exact: true })
      .selectOption({ label: 'Đặng Thu Giang (admin@demo.onestop.vn)' });
    await filters.getByRole('button', { name: 'Lọc', exact: true }).click();
    await expect(page).toHaveURL(/\/admin\/audit\?actorId=[0-9a-f-]{36}$/);

    const entries = page.getByRole('table', { name: 'Các mục nhật ký' }).getByRole('row');
    const [deactivated, rolesChanged, officerCreated] = [entries.nth(1), entries.nth(2), entries.nth(3)];
    await expect(deactivated).toContainText('Vô hiệu hóa tài khoản cán bộ');
    await expect(deactivated).toContainText(officer.fullName);
    await expect(deactivated).toContainText('Đặng Thu Giang');
    await expect(rolesChanged).toContainText('Thay đổi vai trò cán bộ');
    await expect(rolesChanged).toContainText(officer.fullName);
    await expect(rolesChanged).toContainText('Chuyên viên');
    await expect(officerCreated).toContainText('Tạo tài khoản cán bộ');
    await expect(officerCreated).toContainText(officer.email);

    // Filtering by action keeps only that kind of entry.
    await filters.getByLabel('Hành động', { exact: true }).selectOption({ label: 'Thay đổi vai trò cán bộ' });
    await filters.getByRole('button', { name: 'Lọc', exact: true }).click();
    await expect(page).toHaveURL(/action=officer\.roles/);
    await expect(entries.nth(1)).toContainText(officer.fullName);
    await expect(page.getByRole('table', { name: 'Các mục nhật ký' })).not.toContainText('Tạo tài khoản cán bộ');
  });
});
