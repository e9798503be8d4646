type SpinnerProps = {
  /** Text for screen readers; the spinner itself is decorative. */
  label: string;
};

export function Spinner({ label }: SpinnerProps) {
  return (
    <div className="spinner" role="status">
      <span className="spinner__circle" aria-hidden="true" />
      <span className="visually-hidden">{label}</span>
    </div>
  );
}
