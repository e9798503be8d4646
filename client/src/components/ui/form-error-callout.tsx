import type { ReactNode } from 'react';

import { isApiError } from '@/lib/problem-details';

type FormErrorCalloutProps = {
  title: string;
  /** The failed submission's error; an API error's problem detail (or title) is shown. */
  error: unknown;
  /** Shown when the error carries no message of its own (e.g. a network failure). */
  fallback: string;
  /** Shown instead of the problem detail when the server named invalid fields (a 400 with `errors`). */
  fieldErrorsMessage?: string;
  /** More content under the message, e.g. a list of the field errors. */
  children?: ReactNode;
};

/** True when the error is a 400 validation problem that names fields. */
const hasFieldErrors = (error: unknown): boolean =>
  isApiError(error) && error.status === 400 && Object.keys(error.fieldErrors).length > 0;

/** The error callout of a form whose submission failed: the server's problem detail, or a hint to fix the marked fields. */
export function FormErrorCallout({ title, error, fallback, fieldErrorsMessage, children }: FormErrorCalloutProps) {
  const message =
    fieldErrorsMessage !== undefined && hasFieldErrors(error)
      ? fieldErrorsMessage
      : isApiError(error)
        ? (error.problem.detail ?? error.problem.title ?? fallback)
        : fallback;
  return (
    <div className="callout callout--error" role="alert">
      <p className="callout__title">{title}</p>
      <p>{message}</p>
      {children}
    </div>
  );
}
