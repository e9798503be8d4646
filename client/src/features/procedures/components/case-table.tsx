import { useId, type ReactNode } from 'react';

type CaseTableProps<Row> = {
  /** The heading above the table, which also names the table. */
  title: string;
  /** Shown instead of the table when there are no rows. */
  emptyText: string;
  rows: readonly Row[];
  /** A modifier class next to `data-table`. */
  className?: string;
  /** The header cells (`<th scope="col">`). */
  head: ReactNode;
  /** The cells (`<td>`) of one row. */
  renderRow: (row: Row, index: number) => ReactNode;
};

/** A titled table in a procedure case (fees, documents), or a note when it has no rows. */
export function CaseTable<Row>({ title, emptyText, rows, className, head, renderRow }: CaseTableProps<Row>) {
  const titleId = useId();

  return (
    <>
      <h4 id={titleId} className="case-section__subtitle">
        {title}
      </h4>
      {rows.length === 0 ? (
        <p className="muted">{emptyText}</p>
      ) : (
        <div className="table-scroll">
          <table className={className ? `data-table ${className}` : 'data-table'} aria-labelledby={titleId}>
            <thead>
              <tr>{head}</tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                // The API sends fees and documents as ordered lists without ids.
                <tr key={index}>{renderRow(row, index)}</tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
