import { http, HttpResponse } from 'msw';

import type { ChangeOfficerRolesRequest, CreateOfficerRequest, Officer } from '@/lib/api/types';

import { agencies } from '../db';
import { problem, validationProblem } from '../utils';

import { recordAudit } from './audit';
import { requireAdministrator } from './auth';

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

const officerRoles = ['Receptionist', 'Processor', 'Leader', 'Supervisor', 'Administrator'];

/** The officer named in the route, or a 404 problem. */
const findOfficer = (id: unknown) => {
  const officer = officers.find((o) => o.id === id);
  return officer ? { officer } : { missing: problem(404, 'Not Found', `Officer "${String(id)}" was not found.`) };
};

export const officersHandlers = [
  http.get('*/api/officers', ({ request }) => {
    const denied = requireAdministrator(request);
    if (denied) return denied;
    const agencyId = new URL(request.url).searchParams.get('agencyId');
    return HttpResponse.json(officers.filter((o) => !agencyId || o.agencyId === agencyId));
  }),

  http.post('*/api/officers', async ({ request }) => {
    const denied = requireAdministrator(request);
    if (denied) return denied;
    const body = (await request.json()) as CreateOfficerRequest;
    if (officers.some((o) => o.email === body.email))
      return problem(409, 'Conflict', 'An account with this e-mail address already exists.');
    const id = `51000000-0000-4000-8000-${String(officers.length).padStart(12, '0')}`;
    officers.push({ id, ...body, active: true });
    recordAudit(request, 'officer.create', body);
    return HttpResponse.json({ id, initialPassword: INITIAL_PASSWORD }, { status: 201 });
  }),

  http.put('*/api/officers/:id/roles', async ({ request, params }) => {
    const denied = requireAdministrator(request);
    if (denied) return denied;
    const { roles } = (await request.json()) as ChangeOfficerRolesRequest;
    if (roles.length === 0) return validationProblem({ Roles: ["'Roles' must not be empty."] });
    const unknown = roles.findIndex((role) => !officerRoles.includes(role));
    if (unknown >= 0)
      return validationProblem({
        [`Roles[${String(unknown)}]`]: [`An officer's roles are among ${officerRoles.join(', ')}.`],
      });
    const { officer, missing } = findOfficer(params.id);
    if (!officer) return missing;
    officer.roles = [...roles].sort();
    recordAudit(request, 'officer.roles', { roles, officerId: officer.id });
    return new HttpResponse(null, { status: 204 });
  }),

  ...(['deactivate', 'reactivate'] as const).map((change) =>
    http.post(`*/api/officers/:id/${change}`, ({ request, params }) => {
      const denied = requireAdministrator(request);
      if (denied) return denied;
      const { officer, missing } = findOfficer(params.id);
      if (!officer) return missing;
      officer.active = change === 'reactivate';
      recordAudit(request, `officer.${change}`, { officerId: officer.id, active: officer.active });
      return new HttpResponse(null, { status: 204 });
    }),
  ),
];
