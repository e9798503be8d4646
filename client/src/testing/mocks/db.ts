import type { Agency, Field, ProcedureDetail, ProcedureSummary } from '@/lib/api/types';

/**
 * A small, fixed catalogue for MSW handlers (the same shape the backend seeds).
 * Tests that need other data override the handlers with server.use(...).
 */
export const fields: Field[] = [
  { id: '10000000-0000-4000-8000-000000000001', code: 'XD', name: 'Hoạt động xây dựng' },
  { id: '10000000-0000-4000-8000-000000000002', code: 'HT', name: 'Hộ tịch' },
  { id: '10000000-0000-4000-8000-000000000003', code: 'DD', name: 'Đất đai' },
];

export const agencies: Agency[] = [
  {
    id: '20000000-0000-4000-8000-000000000001',
    code: '000.00.00.H34',
    name: 'Ủy ban nhân dân tỉnh Khánh Hòa',
    level: 'Province',
    parentId: null,
    validFrom: '2025-07-01',
  },
  {
    id: '20000000-0000-4000-8000-000000000002',
    code: '000.00.14.H34',
    name: 'Sở Xây dựng',
    level: 'Department',
    parentId: '20000000-0000-4000-8000-000000000001',
    validFrom: '2025-07-01',
  },
  {
    id: '20000000-0000-4000-8000-000000000003',
    code: '000.00.22.H34',
    name: 'Sở Tư pháp',
    level: 'Department',
    parentId: '20000000-0000-4000-8000-000000000001',
    validFrom: '2025-07-01',
  },
  {
    id: '20000000-0000-4000-8000-000000000004',
    code: '000.17.22.H34',
    name: 'Ủy ban nhân dân phường Nha Trang',
    level: 'Commune',
    parentId: '20000000-0000-4000-8000-000000000001',
    validFrom: '2025-07-01',
  },
];

const [construction, civilStatus] = fields as [Field, Field, Field];
const [, , justiceDept, nhaTrang] = agencies as [Agency, Agency, Agency, Agency];

export const buildingPermit: ProcedureDetail = {
  id: '30000000-0000-4000-8000-000000000001',
  code: '1.009794.000.00.00.H34',
  name: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ',
  versionNumber: 2,
  status: 'Published',
  isLatest: true,
  field: construction,
  levels: ['Commune'],
  implementingAgencies: [{ id: nhaTrang.id, code: nhaTrang.code, name: nhaTrang.name, level: nhaTrang.level }],
  onlineLevel: 'FullOnline',
  result: 'Giấy phép xây dựng',
  legalBasis: 'Luật Xây dựng số 50/2014/QH13\nNghị định số 175/2024/NĐ-CP',
  publishedAt: '2025-07-01T00:00:00Z',
  process: [],
  cases: [
    {
      name: 'Nhà ở riêng lẻ tại đô thị',
      processingTime: { value: 15, unit: 'WorkingDays' },
      fees: [{ amount: 75000, description: 'Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ' }],
      documents: [
        {
          name: 'Đơn đề nghị cấp giấy phép xây dựng',
          form: 'Original',
          count: 1,
          templateFileName: 'mau-01-don-de-nghi.docx',
        },
        { name: 'Giấy tờ chứng minh quyền sử dụng đất', form: 'Copy', count: 1, templateFileName: null },
        { name: 'Bản vẽ thiết kế xây dựng', form: 'OriginalOrCopy', count: 2, templateFileName: null },
      ],
    },
    {
      name: 'Nhà ở riêng lẻ tại nông thôn',
      processingTime: { value: 10, unit: 'WorkingDays' },
      fees: [],
      documents: [
        {
          name: 'Đơn đề nghị cấp giấy phép xây dựng',
          form: 'Original',
          count: 1,
          templateFileName: 'mau-01-don-de-nghi.docx',
        },
      ],
    },
  ],
};

export const birthRegistration: ProcedureDetail = {
  id: '30000000-0000-4000-8000-000000000002',
  code: '1.001193',
  name: 'Đăng ký khai sinh',
  versionNumber: 1,
  status: 'Published',
  isLatest: true,
  field: civilStatus,
  levels: ['Commune'],
  implementingAgencies: [
    { id: justiceDept.id, code: justiceDept.code, name: justiceDept.name, level: justiceDept.level },
  ],
  onlineLevel: 'FullOnline',
  result: 'Giấy khai sinh',
  legalBasis: 'Luật Hộ tịch số 60/2014/QH13',
  publishedAt: '2025-07-01T00:00:00Z',
  process: [],
  cases: [
    {
      name: 'Đăng ký khai sinh đúng hạn',
      processingTime: { value: 1, unit: 'WorkingDays' },
      fees: [],
      documents: [
        { name: 'Tờ khai đăng ký khai sinh', form: 'Original', count: 1, templateFileName: 'to-khai-khai-sinh.docx' },
      ],
    },
  ],
};

export const procedureDetails: ProcedureDetail[] = [buildingPermit, birthRegistration];

export const toSummary = (detail: ProcedureDetail): ProcedureSummary => {
  const [first, ...others] = detail.cases.map((c) => c.processingTime);
  if (!first) throw new Error('A published procedure has at least one case.');
  const fees = detail.cases.map((c) => c.fees.reduce((sum, fee) => sum + fee.amount, 0));
  return {
    id: detail.id,
    code: detail.code,
    name: detail.name,
    versionNumber: detail.versionNumber,
    fieldId: detail.field.id,
    fieldName: detail.field.name,
    levels: detail.levels,
    onlineLevel: detail.onlineLevel,
    caseCount: detail.cases.length,
    minProcessingTime: others.reduce((min, t) => (t.value < min.value ? t : min), first),
    minFee: fees.length === 0 ? 0 : Math.min(...fees),
    publishedAt: detail.publishedAt,
  };
};
