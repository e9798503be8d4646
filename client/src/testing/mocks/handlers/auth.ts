import { http, HttpResponse } from 'msw';

import type { Account, RegisterOrganisationRequest, RegisterRequest, SignInRequest, TokenPair } from '@/lib/api/types';

import { problem, validationProblem } from '../utils';

/** A citizen who exists before each test (see resetAuthDb). */
export const citizen = {
  id: '40000000-0000-4000-8000-000000000001',
  fullName: 'Nguyễn Văn An',
  email: 'an.nguyen@example.vn',
  phoneNumber: '0912345678',
  citizenId: '056123456789',
  roles: ['Citizen'],
  password: 'matkhau2026',
};

/** An administrator (an officer of the provincial committee) who exists before each test. */
export const administrator = {
  id: '40000000-0000-4000-8000-000000000002',
  fullName: 'Lê Quản Trị',
  email: 'admin@example.vn',
  phoneNumber: '0901234567',
  citizenId: null,
  roles: ['Administrator'],
  password: 'quantri2026',
};

/** A processing officer (no administrator role) who exists before each test. */
export const processor = {
  id: '40000000-0000-4000-8000-000000000003',
  fullName: 'Phạm Chuyên Viên',
  email: 'processor@example.vn',
  phoneNumber: '0907654321',
  citizenId: null,
  roles: ['Processor'],
  password: 'chuyenvien2026',
};

export const SIGN_IN_FAILED = 'Thông tin đăng nhập hoặc mật khẩu không đúng.';

type StoredAccount = Account & { password: string };

const state = {
  accounts: [] as StoredAccount[],
  accessTokens: new Map<string, string>(),
  refreshTokens: new Map<string, string>(),
  sequence: 0,
};

export function resetAuthDb(): void {
  state.accounts = [{ ...citizen }, { ...administrator }, { ...processor }];
  state.accessTokens.clear();
  state.refreshTokens.clear();
  state.sequence = 0;
}
resetAuthDb();

/** Issues a token pair for an account, as the API does on sign-in and refresh. */
export function issueTokens(accountId: string): TokenPair {
  state.sequence += 1;
  const pair: TokenPair = {
    accessToken: `access-${String(state.sequence)}`,
    accessTokenExpiresAt: '2030-01-01T00:15:00Z',
    refreshToken: `refresh-${String(state.sequence)}`,
    refreshTokenExpiresAt: '2030-01-15T00:00:00Z',
  };
  state.accessTokens.set(pair.accessToken, accountId);
  state.refreshTokens.set(pair.refreshToken, accountId);
  return pair;
}

/** Makes every access token issued so far unusable (as if it had expired). */
export function expireAccessTokens(): void {
  state.accessTokens.clear();
}

/** The account whose access token the request carries, if any. */
export function accountOf(request: Request): Account | undefined {
  const token = request.headers.get('Authorization')?.replace(/^Bearer /, '') ?? '';
  const account = state.accounts.find((a) => a.id === state.accessTokens.get(token));
  return account ? toAccount(account) : undefined;
}

/** 401 without a session, 403 for other roles, as the API answers an administrator's endpoint; else nothing. */
export function requireAdministrator(request: Request): Response | undefined {
  const account = accountOf(request);
  if (!account) return problem(401, 'Unauthorized');
  if (!account.roles.includes('Administrator')) return problem(403, 'Forbidden');
  return undefined;
}

const toAccount = (stored: StoredAccount): Account => {
  const account: Partial<StoredAccount> = { ...stored };
  delete account.password;
  return account as Account;
};

/** Stores a new account, as the API does on registration. */
function addAccount(account: Omit<StoredAccount, 'id'>): Response {
  state.sequence += 1;
  const id = `41000000-0000-4000-8000-${state.sequence.toString(16).padStart(12, '0')}`;
  state.accounts.push({ id, ...account });
  return HttpResponse.json({ id }, { status: 201 });
}

export const authHandlers = [
  http.post('*/api/auth/register', async ({ request }) => {
    const body = (await request.json()) as RegisterRequest;
    const errors: Record<string, string[]> = {};
    if (body.password.length < 10) errors.password = ['Passwords must be at least 10 characters.'];
    if (state.accounts.some((a) => a.citizenId === body.citizenId || a.email === body.email)) {
      return problem(409, 'Conflict', 'An account with this citizen ID or e-mail address already exists.');
    }
    if (Object.keys(errors).length > 0) return validationProblem(errors);
    return addAccount({ ...body, roles: ['Citizen'] });
  }),

  http.post('*/api/auth/register-organisation', async ({ request }) => {
    const { organisationName, ...body } = (await request.json()) as RegisterOrganisationRequest;
    if (state.accounts.some((a) => a.taxCode === body.taxCode)) {
      return problem(409, 'Conflict', 'An account with this tax code already exists.');
    }
    return addAccount({ ...body, fullName: organisationName, citizenId: null, roles: ['Organisation'] });
  }),

  http.post('*/api/auth/sign-in', async ({ request }) => {
    const { login, password } = (await request.json()) as SignInRequest;
    const account = state.accounts.find(
      (a) => (a.email === login || a.citizenId === login || a.taxCode === login) && a.password === password,
    );
    if (!account) return problem(401, 'Unauthorized', SIGN_IN_FAILED);
    return HttpResponse.json(issueTokens(account.id));
  }),

  http.post('*/api/auth/refresh', async ({ request }) => {
    const { refreshToken } = (await request.json()) as { refreshToken: string };
    const accountId = state.refreshTokens.get(refreshToken);
    if (!accountId) return problem(401, 'Unauthorized', 'The session has ended.');
    state.refreshTokens.delete(refreshToken);
    return HttpResponse.json(issueTokens(accountId));
  }),

  http.post('*/api/auth/sign-out', async ({ request }) => {
    const { refreshToken } = (await request.json()) as { refreshToken: string };
    state.refreshTokens.delete(refreshToken);
    return new HttpResponse(null, { status: 204 });
  }),

  http.get('*/api/auth/me', ({ request }) => {
    const token = request.headers.get('Authorization')?.replace(/^Bearer /, '') ?? '';
    const account = state.accounts.find((a) => a.id === state.accessTokens.get(token));
    return account ? HttpResponse.json(toAccount(account)) : problem(401, 'Unauthorized');
  }),
];
