import { expect, test, type Page } from '@playwright/test';

// Runs against the real API and its seeded catalogue (the API serves client/dist).
const PROCEDURE = 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ';
const URBAN_CASE = 'Nhà ở riêng lẻ tại đô thị';

async function searchFromHome(page: Page, text: string) {
  await page.goto('/');
  const box = page.getByRole('searchbox', { name: 'Tìm kiếm thủ tục hành chính' });
  await box.fill(text);
  await box.press('Enter');
  await expect(page).toHaveURL(/\/procedures\?q=/);
}

test.describe('procedure catalogue', () => {
  test('the home page shows the search box', async ({ page }) => {
    await page.goto('/');

    await expect(page).toHaveTitle(/Cổng Dịch vụ công tỉnh Khánh Hòa/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.getByRole('banner')).toContainText('Cổng Dịch vụ công tỉnh Khánh Hòa');
    await expect(page.getByRole('searchbox', { name: 'Tìm kiếm thủ tục hành chính' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Tìm kiếm', exact: true })).toBeVisible();
    // The fields come from the API.
    await expect(page.getByRole('link', { name: 'Hoạt động xây dựng' })).toBeVisible();
  });

  test('a search without diacritics finds the building permit', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Tìm kiếm thủ tục hành chính' }).fill('giay phep xay dung');
    await page.getByRole('button', { name: 'Tìm kiếm', exact: true }).click();

    await expect(page).toHaveURL(/\/procedures\?q=giay(\+|%20)phep(\+|%20)xay(\+|%20)dung/);
    await expect(page.getByText(/^Tìm thấy \d+ thủ tục$/)).toBeVisible();
    await expect(page.getByRole('link', { name: PROCEDURE, exact: true })).toBeVisible();
  });

  test('the procedure page shows the case with its documents and fee', async ({ page }) => {
    await searchFromHome(page, 'giay phep xay dung');
    await page.getByRole('link', { name: PROCEDURE, exact: true }).click();

    await expect(page).toHaveURL(/\/procedures\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(PROCEDURE);

    const urban = page.getByRole('region', { name: URBAN_CASE, exact: true });
    await expect(urban).toBeVisible();
    await expect(urban.getByText('15 ngày làm việc')).toBeVisible();

    const documents = urban.getByRole('table', { name: 'Thành phần hồ sơ' });
    await expect(documents).toBeVisible();
    // A header row and at least one document.
    await expect(documents.getByRole('row').nth(1)).toBeVisible();
    await expect(documents.getByRole('cell', { name: /Đơn đề nghị cấp giấy phép xây dựng/ })).toBeVisible();
    await expect(documents.getByRole('cell', { name: 'Bản chính', exact: true }).first()).toBeVisible();

    const fees = urban.getByRole('table', { name: 'Phí, lệ phí' });
    // 75000 formatted vi-VN: "75.000 ₫" (with a no-break space).
    await expect(fees.getByRole('cell', { name: /^75\.000\s₫$/ })).toBeVisible();
  });

  test('switching to English translates the interface but not the data', async ({ page }) => {
    await searchFromHome(page, 'giay phep xay dung');
    await expect(page.getByRole('link', { name: PROCEDURE, exact: true })).toBeVisible();

    await page.getByRole('button', { name: 'English' }).click();

    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1, name: 'Administrative procedures' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Search', exact: true })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Search administrative procedures' })).toBeVisible();
    await expect(page.getByText(/^Found \d+ procedures?$/)).toBeVisible();
    await expect(page.getByRole('banner')).toContainText('Khánh Hòa Public Service Portal');
    // Catalogue data stays Vietnamese.
    await expect(page.getByRole('link', { name: PROCEDURE, exact: true })).toBeVisible();

    await page.getByRole('link', { name: PROCEDURE, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(PROCEDURE);
    const urban = page.getByRole('region', { name: URBAN_CASE, exact: true });
    await expect(urban.getByRole('table', { name: 'Required documents' })).toBeVisible();
    await expect(urban.getByText('15 working days')).toBeVisible();

    // The choice survives a reload, and the switch goes back.
    await page.reload();
    await expect(page.getByRole('button', { name: 'Tiếng Việt' })).toBeVisible();
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(urban.getByRole('table', { name: 'Thành phần hồ sơ' })).toBeVisible();
  });
});
