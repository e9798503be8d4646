type FieldMessagesProps = {
  id: string;
  /** Problems that make the row invalid. */
  errors: readonly string[];
  /** Advice that does not block saving. */
  hints?: readonly string[];
};

/** The messages under a form row: errors first, then hints; nothing when there are none. */
export function FieldMessages({ id, errors, hints = [] }: FieldMessagesProps) {
  if (errors.length === 0 && hints.length === 0) return null;
  return (
    <ul id={id} className="calendar-row__messages">
      {errors.map((message) => (
        <li key={`error-${message}`} className="calendar-row__error">
          {message}
        </li>
      ))}
      {hints.map((message) => (
        <li key={`hint-${message}`} className="calendar-row__hint">
          {message}
        </li>
      ))}
    </ul>
  );
}
