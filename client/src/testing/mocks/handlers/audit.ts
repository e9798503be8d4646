import { http, HttpResponse } from 'msw';

import type { AuditEntry } from '@/lib/api/types';

import { createAuditEntry, createPage } from '../../data-generators';
import { agencies } from '../db';

import { accountOf, administrator, processor, requireAdministrator } from './auth';

const [, construction] = agencies as [unknown, { id: string }];

/** The seeded officer whose roles the seeded `officer.roles` entry changed (Đỗ Lãnh Đạo, see officers.ts). */
const LEADER_OFFICER_ID = '50000000-0000-4000-8000-000000000002';

/** 21 sign-ins of the processor, one a day from 1 to 21 March 2026 at 08:00 in the province. */
const processorSignIns = Array.from({ length: 21 }, (_, index) =>
  createAuditEntry({
    id: `70000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`,
    at: `2026-03-${String(index + 1).padStart(2, '0')}T01:00:00Z`,
    actorId: processor.id,
    action: 'sign-in.succeeded',
    details: JSON.stringify({ login: processor.email }),
  }),
);

/** The audit log before each test (see resetAuditDb): 25 entries, so two pages of 20. */
export const seededAuditEntries: AuditEntry[] = [
  ...processorSignIns,
  createAuditEntry({
    id: '71000000-0000-4000-8000-000000000001',
    at: '2026-03-22T02:15:30Z',
    actorId: administrator.id,
    action: 'officer.create',
    ipAddress: '10.0.0.5',
    details: JSON.stringify({
      fullName: 'Hoàng Tiếp Nhận',
      email: 'tiepnhan@example.vn',
      phoneNumber: '0911111111',
      agencyId: construction.id,
      roles: ['Receptionist'],
    }),
  }),
  createAuditEntry({
    id: '71000000-0000-4000-8000-000000000002',
    at: '2026-03-22T13:00:00Z',
    actorId: null,
    action: 'sign-in.failed',
    ipAddress: '198.51.100.23',
    details: JSON.stringify({ login: 'ai.do@example.vn', reason: 'unknown account' }),
  }),
  createAuditEntry({
    id: '71000000-0000-4000-8000-000000000003',
    at: '2026-03-23T03:00:05Z',
    actorId: administrator.id,
    action: 'officer.roles',
    ipAddress: '10.0.0.5',
    details: JSON.stringify({ roles: ['Leader', 'Processor'], officerId: LEADER_OFFICER_ID }),
  }),
  createAuditEntry({
    id: '71000000-0000-4000-8000-000000000004',
    at: '2026-03-23T04:00:00Z',
    actorId: administrator.id,
    action: 'calendar.save',
    ipAddress: null,
    details: JSON.stringify({
      year: 2026,
      holidays: [
        { date: '2026-04-30', name: 'Ngày Giải phóng miền Nam' },
        { date: '2026-05-01', name: 'Ngày Quốc tế Lao động' },
      ],
    }),
  }),
];

let entries: AuditEntry[] = [];
export function resetAuditDb(): void {
  entries = seededAuditEntries.map((entry) => ({ ...entry }));
}
resetAuditDb();

/** Records an administrator's change, as the API's audit behaviour does after the command succeeds. */
export function recordAudit(request: Request, action: string, details: object): void {
  // Now, and in any case after every seeded entry, so that it comes first.
  const latest = Math.max(...entries.map((entry) => Date.parse(entry.at)));
  entries.push(
    createAuditEntry({
      at: new Date(Math.max(Date.now(), latest + 1000)).toISOString(),
      actorId: accountOf(request)?.id ?? null,
      action,
      ipAddress: '127.0.0.1',
      details: JSON.stringify(details),
    }),
  );
}

export const auditHandlers = [
  http.get('*/api/audit', ({ request }) => {
    const denied = requireAdministrator(request);
    if (denied) return denied;
    const query = new URL(request.url).searchParams;
    const action = query.get('action');
    const actorId = query.get('actorId');
    const from = query.get('from');
    const to = query.get('to');
    const pageNumber = Number(query.get('pageNumber') ?? 1);
    const pageSize = Number(query.get('pageSize') ?? 50);
    const matches = entries
      .filter(
        (entry) =>
          (!action || entry.action === action) &&
          (!actorId || entry.actorId === actorId) &&
          (!from || Date.parse(entry.at) >= Date.parse(from)) &&
          (!to || Date.parse(entry.at) < Date.parse(to)),
      )
      .sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
    const items = matches.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
    return HttpResponse.json(createPage(items, { pageNumber, pageSize, totalCount: matches.length }));
  }),
];
