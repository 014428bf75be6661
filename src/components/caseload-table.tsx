import { bandColour } from '../domain/band-colours';
import type { Band } from '../domain/bands';
import type { ChartRow } from '../domain/chart-rows';
import { formatCount, formatFte, formatLoad } from '../domain/format';
import type { ViewSearch } from '../lib/view-search';
import { AppLink } from './app-link';

interface CaseloadTableProps {
  rows: readonly ChartRow[];
  bands: readonly Band[];
  kind: 'unit' | 'worker';
  caption: string;
  linkFor: ((row: ChartRow) => ViewSearch) | null;
  /** Label of the highest cap, for the unit table's "at or over" column: "25+". */
  topCapLabel?: string;
}

/** The table behind the chart: every row, including those the chart cannot draw. */
export function CaseloadTable({
  rows,
  bands,
  kind,
  caption,
  linkFor,
  topCapLabel,
}: CaseloadTableProps) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{kind === 'unit' ? 'Unit' : 'Worker'}</th>
            <th scope="col">{kind === 'unit' ? 'Case holders' : 'Role'}</th>
            <th scope="col" className="numeric">
              Cases
            </th>
            <th scope="col" className="numeric">
              FTE
            </th>
            <th scope="col" className="numeric">
              Cases per FTE
            </th>
            <th scope="col">Band</th>
            {kind === 'unit' && topCapLabel && (
              <th scope="col" className="numeric">
                At {topCapLabel}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">
                {linkFor ? <AppLink to={linkFor(row)}>{row.name}</AppLink> : row.name}
              </th>
              <td>{row.detail}</td>
              <td className="numeric">{formatCount(row.cases)}</td>
              <td className="numeric">{formatFte(row.fte)}</td>
              <td className="numeric">{row.value === null ? '–' : formatLoad(row.value)}</td>
              <td>
                {row.counted && row.band && (
                  <span className="band-tag">
                    <span
                      className="band-tag__swatch"
                      style={{ background: bandColour(row.band.severity, bands.length) }}
                      aria-hidden="true"
                    />
                    {row.band.label}
                  </span>
                )}
                {row.status && <span className="row-status">{row.status}</span>}
              </td>
              {kind === 'unit' && topCapLabel && (
                <td className="numeric">
                  {row.overTopCap ? `${row.overTopCap.count} of ${row.overTopCap.of}` : '–'}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
