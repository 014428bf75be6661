/**
 * The table behind a trend chart: one row per snapshot date, a column per
 * figure. The columns are given by the caller, so a unit's trend and a
 * worker's trend share it. A gap is "–" with the reason in the Note column.
 */
import { formatDate } from '../domain/format';
import { TableScroll } from './table-scroll';

export interface TrendColumn<P> {
  key: string;
  header: string;
  /** The cell's text; "–" when there is no figure. */
  cell: (point: P) => string;
}

export interface TrendTableProps<P extends { asAt: string }> {
  caption: string;
  points: readonly P[];
  columns: readonly TrendColumn<P>[];
  /** Why a row has no figures, or null. */
  note: (point: P) => string | null;
}

/** Every figure of a trend, oldest first, in the chart's order. */
export function TrendTable<P extends { asAt: string }>({
  caption,
  points,
  columns,
  note,
}: TrendTableProps<P>) {
  return (
    <TableScroll label={caption}>
      <table className="data-table trend-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            {columns.map((column) => (
              <th scope="col" className="numeric" key={column.key}>
                {column.header}
              </th>
            ))}
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.asAt}>
              <th scope="row">{formatDate(point.asAt)}</th>
              {columns.map((column) => (
                <td className="numeric" key={column.key}>
                  {column.cell(point)}
                </td>
              ))}
              <td>{note(point) ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
