import { env } from '@/config/env';
import type { DocumentPurpose, DossierDocument, ProblemDetails } from '@/lib/api/types';
import { apiClient } from '@/lib/api-client';
import { tokenStore } from '@/lib/auth/token-store';
import { ApiError } from '@/lib/problem-details';

export type UploadDocumentInput = {
  dossierId: string;
  file: File;
  purpose: DocumentPurpose;
  /** Which required document the file is, for a component or a supplement. */
  requiredDocumentIndex?: number;
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

function send(input: UploadDocumentInput, accessToken: string | null): Promise<XhrResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${apiOrigin()}/api/dossiers/${encodeURIComponent(input.dossierId)}/documents`);
    xhr.setRequestHeader('Accept', 'application/json');
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

    const form = new FormData();
    form.append('file', input.file, input.file.name);
    form.append('purpose', input.purpose);
    if (input.requiredDocumentIndex !== undefined)
      form.append('requiredDocumentIndex', String(input.requiredDocumentIndex));
    xhr.send(form);
  });
}

/**
 * Uploads one file with XMLHttpRequest (fetch cannot report upload progress). The Bearer token comes from the
 * token store; after a 401 the session is renewed once through the API client and the upload retried.
 */
export async function uploadDocument(input: UploadDocumentInput): Promise<DossierDocument> {
  let result = await send(input, tokenStore.getSnapshot().accessToken);
  if (result.status === 401 && tokenStore.getSnapshot().refreshToken) {
    // Any authenticated call renews the tokens (the auth middleware refreshes on 401).
    await apiClient.GET('/api/auth/me').catch(() => undefined);
    input.onProgress?.(0);
    result = await send(input, tokenStore.getSnapshot().accessToken);
  }
  if (result.status >= 200 && result.status < 300 && isRecord(result.body)) return result.body as DossierDocument;
  const problem: ProblemDetails = {
    status: result.status,
    title: result.statusText || null,
    ...(isRecord(result.body) ? result.body : {}),
  };
  throw new ApiError(result.status, problem);
}
