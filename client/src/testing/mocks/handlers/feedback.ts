import { http, HttpResponse } from 'msw';

import type {
  FeedbackAction,
  FeedbackDetail,
  FeedbackInboxCounts,
  FeedbackReceipt,
  FeedbackSummary,
  PublicFeedbackSummary,
} from '@/lib/api/types';
import { isOfficer } from '@/lib/auth/roles';

import { createFeedbackDetail, createPublicFeedback, createPublicFeedbackSummary } from '../../data-generators';
import { agencies } from '../db';
import { foldDiacritics, problem, validationProblem } from '../utils';

import { accountOf, citizen } from './auth';
import { parseMultipart } from './dossier-submission';

/** 25 published feedback, newest first (two pages of 20); every fifth was reopened and waits for a new answer. */
export const publicFeedbackItems: PublicFeedbackSummary[] = Array.from({ length: 25 }, (_, index) => {
  const n = String(index + 1).padStart(4, '0');
  return createPublicFeedbackSummary({
    id: `70000000-0000-4000-8000-00000000${n}`,
    code: `PAKN-261124-${n}`,
    title: index === 3 ? 'Đất đai: chậm cấp giấy chứng nhận' : `Phản ánh về thủ tục số ${n}`,
    category: index % 2 === 0 ? 'RegulationsAndProcedures' : 'OfficerConduct',
    answered: index % 5 !== 4,
  });
});

/** A feedback the signed-in citizen sent, answered and published, that they may rate and reopen. */
export const answeredFeedback = createFeedbackDetail({
  id: '71000000-0000-4000-8000-000000000001',
  code: 'PAKN-261124-0101',
  status: 'Published',
  version: 9,
  contact: { fullName: citizen.fullName, phoneNumber: citizen.phoneNumber, email: citizen.email, citizenId: null },
  assignedAt: '2026-11-25T02:00:00Z',
  answerDueAt: '2026-12-09T10:00:00Z',
  dueAt: null,
  publishedAt: '2026-12-02T03:00:00Z',
  reopenUntil: '2027-01-01T03:00:00Z',
  answers: [
    {
      sequence: 1,
      text: 'Hồ sơ của ông đã được giải quyết ngày 01/12/2026.',
      agencyName: 'Sở Xây dựng',
      approvedBy: 'Phạm Quốc Dũng',
      answeredAt: '2026-12-02T03:00:00Z',
      onTime: true,
      satisfied: null,
      ratingComment: null,
      ratedAt: null,
    },
  ],
  attachments: [
    {
      id: '72000000-0000-4000-8000-000000000001',
      purpose: 'Answer',
      fileName: 'cong-van-tra-loi.pdf',
      contentType: 'application/pdf',
      length: 2048,
      uploadedAt: '2026-12-01T08:00:00Z',
    },
  ],
  availableActions: ['Rate', 'Reopen'],
});

/** The follow-up key of `answeredFeedback`'s receipt. */
export const answeredFeedbackKey = 'follow-key-0101';

/** A feedback waiting at the commune to be routed, which the mock processor there may act on. */
export const receivedFeedback = createFeedbackDetail({
  id: '71000000-0000-4000-8000-000000000002',
  code: 'PAKN-261124-0102',
  availableActions: ['Assign', 'CloseNotInScope'],
});

/** 25 feedback in the agency's inbox, newest first (two pages of 20). */
export const inboxFeedback: FeedbackSummary[] = Array.from({ length: 25 }, (_, index) => {
  const n = String(index + 1).padStart(4, '0');
  const statuses = ['Received', 'Assigned', 'Transferred'] as const;
  return {
    id: `73000000-0000-4000-8000-00000000${n}`,
    code: `PAKN-261120-${n}`,
    title: `Phản ánh trong hộp thư ${n}`,
    category: index % 4 === 3 ? 'OfficerConduct' : 'RegulationsAndProcedures',
    status: statuses[index % statuses.length] ?? 'Received',
    submitterName: `Người gửi ${n}`,
    receivedAt: '2026-11-20T01:00:00Z',
    dueAt: '2026-11-27T10:00:00Z',
    isOverdue: index === 1,
    isDueSoon: index === 2,
    awaitingApproval: index === 4,
  };
});

type Submission = { fields: Record<string, string>; files: string[]; idempotencyKey: string | null };

const state = {
  feedback: new Map<string, FeedbackDetail>(),
  keys: new Map<string, string>(),
  owners: new Map<string, string>(),
  submissions: [] as Submission[],
  sequence: 0,
};

export function resetFeedbackDb(): void {
  state.feedback = new Map([
    [answeredFeedback.id, structuredClone(answeredFeedback)],
    [receivedFeedback.id, structuredClone(receivedFeedback)],
  ]);
  state.keys = new Map([[answeredFeedback.code, answeredFeedbackKey]]);
  state.owners = new Map([[answeredFeedback.id, citizen.id]]);
  state.submissions = [];
  state.sequence = 0;
}
resetFeedbackDb();

/** Puts a feedback in the mock API (or replaces it), e.g. in the state a test starts from. */
export function seedFeedback(feedback: FeedbackDetail, options: { key?: string; ownerId?: string } = {}): void {
  state.feedback.set(feedback.id, structuredClone(feedback));
  if (options.key) state.keys.set(feedback.code, options.key);
  if (options.ownerId) state.owners.set(feedback.id, options.ownerId);
}

/** The feedback as the mock API holds it now. */
export const storedFeedback = (id: string): FeedbackDetail | undefined => state.feedback.get(id);

/** What POST /api/feedback received, oldest first. */
export const feedbackSubmissions = (): readonly Submission[] => state.submissions;

const MOBILE = /^(?:0|\+?84)[35789][0-9]{8}$/;

function validateSubmission(fields: Record<string, string>): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  if (!fields.title) errors.Title = ['Give the feedback a title.'];
  if (!fields.content) errors.Content = ['Write what the feedback is about.'];
  if (!fields.fullName) errors.FullName = ['Give your name.'];
  if (!fields.phoneNumber && !fields.email)
    errors.PhoneNumber = ['Give a phone number or an e-mail address, so the agency can reach you.'];
  if (fields.phoneNumber && !MOBILE.test(fields.phoneNumber))
    errors.PhoneNumber = ['The phone number must be a Vietnamese mobile number, e.g. 0912345678.'];
  return errors;
}

const agencyRef = (id: string) => {
  const agency = agencies.find((a) => a.id === id);
  return agency ? { id: agency.id, code: agency.code, name: agency.name, level: agency.level } : undefined;
};

/** What an action does to the mock feedback: its new status and fields, and what may be done next. */
function applyAction(feedback: FeedbackDetail, action: FeedbackAction, body: Record<string, unknown>): FeedbackDetail {
  const at = '2026-11-26T03:00:00Z';
  const next: FeedbackDetail = { ...feedback, version: feedback.version + 1 };
  const text = (name: string) => (typeof body[name] === 'string' ? body[name] : '');
  switch (action) {
    case 'Assign':
      Object.assign(next, {
        status: 'Assigned',
        assignedAt: at,
        answerDueAt: '2026-12-10T10:00:00Z',
        dueAt: '2026-12-10T10:00:00Z',
        handlingAgency: agencyRef(text('agencyId')) ?? feedback.handlingAgency,
        availableActions: ['Transfer', 'DraftAnswer', 'CloseNotInScope'],
      });
      break;
    case 'Transfer':
      Object.assign(next, {
        status: 'Transferred',
        handlingAgency: agencyRef(text('agencyId')) ?? feedback.handlingAgency,
        availableActions: [],
      });
      break;
    case 'CloseNotInScope':
      Object.assign(next, {
        status: 'NotInScope',
        closingReason: text('reason'),
        redirection: text('redirection'),
        availableActions: [],
      });
      break;
    case 'DraftAnswer':
      Object.assign(next, {
        draft: { text: text('text'), draftedBy: 'Phạm Chuyên Viên', draftedAt: at, returnNote: null },
        availableActions: ['DraftAnswer', 'Transfer'],
      });
      break;
    case 'ReturnDraft':
      Object.assign(next, {
        draft: feedback.draft ? { ...feedback.draft, returnNote: text('note') } : undefined,
        availableActions: ['DraftAnswer'],
      });
      break;
    case 'ApproveAnswer':
      Object.assign(next, {
        status: body.publish === true ? 'Published' : 'Answered',
        publishedAt: body.publish === true ? at : null,
        draft: undefined,
        dueAt: null,
        answers: [
          ...feedback.answers,
          {
            sequence: feedback.answers.length + 1,
            text: feedback.draft?.text ?? '',
            agencyName: feedback.handlingAgency.name,
            approvedBy: 'Lãnh Đạo',
            answeredAt: at,
            onTime: true,
            satisfied: null,
            ratingComment: null,
            ratedAt: null,
          },
        ],
        availableActions: body.publish === true ? [] : ['Publish'],
      });
      break;
    case 'Publish':
      Object.assign(next, { status: 'Published', publishedAt: at, availableActions: [] });
      break;
    case 'Rate':
      Object.assign(next, {
        answers: feedback.answers.map((answer, index) =>
          index === feedback.answers.length - 1
            ? { ...answer, satisfied: body.satisfied === true, ratingComment: text('comment') || null, ratedAt: at }
            : answer,
        ),
        availableActions: feedback.availableActions.filter((a) => a !== 'Rate'),
      });
      break;
    case 'Reopen':
      Object.assign(next, {
        status: 'Assigned',
        reopenedAt: at,
        reopenUntil: null,
        dueAt: '2026-12-10T10:00:00Z',
        availableActions: [],
      });
      break;
    case 'Submit':
      break;
  }
  next.history = [
    ...feedback.history,
    {
      sequence: feedback.history.length + 1,
      action,
      fromStatus: feedback.status,
      toStatus: next.status,
      actorName: 'Phạm Chuyên Viên',
      at,
      note: text('reason') || text('note') || null,
      fromAgency: feedback.handlingAgency.name,
      toAgency: next.handlingAgency.name,
    },
  ];
  return next;
}

const segments: Record<string, FeedbackAction> = {
  assign: 'Assign',
  transfer: 'Transfer',
  'close-not-in-scope': 'CloseNotInScope',
  'draft-answer': 'DraftAnswer',
  'return-draft': 'ReturnDraft',
  'approve-answer': 'ApproveAnswer',
  publish: 'Publish',
  rate: 'Rate',
  reopen: 'Reopen',
};

const pdf = () =>
  HttpResponse.arrayBuffer(new TextEncoder().encode('%PDF-1.7').buffer, {
    headers: { 'Content-Type': 'application/pdf' },
  });

const toSummary = (f: FeedbackDetail): FeedbackSummary => ({
  id: f.id,
  code: f.code,
  title: f.title,
  category: f.category,
  status: f.status,
  submitterName: f.contact.fullName,
  receivedAt: f.receivedAt,
  dueAt: f.dueAt,
  isOverdue: f.isOverdue,
  isDueSoon: f.isDueSoon,
  awaitingApproval: Boolean(f.draft && !f.draft.returnNote),
});

/** A page of `items` from the `cursor` (an offset in these mocks) of `search`. */
function page<T>(items: readonly T[], search: URLSearchParams) {
  const pageSize = Number(search.get('pageSize') ?? '20');
  const offset = Number(search.get('cursor') ?? '0');
  const nextCursor = offset + pageSize < items.length ? String(offset + pageSize) : null;
  return { items: items.slice(offset, offset + pageSize), nextCursor };
}

export const feedbackInboxCounts = (): FeedbackInboxCounts => ({
  byStatus: {
    Received: inboxFeedback.filter((f) => f.status === 'Received').length,
    Assigned: inboxFeedback.filter((f) => f.status === 'Assigned').length,
    Transferred: inboxFeedback.filter((f) => f.status === 'Transferred').length,
    Answered: 0,
    Published: 0,
    NotInScope: 0,
  },
  dueSoon: inboxFeedback.filter((f) => f.isDueSoon).length,
  overdue: inboxFeedback.filter((f) => f.isOverdue).length,
  awaitingApproval: inboxFeedback.filter((f) => f.awaitingApproval).length,
});

const matchesInbox = (f: FeedbackSummary, search: URLSearchParams): boolean => {
  const status = search.get('status');
  if (status ? f.status !== status : !['Received', 'Assigned', 'Transferred'].includes(f.status)) return false;
  const category = search.get('category');
  if (category && f.category !== category) return false;
  if (search.get('overdue') === 'true' && !f.isOverdue) return false;
  if (search.get('dueSoon') === 'true' && !f.isDueSoon) return false;
  if (search.get('awaitingApproval') === 'true' && !f.awaitingApproval) return false;
  return true;
};

/** Feedback (PAKN): submission, the public list, the follow-up by key, my feedback, the inbox and the actions. */
export const feedbackHandlers = [
  http.post('*/api/feedback', async ({ request }) => {
    const parsed = parseMultipart(request.headers.get('Content-Type') ?? '', await request.text());
    const key = request.headers.get('Idempotency-Key');
    state.submissions.push({ fields: parsed.fields, files: parsed.files.map((f) => f.name), idempotencyKey: key });
    const errors = validateSubmission(parsed.fields);
    if (Object.keys(errors).length > 0) return validationProblem(errors);
    state.sequence += 1;
    const n = String(state.sequence).padStart(4, '0');
    const account = accountOf(request);
    const feedback = createFeedbackDetail({
      id: `74000000-0000-4000-8000-00000000${n}`,
      code: `PAKN-261126-${n}`,
      title: parsed.fields.title ?? '',
      content: parsed.fields.content ?? '',
      contact: {
        fullName: parsed.fields.fullName ?? '',
        phoneNumber: parsed.fields.phoneNumber ?? null,
        email: parsed.fields.email ?? null,
        citizenId: parsed.fields.citizenId ?? null,
      },
    });
    const followUpKey = `follow-key-${n}`;
    seedFeedback(feedback, { key: followUpKey, ownerId: account?.id });
    const receipt: FeedbackReceipt = {
      id: feedback.id,
      code: feedback.code,
      receivedAt: '2026-11-26T02:00:00Z',
      assignDueAt: '2026-12-03T10:00:00Z',
      handlingAgency: 'Trung tâm Phục vụ hành chính công tỉnh',
      followUpKey,
    };
    return HttpResponse.json(receipt, { status: 201 });
  }),

  http.get('*/api/feedback/public', ({ request }) => {
    const search = new URL(request.url).searchParams;
    const words = foldDiacritics(search.get('search') ?? '');
    const answered = search.get('answered');
    const category = search.get('category');
    const found = publicFeedbackItems.filter(
      (item) =>
        (!words || foldDiacritics(item.title).includes(words)) &&
        (answered === null || String(item.answered) === answered) &&
        (!category || item.category === category),
    );
    return HttpResponse.json(page(found, search));
  }),

  http.get('*/api/feedback/public/:code/attachments/:attachmentId', () => pdf()),

  http.get('*/api/feedback/public/:code', ({ params }) => {
    const item = publicFeedbackItems.find((f) => f.code === params.code);
    return item
      ? HttpResponse.json(createPublicFeedback({ code: item.code, title: item.title, answered: item.answered }))
      : problem(404, 'Not Found', 'No published feedback has this code.');
  }),

  http.get('*/api/feedback/follow/:code', ({ request, params }) => {
    const key = new URL(request.url).searchParams.get('key');
    const feedback = [...state.feedback.values()].find((f) => f.code === params.code);
    if (!feedback || !key || state.keys.get(feedback.code) !== key) return problem(404, 'Not Found');
    return HttpResponse.json(feedback);
  }),

  http.get('*/api/feedback/mine', ({ request }) => {
    const account = accountOf(request);
    if (!account) return problem(401, 'Unauthorized');
    const mine = [...state.feedback.values()].filter((f) => state.owners.get(f.id) === account.id).map(toSummary);
    return HttpResponse.json(page(mine, new URL(request.url).searchParams));
  }),

  http.get('*/api/feedback/inbox/counts', ({ request }) => {
    const account = accountOf(request);
    if (!account) return problem(401, 'Unauthorized');
    if (!isOfficer(account.roles)) return problem(403, 'Forbidden');
    return HttpResponse.json(feedbackInboxCounts());
  }),

  http.get('*/api/feedback/inbox', ({ request }) => {
    const account = accountOf(request);
    if (!account) return problem(401, 'Unauthorized');
    if (!isOfficer(account.roles)) return problem(403, 'Forbidden');
    const search = new URL(request.url).searchParams;
    return HttpResponse.json(
      page(
        inboxFeedback.filter((f) => matchesInbox(f, search)),
        search,
      ),
    );
  }),

  http.get('*/api/feedback/:id/attachments/:attachmentId', () => pdf()),

  http.post('*/api/feedback/:id/attachments', async ({ request, params }) => {
    const feedback = state.feedback.get(String(params.id));
    if (!feedback) return problem(404, 'Not Found');
    const parsed = parseMultipart(request.headers.get('Content-Type') ?? '', await request.text());
    state.sequence += 1;
    const attachment = {
      id: `75000000-0000-4000-8000-${state.sequence.toString(16).padStart(12, '0')}`,
      purpose: 'Answer' as const,
      fileName: parsed.file?.name ?? 'file.pdf',
      contentType: parsed.file?.type ?? 'application/pdf',
      length: parsed.file?.size ?? 0,
      uploadedAt: '2026-11-26T04:00:00Z',
    };
    state.feedback.set(feedback.id, { ...feedback, attachments: [...feedback.attachments, attachment] });
    return HttpResponse.json(attachment, { status: 201 });
  }),

  http.delete('*/api/feedback/:id/attachments/:attachmentId', ({ params }) => {
    const feedback = state.feedback.get(String(params.id));
    if (!feedback) return problem(404, 'Not Found');
    const attachments = feedback.attachments.filter((a) => a.id !== params.attachmentId);
    state.feedback.set(feedback.id, { ...feedback, attachments });
    return new HttpResponse(null, { status: 204 });
  }),

  http.get('*/api/feedback/:id', ({ request, params }) => {
    if (!accountOf(request)) return problem(401, 'Unauthorized');
    const feedback = state.feedback.get(String(params.id));
    return feedback ? HttpResponse.json(feedback) : problem(404, 'Not Found');
  }),

  http.post('*/api/feedback/:id/:action', async ({ request, params }) => {
    const action = segments[String(params.action)];
    const feedback = state.feedback.get(String(params.id));
    if (!action || !feedback) return problem(404, 'Not Found');
    const body = (await request.json()) as Record<string, unknown>;
    if (body.version !== feedback.version)
      return HttpResponse.json(
        { type: '/problems/feedback-changed', title: 'The feedback has changed', status: 409, current: feedback },
        { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
      );
    if (!feedback.availableActions.includes(action)) return problem(403, 'Forbidden');
    const next = applyAction(feedback, action, body);
    state.feedback.set(next.id, next);
    return HttpResponse.json(next);
  }),
];
