import { http, HttpResponse } from 'msw';

import type { CreateIntegratorClientRequest, IntegratorClient } from '@/lib/api/types';

import { agencies } from '../db';
import { problem } from '../utils';

import { accountOf } from './auth';

const [, construction] = agencies as [unknown, { id: string }];

/** Integrator clients that exist before each test (see resetIntegratorClientsDb). */
export const seededIntegratorClients: IntegratorClient[] = [
  {
    id: '60000000-0000-4000-8000-000000000001',
    clientId: 'dvcqg-portal',
    name: 'Cổng Dịch vụ công quốc gia',
    scopes: ['catalogue.read', 'dossiers.read'],
    agencyIds: [construction.id],
    createdAt: '2026-03-15T08:00:00Z',
    revokedAt: null,
  },
  {
    id: '60000000-0000-4000-8000-000000000002',
    clientId: 'old-kiosk',
    name: 'Ki-ốt cũ',
    scopes: ['feedback.write'],
    agencyIds: [],
    createdAt: '2025-01-02T08:00:00Z',
    revokedAt: '2026-01-05T08:00:00Z',
  },
];

export const CLIENT_SECRET = 'sk-once-Very-Secret-42';

let clients: IntegratorClient[] = [];
export function resetIntegratorClientsDb(): void {
  clients = seededIntegratorClients.map((c) => ({ ...c }));
}
resetIntegratorClientsDb();

const authorize = (request: Request) => {
  const account = accountOf(request);
  if (!account) return problem(401, 'Unauthorized');
  if (!account.roles.includes('Administrator')) return problem(403, 'Forbidden');
  return undefined;
};

export const integratorClientsHandlers = [
  http.get('*/api/integrator-clients', ({ request }) => {
    const denied = authorize(request);
    if (denied) return denied;
    return HttpResponse.json(clients);
  }),

  http.post('*/api/integrator-clients', async ({ request }) => {
    const denied = authorize(request);
    if (denied) return denied;
    const body = (await request.json()) as CreateIntegratorClientRequest;
    const id = `61000000-0000-4000-8000-${String(clients.length).padStart(12, '0')}`;
    const clientId = `client-${String(clients.length)}`;
    clients.push({ id, clientId, ...body, createdAt: '2026-11-20T08:00:00Z', revokedAt: null });
    return HttpResponse.json({ id, clientId, clientSecret: CLIENT_SECRET }, { status: 201 });
  }),

  http.post('*/api/integrator-clients/:id/revoke', ({ request, params }) => {
    const denied = authorize(request);
    if (denied) return denied;
    const client = clients.find((c) => c.id === params.id);
    if (!client) return problem(404, 'Not Found');
    client.revokedAt = '2026-11-21T08:00:00Z';
    return new HttpResponse(null, { status: 204 });
  }),
];
