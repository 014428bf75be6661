/** The figures behind the by-year chart, with suppressed values named, never shown as 0. */
import { formatLoad } from '../../../domain/format';
import type { BenchmarkLine } from './benchmark-series';
import { TableScroll } from '../../../components/table-scroll';

interface BenchmarksTableProps {
  lines: readonly BenchmarkLine[];
  /** The year set against this snapshot, marked in the table. */
  chosenYear: number;
  caption: string;
}

export function BenchmarksTable({ lines, chosenYear, caption }: BenchmarksTableProps) {
  const years = lines[0]?.points.map((point) => point.year) ?? [];
  return (
    <TableScroll label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">30 September</th>
            {lines.map((line) => (
              <th key={line.key} scope="col" className="numeric">
                {line.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {years.map((year) => (
            <tr key={year} className={year === chosenYear ? 'benchmarks__marked' : undefined}>
              <th scope="row">
                {year}
                {year === chosenYear ? ' (set against this page)' : ''}
              </th>
              {lines.map((line) => {
                const point = line.points.find((entry) => entry.year === year);
                return (
                  <td key={line.key} className="numeric">
                    {point?.value != null
                      ? formatLoad(point.value)
                      : point?.marker
                        ? `Suppressed (${point.marker})`
                        : 'Not published'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
