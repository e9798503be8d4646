import type { AuditQuery } from '@/lib/api/types';

/** The audit page's filters as kept in its URL: days are `YYYY-MM-DD` in the province's time zone, both inclusive. */
export type AuditFilter = {
  action?: string;
  actorId?: string;
  from?: string;
  to?: string;
  page: number;
};

export const AUDIT_PAGE_SIZE = 20;

const PROVINCE_UTC_OFFSET = '+07:00';
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar day written `YYYY-MM-DD`. */
export function isDay(value: string): boolean {
  if (!dayPattern.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** The instant a province day starts, as UTC ISO (so that no `+` has to travel in a query string). */
const dayStart = (day: string): string => new Date(`${day}T00:00:00${PROVINCE_UTC_OFFSET}`).toISOString();

const nextDay = (day: string): string => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
};

/** Reads the filters from the URL, dropping values the API would refuse. */
export function parseAuditFilter(params: URLSearchParams): AuditFilter {
  const action = params.get('action')?.trim();
  const actorId = params.get('actorId') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const page = Number(params.get('page'));
  return {
    ...(action ? { action } : {}),
    ...(uuidPattern.test(actorId) ? { actorId } : {}),
    ...(isDay(from) ? { from } : {}),
    ...(isDay(to) ? { to } : {}),
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The filters as URL search parameters; the first page is left out. */
export function auditFilterSearch({ page, ...filters }: AuditFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) if (value) params.set(name, value);
  if (page > 1) params.set('page', String(page));
  return params;
}

/** The API query for the filters: `to` is inclusive here, exclusive in the API. */
export function auditQuery({ action, actorId, from, to, page }: AuditFilter): AuditQuery {
  return {
    ...(action ? { action } : {}),
    ...(actorId ? { actorId } : {}),
    ...(from ? { from: dayStart(from) } : {}),
    ...(to ? { to: dayStart(nextDay(to)) } : {}),
    pageNumber: page,
    pageSize: AUDIT_PAGE_SIZE,
  };
}
