import {
  isAgencyLevel,
  isOnlineServiceLevel,
  type AgencyLevel,
  type OnlineServiceLevel,
  type ProceduresQuery,
} from '@/lib/api/types';

export const PROCEDURES_PAGE_SIZE = 20;

/** The state of the results page, kept in the URL query string. */
export type ProcedureSearch = {
  q: string;
  fieldId?: string;
  agencyId?: string;
  level?: AgencyLevel;
  onlineLevel?: OnlineServiceLevel;
  pageNumber: number;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: string): boolean => UUID.test(value);

const uuidOrUndefined = (value: string | null): string | undefined =>
  value !== null && isUuid(value) ? value : undefined;

/** Reads the URL; values that the API would reject are dropped rather than sent. */
export function parseProcedureSearch(params: URLSearchParams): ProcedureSearch {
  const level = params.get('level') ?? '';
  const onlineLevel = params.get('onlineLevel') ?? '';
  const page = Number.parseInt(params.get('pageNumber') ?? '1', 10);
  return {
    q: (params.get('q') ?? '').trim(),
    fieldId: uuidOrUndefined(params.get('fieldId')),
    agencyId: uuidOrUndefined(params.get('agencyId')),
    level: isAgencyLevel(level) ? level : undefined,
    onlineLevel: isOnlineServiceLevel(onlineLevel) ? onlineLevel : undefined,
    pageNumber: Number.isFinite(page) && page >= 1 ? page : 1,
  };
}

/** Writes the URL; empty values and page 1 are left out so links stay short. */
export function toSearchParams(search: ProcedureSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.q) params.set('q', search.q);
  if (search.fieldId) params.set('fieldId', search.fieldId);
  if (search.agencyId) params.set('agencyId', search.agencyId);
  if (search.level) params.set('level', search.level);
  if (search.onlineLevel) params.set('onlineLevel', search.onlineLevel);
  if (search.pageNumber > 1) params.set('pageNumber', String(search.pageNumber));
  return params;
}

export const hasActiveFilters = (search: ProcedureSearch): boolean =>
  Boolean(search.fieldId ?? search.agencyId ?? search.level ?? search.onlineLevel);

/** The API query for a search state. */
export function toProceduresQuery(search: ProcedureSearch): ProceduresQuery {
  const query: ProceduresQuery = { pageNumber: search.pageNumber, pageSize: PROCEDURES_PAGE_SIZE };
  if (search.q) query.q = search.q;
  if (search.fieldId) query.fieldId = search.fieldId;
  if (search.agencyId) query.agencyId = search.agencyId;
  if (search.level) query.level = search.level;
  if (search.onlineLevel) query.onlineLevel = search.onlineLevel;
  return query;
}
