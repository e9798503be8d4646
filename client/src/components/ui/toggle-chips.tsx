/** The chips wrap on narrow screens. */
const chipRowStyle = { display: 'flex', flexWrap: 'wrap', gap: '0.5rem', marginBottom: '1rem' } as const;

export type ToggleChip = {
  /** Unique in the row. */
  key: string;
  label: string;
  /** Shown after the label, in parentheses, once known. */
  count?: number;
  pressed: boolean;
  onClick: () => void;
};

type ToggleChipsProps = {
  /** Names the group for assistive technology. */
  label: string;
  chips: readonly ToggleChip[];
};

/** A row of toggle buttons (aria-pressed), e.g. the filters of an inbox with their counts. */
export function ToggleChips({ label, chips }: ToggleChipsProps) {
  return (
    <div role="group" aria-label={label} style={chipRowStyle}>
      {chips.map((chip) => (
        <button
          key={chip.key}
          type="button"
          className={chip.pressed ? 'button' : 'button button--secondary'}
          aria-pressed={chip.pressed}
          onClick={chip.onClick}
        >
          {chip.label}
          {chip.count !== undefined && ` (${String(chip.count)})`}
        </button>
      ))}
    </div>
  );
}
