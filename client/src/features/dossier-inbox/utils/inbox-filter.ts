import type { ApiPaths, DossierStatus } from '@/lib/api/types';

export type InboxQuery = NonNullable<ApiPaths['/api/dossiers/inbox']['get']['parameters']['query']>;

/** The flag filters of the inbox, besides a status. */
export const inboxFlags = ['dueSoon', 'overdue', 'transfers', 'assignedToMe'] as const;
export type InboxFlag = (typeof inboxFlags)[number];

/** One chip is chosen at a time: all dossiers, one status, or one flag. */
export type InboxFilter =
  { kind: 'all' } | { kind: 'status'; status: DossierStatus } | { kind: 'flag'; flag: InboxFlag };

const statuses: Record<DossierStatus, true> = {
  Draft: true,
  Submitted: true,
  Received: true,
  NotAccepted: true,
  Processing: true,
  SupplementRequested: true,
  AwaitingPayment: true,
  Withdrawn: true,
  Stopped: true,
  Processed: true,
  Returned: true,
};

const isStatus = (value: string): value is DossierStatus => value in statuses;

/** Reads the filter from the page's query string (?status=Received, ?overdue=true…). */
export function parseInboxFilter(search: URLSearchParams): InboxFilter {
  const status = search.get('status');
  if (status && isStatus(status)) return { kind: 'status', status };
  const flag = inboxFlags.find((name) => search.get(name) === 'true');
  return flag ? { kind: 'flag', flag } : { kind: 'all' };
}

/** The page's query string for a filter. */
export function inboxFilterSearch(filter: InboxFilter): URLSearchParams {
  if (filter.kind === 'status') return new URLSearchParams({ status: filter.status });
  if (filter.kind === 'flag') return new URLSearchParams({ [filter.flag]: 'true' });
  return new URLSearchParams();
}

/** The API query for a filter. */
export function inboxQuery(filter: InboxFilter): InboxQuery {
  if (filter.kind === 'status') return { status: filter.status };
  if (filter.kind === 'flag') return { [filter.flag]: true };
  return {};
}

export const sameFilter = (a: InboxFilter, b: InboxFilter): boolean =>
  inboxFilterSearch(a).toString() === inboxFilterSearch(b).toString();
