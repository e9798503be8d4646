import { http, HttpResponse } from 'msw';

import type { DossierDetail, DossierInboxCounts, DossierStatus, DossierSummary } from '@/lib/api/types';
import { isOfficer } from '@/lib/auth/roles';

import { agencies } from '../db';
import { problem } from '../utils';

import { accountOf } from './auth';

const [, construction] = agencies as [unknown, { id: string; code: string; name: string }];

/** The Department of Construction as other resources name it. */
export const constructionRef = {
  id: construction.id,
  code: construction.code,
  name: construction.name,
  level: 'Department',
} as const;

const inboxStatuses: readonly DossierStatus[] = ['Received', 'Processing', 'SupplementRequested'];

/** 25 dossiers in the agency's inbox, newest first (two pages of 20). */
export const inboxDossiers: DossierSummary[] = Array.from({ length: 25 }, (_, index) => {
  const n = String(index + 1).padStart(4, '0');
  return {
    id: `60000000-0000-4000-8000-00000000${n}`,
    code: `000.00.14.H34-261123-${n}`,
    status: inboxStatuses[index % inboxStatuses.length] ?? 'Received',
    channel: 'Online',
    procedureName: 'Gia hạn giấy phép xây dựng',
    caseName: 'Gia hạn giấy phép xây dựng',
    applicantName: `Người nộp ${n}`,
    createdAt: '2026-11-20T01:00:00Z',
    submittedAt: '2026-11-20T01:00:00Z',
    dueAt: '2026-12-04T10:00:00Z',
    appointmentAt: null,
    assigneeId: null,
    clockPaused: false,
    isOverdue: index === 1,
    isDueSoon: index === 2,
    paymentStatus: 'NotRequired',
  };
});

const matches = (dossier: DossierSummary, search: URLSearchParams): boolean => {
  const status = search.get('status');
  if (status && dossier.status !== status) return false;
  if (search.get('overdue') === 'true' && !dossier.isOverdue) return false;
  if (search.get('dueSoon') === 'true' && !dossier.isDueSoon) return false;
  if (search.get('transfers') === 'true') return false;
  if (search.get('assignedToMe') === 'true') return false;
  return true;
};

export const inboxCounts = (): DossierInboxCounts => ({
  byStatus: inboxStatuses.map((status) => ({
    status,
    count: inboxDossiers.filter((d) => d.status === status).length,
  })),
  dueSoon: inboxDossiers.filter((d) => d.isDueSoon).length,
  overdue: inboxDossiers.filter((d) => d.isOverdue).length,
  transfers: 0,
});

/** A dossier received at the counter and moved to the department, as GET /api/dossiers/{id} answers. */
export function buildDossierDetail(overrides: Partial<DossierDetail> = {}): DossierDetail {
  return {
    id: '61000000-0000-4000-8000-000000000001',
    code: '000.00.14.H34-261123-0001',
    status: 'Submitted',
    channel: 'Online',
    version: 7,
    procedureId: '30000000-0000-4000-8000-000000000009',
    procedureCode: '2.001233',
    procedureName: 'Gia hạn giấy phép xây dựng',
    caseIndex: 0,
    caseName: 'Gia hạn giấy phép xây dựng',
    fee: 15000,
    receivingAgency: constructionRef,
    holdingAgency: constructionRef,
    assigneeId: null,
    currentStep: null,
    applicant: {
      kind: 'Citizen',
      fullName: 'Nguyễn Văn An',
      identityNumber: '056090001234',
      phone: '0912345678',
      email: null,
      address: '1 Trần Phú, Nha Trang',
    },
    createdAt: '2026-11-20T01:00:00Z',
    submittedAt: '2026-11-20T01:05:00Z',
    receivedAt: null,
    dueAt: null,
    appointmentAt: null,
    clockPaused: false,
    isOverdue: false,
    pendingRequest: null,
    apologyReason: null,
    processedAt: null,
    decisionNote: null,
    resultDocumentId: null,
    closingReason: null,
    paymentStatus: 'NotRequired',
    amountDue: null,
    paidAt: null,
    returnedAt: null,
    requiredDocuments: [
      { index: 0, name: 'Đơn đề nghị gia hạn giấy phép xây dựng', supplied: true },
      { index: 1, name: 'Bản chính giấy phép xây dựng đã được cấp', supplied: true },
    ],
    documents: [
      {
        id: '62000000-0000-4000-8000-000000000001',
        purpose: 'Component',
        requiredDocumentIndex: 0,
        fileName: 'don-de-nghi.pdf',
        contentType: 'application/pdf',
        length: 20480,
        digitized: false,
        uploadedAt: '2026-11-20T01:02:00Z',
      },
    ],
    steps: [],
    subDossiers: [],
    history: [
      {
        sequence: 1,
        action: 'Submit',
        fromStatus: 'Draft',
        toStatus: 'Submitted',
        actorName: 'Nguyễn Văn An',
        at: '2026-11-20T01:05:00Z',
        note: null,
        stepName: null,
        stepDueAt: null,
        documentIds: [],
      },
    ],
    availableActions: ['Receive', 'Refuse', 'RequestSupplement'],
    ...overrides,
  };
}

/** The officers' inbox and its counts, and the dossier files and forms (none issued unless a test says so). */
export const dossiersHandlers = [
  http.get('*/api/dossiers/inbox/counts', ({ request }) => {
    const account = accountOf(request);
    if (!account) return problem(401, 'Unauthorized');
    if (!isOfficer(account.roles)) return problem(403, 'Forbidden');
    return HttpResponse.json(inboxCounts());
  }),

  http.get('*/api/dossiers/inbox', ({ request }) => {
    const account = accountOf(request);
    if (!account) return problem(401, 'Unauthorized');
    if (!isOfficer(account.roles)) return problem(403, 'Forbidden');
    const search = new URL(request.url).searchParams;
    const pageSize = Number(search.get('pageSize') ?? '20');
    const offset = Number(search.get('cursor') ?? '0');
    const found = inboxDossiers.filter((d) => matches(d, search));
    const items = found.slice(offset, offset + pageSize);
    const nextCursor = offset + pageSize < found.length ? String(offset + pageSize) : null;
    return HttpResponse.json({ items, nextCursor });
  }),

  http.get('*/api/dossiers/:id/forms/:form', () => problem(404, 'Not Found', 'The form has not been issued.')),

  http.get('*/api/dossiers/:id/documents/:documentId', () =>
    HttpResponse.arrayBuffer(new TextEncoder().encode('%PDF-1.7').buffer, {
      headers: { 'Content-Type': 'application/pdf' },
    }),
  ),
];
