import { http, HttpResponse } from 'msw';

import type {
  AgencyRef,
  CreateDossierRequest,
  DossierDetail,
  DossierDocument,
  DossierSummary,
  DossierTracking,
} from '@/lib/api/types';

import { procedureDetails } from '../db';
import { problem } from '../utils';

import { accountOf } from './auth';

/** The counter that receives every department's dossiers in these mocks. */
export const serviceCenter: AgencyRef = {
  id: '20000000-0000-4000-8000-000000000099',
  code: '000.00.15.H34',
  name: 'Trung tâm Phục vụ hành chính công tỉnh',
  level: 'Department',
};

const state = {
  dossiers: [] as DossierDetail[],
  owners: new Map<string, string>(),
  /** Idempotency-Key → created dossier id, as the API replays a retried create. */
  createKeys: new Map<string, string>(),
  sequence: 0,
  codeSequence: 0,
};

export function resetDossierSubmissionDb(): void {
  state.dossiers = [];
  state.owners.clear();
  state.createKeys.clear();
  state.sequence = 0;
  state.codeSequence = 0;
}

const nextId = (prefix: string) => {
  state.sequence += 1;
  return `${prefix}-0000-4000-8000-${state.sequence.toString(16).padStart(12, '0')}`;
};

const validation = (errors: Record<string, string[]>) =>
  HttpResponse.json(
    { title: 'One or more validation errors occurred.', status: 400, errors },
    { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
  );

type ParsedFile = { name: string; type: string; size: number };
type ParsedMultipart = { fields: Record<string, string>; file?: ParsedFile; files: ParsedFile[] };

/**
 * A minimal multipart/form-data reader: under jsdom, the runtime's Request.formData() cannot build File
 * entries (it makes jsdom Files, which it then rejects), so the handler reads the body as text.
 */
export function parseMultipart(contentType: string, body: string): ParsedMultipart {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  const result: ParsedMultipart = { fields: {}, files: [] };
  const marker = boundary?.[1] ?? boundary?.[2];
  if (!marker) return result;
  for (const part of body.split(`--${marker}`)) {
    const split = part.indexOf('\r\n\r\n');
    if (split < 0) continue;
    const headers = part.slice(0, split);
    const content = part.slice(split + 4).replace(/\r\n$/, '');
    const name = /name="([^"]*)"/.exec(headers)?.[1];
    if (!name) continue;
    const filename = /filename="([^"]*)"/.exec(headers)?.[1];
    if (filename === undefined) result.fields[name] = content;
    else {
      const file = {
        name: filename,
        type: /Content-Type:\s*([^\r\n]+)/i.exec(headers)?.[1] ?? 'application/octet-stream',
        size: new TextEncoder().encode(content).length,
      };
      result.file ??= file;
      result.files.push(file);
    }
  }
  return result;
}

const toSummary = (d: DossierDetail): DossierSummary => ({
  id: d.id,
  code: d.code ?? null,
  status: d.status,
  channel: d.channel,
  procedureName: d.procedureName,
  caseName: d.caseName,
  applicantName: d.applicant.fullName,
  createdAt: d.createdAt,
  submittedAt: d.submittedAt ?? null,
  dueAt: d.dueAt ?? null,
  appointmentAt: d.appointmentAt ?? null,
  clockPaused: d.clockPaused,
  isOverdue: d.isOverdue,
  isDueSoon: false,
  paymentStatus: d.paymentStatus,
});

/** Adds a dossier owned by an account (for list tests); returns it. */
export function seedDossier(ownerId: string, dossier: DossierDetail): DossierDetail {
  state.dossiers.push(dossier);
  state.owners.set(dossier.id, ownerId);
  return dossier;
}

const findOwned = (request: Request, id: unknown) => {
  const account = accountOf(request);
  const dossier = state.dossiers.find((d) => d.id === id);
  if (!account) return { response: problem(401, 'Unauthorized') };
  if (!dossier) return { response: problem(404, 'Not Found', 'Dossier not found.') };
  return { dossier };
};

const replace = (next: DossierDetail) => {
  state.dossiers = state.dossiers.map((d) => (d.id === next.id ? next : d));
  return next;
};

export const dossierSubmissionHandlers = [
  http.get('*/api/dossiers/mine', ({ request }) => {
    const account = accountOf(request);
    if (!account) return problem(401, 'Unauthorized');
    const url = new URL(request.url);
    const pageSize = Number(url.searchParams.get('pageSize') ?? '20');
    const offset = Number(url.searchParams.get('cursor') ?? '0');
    const mine = state.dossiers
      .filter((d) => state.owners.get(d.id) === account.id)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    const items = mine.slice(offset, offset + pageSize).map(toSummary);
    const nextCursor = offset + pageSize < mine.length ? String(offset + pageSize) : null;
    return HttpResponse.json({ items, nextCursor });
  }),

  http.get('*/api/dossiers/track/:code', ({ request, params }) => {
    const identity = new URL(request.url).searchParams.get('identity') ?? '';
    const dossier = state.dossiers.find(
      (d) => d.code === params.code && (d.applicant.identityNumber === identity || d.applicant.phone === identity),
    );
    if (!dossier?.code) return problem(404, 'Not Found', 'Dossier not found.');
    const tracking: DossierTracking = {
      code: dossier.code,
      procedureName: dossier.procedureName,
      receivingAgency: dossier.receivingAgency.name,
      status: dossier.status,
      submittedAt: dossier.submittedAt ?? null,
      receivedAt: dossier.receivedAt ?? null,
      dueAt: dossier.dueAt ?? null,
      appointmentAt: dossier.appointmentAt ?? null,
      processedAt: null,
      returnedAt: null,
      timeline: dossier.history.map((h) => ({
        at: h.at,
        action: h.action,
        status: h.toStatus,
        agency: (h.toAgency ?? h.fromAgency)?.name ?? null,
        step: h.stepName ?? null,
        stepDueAt: h.stepDueAt ?? null,
      })),
    };
    return HttpResponse.json(tracking);
  }),

  http.post('*/api/dossiers', async ({ request }) => {
    const account = accountOf(request);
    if (!account) return problem(401, 'Unauthorized');
    const key = request.headers.get('Idempotency-Key');
    const replayed = key ? state.dossiers.find((d) => d.id === state.createKeys.get(key)) : undefined;
    if (replayed) return HttpResponse.json(replayed, { status: 201 });

    const body = (await request.json()) as CreateDossierRequest;
    const procedure = procedureDetails.find((p) => p.id === body.procedureId);
    const procedureCase = procedure?.cases[body.caseIndex];
    const agency = procedure?.implementingAgencies.find((a) => a.id === body.agencyId);
    if (!procedure || !procedureCase || !agency) return validation({ ProcedureId: ['Unknown procedure or case.'] });
    if (body.applicant.kind === 'Citizen' && !/^\d{12}$/.test(body.applicant.identityNumber))
      return validation({ 'Applicant.IdentityNumber': ['Số định danh cá nhân phải gồm 12 chữ số.'] });

    const dossier: DossierDetail = {
      id: nextId('50000000'),
      code: null,
      status: 'Draft',
      channel: body.channel,
      version: 1,
      procedureId: procedure.id,
      procedureCode: procedure.code,
      procedureName: procedure.name,
      caseIndex: body.caseIndex,
      caseName: procedureCase.name,
      fee: procedureCase.fees.reduce((sum, fee) => sum + fee.amount, 0),
      receivingAgency: serviceCenter,
      holdingAgency: serviceCenter,
      applicant: { ...body.applicant, email: body.applicant.email ?? null },
      representative: body.representative ?? undefined,
      createdAt: new Date(Date.UTC(2026, 2, 1, 8, state.sequence)).toISOString(),
      clockPaused: false,
      isOverdue: false,
      paymentStatus: 'NotRequired',
      requiredDocuments: procedureCase.documents.map((doc, index) => ({ index, name: doc.name, supplied: false })),
      documents: [],
      steps: [],
      subDossiers: [],
      history: [],
      availableActions: ['Submit'],
    };
    state.dossiers.push(dossier);
    state.owners.set(dossier.id, account.id);
    if (key) state.createKeys.set(key, dossier.id);
    return HttpResponse.json(dossier, { status: 201 });
  }),

  http.get('*/api/dossiers/:id', ({ request, params }) => {
    const found = findOwned(request, params.id);
    return found.response ?? HttpResponse.json(found.dossier);
  }),

  http.post('*/api/dossiers/:id/documents', async ({ request, params }) => {
    const found = findOwned(request, params.id);
    if (found.response) return found.response;
    const form = parseMultipart(request.headers.get('content-type') ?? '', await request.text());
    const file = form.file;
    const index = Number(form.fields.requiredDocumentIndex ?? '-1');
    if (!file) return validation({ File: ['Chọn một tệp.'] });
    const fileName = file.name;
    if (!/\.(pdf|jpe?g|png)$/i.test(fileName)) return validation({ File: ['Chỉ chấp nhận tệp PDF, JPEG hoặc PNG.'] });
    const document: DossierDocument = {
      id: nextId('60000000'),
      purpose: 'Component',
      requiredDocumentIndex: index,
      fileName,
      contentType: file.type,
      length: file.size,
      digitized: false,
      uploadedAt: '2026-03-01T08:30:00Z',
    };
    const dossier = found.dossier;
    replace({
      ...dossier,
      version: dossier.version + 1,
      documents: [...dossier.documents, document],
      requiredDocuments: dossier.requiredDocuments.map((r) => (r.index === index ? { ...r, supplied: true } : r)),
    });
    return HttpResponse.json(document, { status: 201 });
  }),

  http.delete('*/api/dossiers/:id/documents/:documentId', ({ request, params }) => {
    const found = findOwned(request, params.id);
    if (found.response) return found.response;
    const dossier = found.dossier;
    const documents = dossier.documents.filter((d) => d.id !== params.documentId);
    replace({
      ...dossier,
      version: dossier.version + 1,
      documents,
      requiredDocuments: dossier.requiredDocuments.map((r) => ({
        ...r,
        supplied: documents.some((d) => d.requiredDocumentIndex === r.index),
      })),
    });
    return new HttpResponse(null, { status: 204 });
  }),

  http.post('*/api/dossiers/:id/submit', async ({ request, params }) => {
    const found = findOwned(request, params.id);
    if (found.response) return found.response;
    const dossier = found.dossier;
    const { version } = (await request.json()) as { version: number };
    if (version !== dossier.version)
      return HttpResponse.json(
        { type: '/problems/dossier-changed', title: 'Conflict', status: 409, current: dossier },
        { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
      );
    if (dossier.status !== 'Draft') return problem(409, 'Conflict', 'Hồ sơ không ở trạng thái nháp.');
    if (dossier.requiredDocuments.some((r) => !r.supplied))
      return problem(422, 'Unprocessable Content', 'Còn thiếu thành phần hồ sơ.');
    state.codeSequence += 1;
    const submittedAt = '2026-03-01T09:00:00Z';
    const submitted = replace({
      ...dossier,
      status: 'Submitted',
      code: `000.00.15.H34-260301-${String(state.codeSequence).padStart(4, '0')}`,
      version: dossier.version + 1,
      submittedAt,
      availableActions: ['Withdraw'],
      history: [
        {
          sequence: 1,
          action: 'Submit',
          fromStatus: 'Draft',
          toStatus: 'Submitted',
          actorName: dossier.applicant.fullName,
          at: submittedAt,
          note: null,
          toAgency: serviceCenter,
          stepName: null,
          stepDueAt: null,
          documentIds: [],
        },
      ],
    });
    return HttpResponse.json(submitted);
  }),
];

const readBytes = (blob: Blob): Promise<Uint8Array> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      resolve(new Uint8Array(reader.result as ArrayBuffer));
    };
    reader.onerror = () => {
      reject(reader.error ?? new Error('read failed'));
    };
    reader.readAsArrayBuffer(blob);
  });

/** jsdom's FormData → a multipart body the runtime's Request can parse. */
async function encodeMultipart(form: FormData, boundary: string): Promise<Uint8Array<ArrayBuffer>> {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  for (const [name, value] of form.entries()) {
    if (typeof value === 'string') {
      chunks.push(
        encoder.encode(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
      );
    } else {
      chunks.push(
        encoder.encode(
          `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${value.name}"\r\n` +
            `Content-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`,
        ),
        await readBytes(value),
        encoder.encode('\r\n'),
      );
    }
  }
  chunks.push(encoder.encode(`--${boundary}--\r\n`));
  const body = new Uint8Array(chunks.reduce((sum, c) => sum + c.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.length;
  }
  return body;
}

type ProgressHandler = ((event: ProgressEvent) => void) | null;

/**
 * A stand-in for XMLHttpRequest in tests: MSW's XHR interception cannot read a jsdom FormData body, so this
 * encodes the multipart body itself and sends it with fetch (which MSW intercepts), reporting upload progress
 * at 50% and 100% like a browser would. Install with `vi.stubGlobal('XMLHttpRequest', UploadXhr)`.
 */
export class UploadXhr {
  status = 0;
  statusText = '';
  responseText = '';
  readyState = 0;
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  readonly upload: { onprogress: ProgressHandler } = { onprogress: null };
  private method = 'GET';
  private url = '';
  private readonly headers = new Headers();
  private readonly controller = new AbortController();

  open(method: string, url: string): void {
    this.method = method;
    this.url = url;
    this.readyState = 1;
  }

  setRequestHeader(name: string, value: string): void {
    this.headers.set(name, value);
  }

  abort(): void {
    this.controller.abort();
    this.onabort?.();
  }

  send(body: FormData | string | null): void {
    void this.dispatch(body);
  }

  private async dispatch(body: FormData | string | null): Promise<void> {
    try {
      let payload: Uint8Array<ArrayBuffer> | string | null = typeof body === 'string' ? body : null;
      if (body !== null && typeof body !== 'string') {
        const boundary = 'test-boundary-7d1f';
        payload = await encodeMultipart(body, boundary);
        this.headers.set('Content-Type', `multipart/form-data; boundary=${boundary}`);
      }
      const total = typeof payload === 'string' ? payload.length : (payload?.length ?? 0);
      this.upload.onprogress?.({ lengthComputable: true, loaded: total / 2, total } as ProgressEvent);
      const response = await fetch(this.url, {
        method: this.method,
        headers: this.headers,
        body: payload,
        signal: this.controller.signal,
      });
      this.upload.onprogress?.({ lengthComputable: true, loaded: total, total } as ProgressEvent);
      this.status = response.status;
      this.statusText = response.statusText;
      this.responseText = await response.text();
      this.readyState = 4;
      this.onload?.();
    } catch {
      if (!this.controller.signal.aborted) this.onerror?.();
    }
  }
}
