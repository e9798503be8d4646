import type { ProblemDetails } from './api/types';

/**
 * An HTTP error from the API, carrying the RFC 9457 problem details when the server sent them.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetails;

  constructor(status: number, problem: ProblemDetails) {
    super(problem.detail ?? problem.title ?? `HTTP ${String(status)}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }

  /** Validation errors keyed by camelCase property name (ValidationProblemDetails.errors). */
  get fieldErrors(): Record<string, string[]> {
    return toFieldErrors(this.problem);
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The resource as it now is, which a stale-version 409 carries in its `current` extension; undefined otherwise. */
export function conflictCurrent(error: unknown): Record<string, unknown> | undefined {
  if (!isApiError(error) || error.status !== 409) return undefined;
  const current: unknown = (error.problem as Record<string, unknown>).current;
  return isRecord(current) && typeof current.id === 'string' ? current : undefined;
}

/** Maps ValidationProblemDetails.errors to form field errors, first letter lower-cased. */
export function toFieldErrors(problem: ProblemDetails): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  const errors: unknown = problem.errors;
  if (!isRecord(errors)) return result;
  for (const [key, messages] of Object.entries(errors)) {
    if (!Array.isArray(messages)) continue;
    const field = key.length > 0 ? key.charAt(0).toLowerCase() + key.slice(1) : key;
    result[field] = messages.filter((m): m is string => typeof m === 'string');
  }
  return result;
}

/** Reads a problem-details body from a failed response; falls back to the status line. */
export async function readProblemDetails(response: Response): Promise<ProblemDetails> {
  const fallback: ProblemDetails = { status: response.status, title: response.statusText || null };
  const contentType = response.headers.get('content-type') ?? '';
  if (!contentType.includes('json')) return fallback;
  try {
    const body: unknown = await response.clone().json();
    return isRecord(body) ? { ...fallback, ...(body as ProblemDetails) } : fallback;
  } catch {
    return fallback;
  }
}
