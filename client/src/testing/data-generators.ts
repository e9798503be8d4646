import type {
  Agency,
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
export const createPage = (
  items: ProcedureSummary[],
  {
    pageNumber = 1,
    pageSize = 20,
    totalCount = items.length,
  }: { pageNumber?: number; pageSize?: number; totalCount?: number } = {},
): ProcedureSummaryPage => {
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
