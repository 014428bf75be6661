import { bandColour } from '../domain/band-colours';
import type { Band } from '../domain/bands';
import type { ChartRow } from '../domain/chart-rows';
import { formatAmount } from '../domain/explain';
import { formatCount, formatFte, formatLoad } from '../domain/format';
import { amountNoun, valueUnit, type ViewMeasure } from '../domain/measure-options';
import { formatCheckedFte } from '../contract/plausibility';
import type { ViewSearch } from '../lib/view-search';
import { AppLink } from './app-link';
import { TableScroll } from './table-scroll';

interface CaseloadTableProps {
  rows: readonly ChartRow[];
  bands: readonly Band[];
  kind: 'unit' | 'worker';
  view: ViewMeasure;
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
  view,
  caption,
  linkFor,
  topCapLabel,
}: CaseloadTableProps) {
  const noun = amountNoun(view);
  const unit = valueUnit(view);
  return (
    <TableScroll label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{kind === 'unit' ? 'Unit' : 'Worker'}</th>
            <th scope="col">{kind === 'unit' ? 'Counted' : 'Role'}</th>
            <th scope="col" className="numeric">
              {noun[0]?.toUpperCase()}
              {noun.slice(1)}
            </th>
            <th scope="col" className="numeric">
              FTE
            </th>
            <th scope="col" className="numeric">
              {unit[0]?.toUpperCase()}
              {unit.slice(1)}
            </th>
            {kind === 'worker' && (
              <th scope="col" className="numeric">
                Own cap
              </th>
            )}
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
              <td className="numeric">{row.amount === null ? '–' : formatAmount(row.amount)}</td>
              <td className="numeric">
                {kind === 'worker' ? workerFte(row.fte) : formatFte(row.fte)}
              </td>
              <td className="numeric">{row.value === null ? '–' : formatLoad(row.value)}</td>
              {kind === 'worker' && (
                <td className="numeric">
                  {row.ownCap === null ? '–' : formatLoad(row.ownCap)}
                  {row.overOwnCap && <span className="row-status">At or over</span>}
                </td>
              )}
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
                {row.check && <span className="row-status row-status--check">{row.check}</span>}
              </td>
              {kind === 'unit' && topCapLabel && (
                <td className="numeric">
                  {row.overTopCap
                    ? `${formatCount(row.overTopCap.count)} of ${formatCount(row.overTopCap.of)}`
                    : '–'}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** A worker's FTE to two places, or in full when that would round a real FTE to 0.00. */
function workerFte(fte: number): string {
  return fte > 0 && fte < 0.005 ? formatCheckedFte(fte) : fte.toFixed(2);
}
