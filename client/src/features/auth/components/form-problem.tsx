import { isApiError } from '@/lib/problem-details';

type FormProblemProps = {
  title: string;
  error: unknown;
  /** Shown when the error carries no message of its own (e.g. a network failure). */
  fallback: string;
};

/** The server's problem detail (or a fallback) for a failed form submission. */
export function FormProblem({ title, error, fallback }: FormProblemProps) {
  const message = isApiError(error) ? (error.problem.detail ?? error.problem.title ?? fallback) : fallback;
  return (
    <div className="callout callout--error" role="alert">
      <p className="callout__title">{title}</p>
      <p>{message}</p>
    </div>
  );
}
