import { isApiError } from '@/lib/problem-details';

/**
 * The field errors of a failed officer request (a 400 with `errors`), by field, with `roles[0]`-style keys
 * gathered under `roles`; no errors for any other failure.
 */
export function officerFieldErrors<Field extends string>(error: unknown): Partial<Record<Field, string[]>> {
  const result: Partial<Record<string, string[]>> = {};
  if (!isApiError(error) || error.status !== 400) return result;
  for (const [key, messages] of Object.entries(error.fieldErrors)) {
    const field = key.startsWith('roles') ? 'roles' : key;
    result[field] = [...(result[field] ?? []), ...messages];
  }
  return result;
}
