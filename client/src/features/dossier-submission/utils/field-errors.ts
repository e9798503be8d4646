import { isApiError } from '@/lib/problem-details';

/** `Applicant.FullName` → `applicant.fullName`: every dotted segment starts lower-case. */
const normalizeKey = (key: string): string =>
  key
    .split('.')
    .map((part) => (part.length > 0 ? part.charAt(0).toLowerCase() + part.slice(1) : part))
    .join('.');

/** A 400 problem's field errors keyed by camelCase path (e.g. `applicant.phone`); empty for other errors. */
export function fieldErrorsOf(error: unknown): Record<string, string[]> {
  if (!isApiError(error) || error.status !== 400) return {};
  const result: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(error.fieldErrors)) {
    const field = normalizeKey(key);
    result[field] = [...(result[field] ?? []), ...messages];
  }
  return result;
}

/** The problem's message for a callout: its detail, else its title, else the fallback. */
export function problemMessage(error: unknown, fallback: string): string {
  return isApiError(error) ? (error.problem.detail ?? error.problem.title ?? fallback) : fallback;
}
