import { isFeedbackCategory } from '@/lib/api/types';

import type { PublicFeedbackFilter } from '../api/get-public-feedback-list';

/** Reads the public list's filter from the page's query string (?search=…&answered=true&category=…). */
export function parsePublicFeedbackFilter(search: URLSearchParams): PublicFeedbackFilter {
  const filter: PublicFeedbackFilter = {};
  const text = search.get('search')?.trim();
  if (text) filter.search = text;
  const answered = search.get('answered');
  if (answered === 'true' || answered === 'false') filter.answered = answered === 'true';
  const category = search.get('category');
  if (category && isFeedbackCategory(category)) filter.category = category;
  return filter;
}

/** The page's query string for a filter. */
export function publicFeedbackFilterSearch(filter: PublicFeedbackFilter): URLSearchParams {
  const search = new URLSearchParams();
  if (filter.search) search.set('search', filter.search);
  if (filter.answered !== undefined) search.set('answered', String(filter.answered));
  if (filter.category) search.set('category', filter.category);
  return search;
}
