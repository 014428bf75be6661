import type { Band } from '../domain/bands';
import type { SpreadRow } from '../domain/spread-rows';

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
    <div className="table-scroll">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Unit</th>
            {bands.map((band) => (
              <th scope="col" className="numeric" key={band.severity}>
                {band.label}
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
                  {count}
                </td>
              ))}
              <td className="numeric">{row.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
