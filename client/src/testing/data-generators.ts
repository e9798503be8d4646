import type {
  Agency,
  AuditEntry,
  DossierRating,
  FeedbackDetail,
  PublicFeedback,
  PublicFeedbackSummary,
  Field,
  ProcedureCase,
  ProcedureDetail,
  ProcedureSummary,
  ProcedureSummaryPage,
} from '@/lib/api/types';

let sequence = 0;

/** A valid, deterministic v4-shaped UUID. */
export const nextId = (): string => {
  sequence += 1;
  return `00000000-0000-4000-8000-${sequence.toString(16).padStart(12, '0')}`;
};

export const resetSequence = (): void => {
  sequence = 0;
};

export const createField = (overrides: Partial<Field> = {}): Field => {
  const id = overrides.id ?? nextId();
  return { id, code: `LV${id.slice(-4)}`, name: `Lĩnh vực ${id.slice(-4)}`, ...overrides };
};

export const createAgency = (overrides: Partial<Agency> = {}): Agency => {
  const id = overrides.id ?? nextId();
  return {
    id,
    code: `000.00.${id.slice(-2)}.H56`,
    name: `Cơ quan ${id.slice(-4)}`,
    level: 'Department',
    parentId: null,
    validFrom: '2025-07-01',
    ...overrides,
  };
};

/** The fields a procedure's summary and its detail have in common. */
type ProcedureBase = Pick<ProcedureSummary, keyof ProcedureSummary & keyof ProcedureDetail>;

const createProcedureBase = (id: string): ProcedureBase => ({
  id,
  code: `1.00${id.slice(-4)}`,
  name: `Thủ tục ${id.slice(-4)}`,
  versionNumber: 1,
  levels: ['Province'],
  onlineLevel: 'PartialOnline',
  publishedAt: '2025-07-01T00:00:00Z',
});

export const createProcedureSummary = (overrides: Partial<ProcedureSummary> = {}): ProcedureSummary => ({
  ...createProcedureBase(overrides.id ?? nextId()),
  fieldId: nextId(),
  fieldName: 'Hoạt động xây dựng',
  caseCount: 1,
  minProcessingTime: { value: 15, unit: 'WorkingDays' },
  minFee: 0,
  ...overrides,
});

export const createProcedureCase = (overrides: Partial<ProcedureCase> = {}): ProcedureCase => ({
  name: 'Trường hợp chung',
  processingTime: { value: 15, unit: 'WorkingDays' },
  fees: [],
  documents: [{ name: 'Đơn đề nghị', form: 'Original', count: 1, templateFileName: null }],
  ...overrides,
});

export const createProcedureDetail = (overrides: Partial<ProcedureDetail> = {}): ProcedureDetail => ({
  ...createProcedureBase(overrides.id ?? nextId()),
  status: 'Published',
  isLatest: true,
  process: [],
  field: { id: nextId(), code: 'XD', name: 'Hoạt động xây dựng' },
  implementingAgencies: [],
  result: 'Giấy phép',
  legalBasis: 'Luật Xây dựng số 50/2014/QH13',
  cases: [createProcedureCase()],
  ...overrides,
});

/** One page of items the way the API's PaginatedList<T> reports it. */
export const createPage = <T = ProcedureSummary>(
  items: T[],
  {
    pageNumber = 1,
    pageSize = 20,
    totalCount = items.length,
  }: { pageNumber?: number; pageSize?: number; totalCount?: number } = {},
): Omit<ProcedureSummaryPage, 'items'> & { items: T[] } => {
  const totalPages = Math.ceil(totalCount / pageSize);
  return {
    items,
    pageNumber,
    totalPages,
    totalCount,
    hasPreviousPage: pageNumber > 1,
    hasNextPage: pageNumber < totalPages,
  };
};

export const createAuditEntry = (overrides: Partial<AuditEntry> = {}): AuditEntry => ({
  id: overrides.id ?? nextId(),
  at: '2026-03-15T01:30:00Z',
  actorId: null,
  action: 'sign-in.succeeded',
  ipAddress: '203.0.113.7',
  details: '{}',
  ...overrides,
});

/** The commune and the department the feedback mocks route between (the same ones as the catalogue's db). */
const communeRef = {
  id: '20000000-0000-4000-8000-000000000004',
  code: '000.17.22.H34',
  name: 'Ủy ban nhân dân phường Nha Trang',
  level: 'Commune',
} as const;

/** A feedback just received at the commune, as GET /api/feedback/{id} answers an officer there. */
export const createFeedbackDetail = (overrides: Partial<FeedbackDetail> = {}): FeedbackDetail => ({
  id: overrides.id ?? nextId(),
  code: 'PAKN-261124-0001',
  status: 'Received',
  version: 3,
  title: 'Thời gian cấp giấy phép xây dựng quá lâu',
  content: 'Tôi nộp hồ sơ cấp phép xây dựng đã 30 ngày nhưng chưa có kết quả.',
  category: 'RegulationsAndProcedures',
  contact: { fullName: 'Trần Thị Hoa', phoneNumber: '0987654321', email: null, citizenId: null },
  relatedAgency: communeRef,
  relatedProcedureId: null,
  relatedDossierCode: null,
  handlingAgency: communeRef,
  receivedAt: '2026-11-24T02:00:00Z',
  assignDueAt: '2026-12-01T10:00:00Z',
  assignedAt: null,
  answerDueAt: null,
  dueAt: '2026-12-01T10:00:00Z',
  isOverdue: false,
  isDueSoon: false,
  consultsOtherAgencies: false,
  answers: [],
  publishedAt: null,
  reopenedAt: null,
  reopenUntil: null,
  closingReason: null,
  redirection: null,
  attachments: [],
  history: [
    {
      sequence: 1,
      action: 'Submit',
      fromStatus: 'Received',
      toStatus: 'Received',
      actorName: 'Trần Thị Hoa',
      at: '2026-11-24T02:00:00Z',
      note: null,
      fromAgency: null,
      toAgency: communeRef.name,
    },
  ],
  availableActions: [],
  ...overrides,
});

/** A line of the public list: published, answered, the name reduced to initials. */
export const createPublicFeedbackSummary = (overrides: Partial<PublicFeedbackSummary> = {}): PublicFeedbackSummary => {
  const id = overrides.id ?? nextId();
  return {
    id,
    code: `PAKN-261124-${id.slice(-4)}`,
    title: `Phản ánh công khai ${id.slice(-4)}`,
    category: 'RegulationsAndProcedures',
    submitterName: 'Trần T. H.',
    receivedAt: '2026-11-24T02:00:00Z',
    publishedAt: '2026-12-02T03:00:00Z',
    agencyName: 'Sở Xây dựng',
    answered: true,
    ...overrides,
  };
};

/** One published feedback with its answer, as anyone reads it. */
export const createPublicFeedback = (overrides: Partial<PublicFeedback> = {}): PublicFeedback => ({
  code: 'PAKN-261124-0001',
  title: 'Thời gian cấp giấy phép xây dựng quá lâu',
  content: 'Tôi nộp hồ sơ đã 30 ngày, số điện thoại *** nhưng chưa có kết quả.',
  category: 'RegulationsAndProcedures',
  submitterName: 'Trần T. H.',
  receivedAt: '2026-11-24T02:00:00Z',
  publishedAt: '2026-12-02T03:00:00Z',
  agencyName: 'Sở Xây dựng',
  answered: true,
  answer: 'Hồ sơ của bà đã được giải quyết ngày 01/12/2026.',
  answeredAt: '2026-12-01T08:00:00Z',
  answerAttachments: [],
  ...overrides,
});

/** A dossier's rating as it was given. */
export const createDossierRating = (overrides: Partial<DossierRating> = {}): DossierRating => ({
  dossierId: overrides.dossierId ?? nextId(),
  dossierCode: '000.00.14.H34-261123-0001',
  time: 'Satisfied',
  attitude: 'VerySatisfied',
  clarity: 'Satisfied',
  fees: 'Dissatisfied',
  satisfied: true,
  comment: null,
  channel: 'Account',
  ratedAt: '2026-12-03T02:00:00Z',
  ...overrides,
});
