import { expect, type Browser, type Page } from '@playwright/test';

// Signing in as a seeded demo account, shared by the specs. Sign-in is rate-limited (20 a minute per address),
// so each test signs in once per account.
export const DEMO_PASSWORD = 'OneStop@2026';

/** Fills and sends the sign-in form of the page already at /sign-in. */
export async function submitSignIn(page: Page, login: string, password = DEMO_PASSWORD) {
  const main = page.getByRole('main');
  await main.getByLabel('Thư điện tử hoặc số định danh cá nhân', { exact: true }).fill(login);
  await main.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await main.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
}

/** A page of a new browser context, signed in as `login`. */
export async function signedIn(browser: Browser, login: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/sign-in');
  await submitSignIn(page, login);
  await expect(page).not.toHaveURL(/\/sign-in/);
  return page;
}
