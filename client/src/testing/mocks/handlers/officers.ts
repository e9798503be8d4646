import { http, HttpResponse } from 'msw';

import type { CreateOfficerRequest, Officer } from '@/lib/api/types';

import { agencies } from '../db';
import { problem } from '../utils';

import { accountOf } from './auth';

const [, construction, justice] = agencies as [unknown, { id: string }, { id: string }];

/** Officers that exist before each test (see resetOfficersDb). */
export const seededOfficers: Officer[] = [
  {
    id: '50000000-0000-4000-8000-000000000001',
    fullName: 'Hoàng Tiếp Nhận',
    email: 'tiepnhan@example.vn',
    phoneNumber: '0911111111',
    agencyId: construction.id,
    roles: ['Receptionist'],
    active: true,
  },
  {
    id: '50000000-0000-4000-8000-000000000002',
    fullName: 'Đỗ Lãnh Đạo',
    email: 'lanhdao@example.vn',
    phoneNumber: null,
    agencyId: justice.id,
    roles: ['Leader', 'Processor'],
    active: true,
  },
];

export const INITIAL_PASSWORD = 'Xy7-initial-Pass9';

let officers: Officer[] = [];
export function resetOfficersDb(): void {
  officers = seededOfficers.map((o) => ({ ...o }));
}
resetOfficersDb();

/** 401 without a session, 403 for other roles, as the API answers. */
const authorize = (request: Request) => {
  const account = accountOf(request);
  if (!account) return problem(401, 'Unauthorized');
  if (!account.roles.includes('Administrator')) return problem(403, 'Forbidden');
  return undefined;
};

export const officersHandlers = [
  http.get('*/api/officers', ({ request }) => {
    const denied = authorize(request);
    if (denied) return denied;
    const agencyId = new URL(request.url).searchParams.get('agencyId');
    return HttpResponse.json(officers.filter((o) => !agencyId || o.agencyId === agencyId));
  }),

  http.post('*/api/officers', async ({ request }) => {
    const denied = authorize(request);
    if (denied) return denied;
    const body = (await request.json()) as CreateOfficerRequest;
    if (officers.some((o) => o.email === body.email))
      return problem(409, 'Conflict', 'An account with this e-mail address already exists.');
    const id = `51000000-0000-4000-8000-${String(officers.length).padStart(12, '0')}`;
    officers.push({ id, ...body, active: true });
    return HttpResponse.json({ id, initialPassword: INITIAL_PASSWORD }, { status: 201 });
  }),
];
