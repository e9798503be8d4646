type FieldErrorsProps = {
  /** The list's id, which the field names in its aria-describedby. */
  id: string;
  errors: readonly string[];
};

/** The error messages under a form field; nothing when there are none. */
export function FieldErrors({ id, errors }: FieldErrorsProps) {
  if (errors.length === 0) return null;
  return (
    <ul id={id} className="form-field__errors">
      {errors.map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  );
}
