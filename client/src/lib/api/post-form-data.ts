import { env } from '@/config/env';
import type { ProblemDetails } from '@/lib/api/types';
import { apiClient } from '@/lib/api-client';
import { tokenStore } from '@/lib/auth/token-store';
import { ApiError } from '@/lib/problem-details';

export type PostFormDataInput = {
  /** The API path, e.g. `/api/feedback`. */
  path: string;
  form: FormData;
  /** Extra request headers, e.g. an Idempotency-Key. */
  headers?: Record<string, string>;
  /** Called as the bytes go out: a fraction from 0 to 1. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
};

const apiOrigin = (): string => env.API_URL || window.location.origin;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

type XhrResult = { status: number; statusText: string; body: unknown };

function send(input: PostFormDataInput, accessToken: string | null): Promise<XhrResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${apiOrigin()}${input.path}`);
    xhr.setRequestHeader('Accept', 'application/json');
    for (const [name, value] of Object.entries(input.headers ?? {})) xhr.setRequestHeader(name, value);
    if (accessToken) xhr.setRequestHeader('Authorization', `Bearer ${accessToken}`);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) input.onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      resolve({ status: xhr.status, statusText: xhr.statusText, body: parseJson(xhr.responseText) });
    };
    xhr.onerror = () => {
      reject(new Error('Network error'));
    };
    xhr.onabort = () => {
      reject(new DOMException('Upload aborted', 'AbortError'));
    };
    input.signal?.addEventListener('abort', () => {
      xhr.abort();
    });
    xhr.send(input.form);
  });
}

/**
 * Posts multipart form data with XMLHttpRequest (fetch cannot report upload progress) and returns the JSON answer.
 * The Bearer token comes from the token store, when there is one; after a 401 the session is renewed once through
 * the API client and the request retried. A failure throws an ApiError with the problem details.
 */
export async function postFormData<T>(input: PostFormDataInput): Promise<T> {
  let result = await send(input, tokenStore.getSnapshot().accessToken);
  if (result.status === 401 && tokenStore.getSnapshot().refreshToken) {
    // Any authenticated call renews the tokens (the auth middleware refreshes on 401).
    await apiClient.GET('/api/auth/me').catch(() => undefined);
    input.onProgress?.(0);
    result = await send(input, tokenStore.getSnapshot().accessToken);
  }
  if (result.status >= 200 && result.status < 300 && isRecord(result.body)) return result.body as T;
  const problem: ProblemDetails = {
    status: result.status,
    title: result.statusText || null,
    ...(isRecord(result.body) ? result.body : {}),
  };
  throw new ApiError(result.status, problem);
}
