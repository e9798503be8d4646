import {
  isFeedbackCategory,
  isFeedbackStatus,
  type FeedbackCategory,
  type FeedbackInboxQuery,
  type FeedbackStatus,
} from '@/lib/api/types';

/** The flags of the inbox, each one a toggle that combines with the status and the category. */
export const feedbackInboxFlags = ['awaitingApproval', 'dueSoon', 'overdue'] as const;
export type FeedbackInboxFlag = (typeof feedbackInboxFlags)[number];

/** No status means the open ones (received, assigned, transferred), as the API reads it. */
export type FeedbackInboxFilter = {
  status?: FeedbackStatus;
  category?: FeedbackCategory;
} & Partial<Record<FeedbackInboxFlag, true>>;

/** Reads the filter from the page's query string (?status=Assigned&overdue=true…). */
export function parseFeedbackInboxFilter(search: URLSearchParams): FeedbackInboxFilter {
  const filter: FeedbackInboxFilter = {};
  const status = search.get('status');
  if (status && isFeedbackStatus(status)) filter.status = status;
  const category = search.get('category');
  if (category && isFeedbackCategory(category)) filter.category = category;
  for (const flag of feedbackInboxFlags) if (search.get(flag) === 'true') filter[flag] = true;
  return filter;
}

/** The page's query string for a filter. */
export function feedbackInboxFilterSearch(filter: FeedbackInboxFilter): URLSearchParams {
  const search = new URLSearchParams();
  if (filter.status) search.set('status', filter.status);
  if (filter.category) search.set('category', filter.category);
  for (const flag of feedbackInboxFlags) if (filter[flag]) search.set(flag, 'true');
  return search;
}

/** The API query for a filter (without the page). */
export const feedbackInboxQuery = (filter: FeedbackInboxFilter): FeedbackInboxQuery => ({ ...filter });
