import type { Band } from '../domain/bands';
import { formatCount } from '../domain/format';
import type { SpreadRow } from '../domain/spread-rows';
import { TableScroll } from './table-scroll';

/** The table behind the spread chart: workers per band for each unit. */
export function SpreadTable({
  rows,
  bands,
  caption,
}: {
  rows: readonly SpreadRow[];
  bands: readonly Band[];
  caption: string;
}) {
  return (
    <TableScroll label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Unit</th>
            {bands.map((band) => (
              <th scope="col" className="numeric" key={band.severity}>
                <BandHeading label={band.label} />
              </th>
            ))}
            <th scope="col" className="numeric">
              Counted
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.name}</th>
              {row.counts.map((count, severity) => (
                <td className="numeric" key={severity}>
                  {formatCount(count)}
                </td>
              ))}
              <td className="numeric">{formatCount(row.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/**
 * A band's name as a column heading: a narrow column may wrap the words, but
 * never splits a range such as "15–18" at its dash.
 */
function BandHeading({ label }: { label: string }) {
  const range = /^(\S+–\S+)(.*)$/.exec(label);
  if (!range) return label;
  return (
    <>
      <span className="no-break">{range[1]}</span>
      {range[2]}
    </>
  );
}
