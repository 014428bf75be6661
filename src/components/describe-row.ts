import type { ChartRow } from '../domain/chart-rows';
import { formatCount, formatFte, formatLoad } from '../domain/format';

/**
 * A row told in words, for tooltips, focus readouts and screen readers:
 * "Assessment Team 1: 21.3 cases per FTE (149 cases, 7.0 FTE), band 20–25."
 */
export function describeRow(row: ChartRow, options: { withName?: boolean } = {}): string {
  const name = options.withName === false ? '' : `${row.name}: `;
  const amounts = `${formatCount(row.cases)} case${row.cases === 1 ? '' : 's'}, ${formatFte(row.fte)} FTE`;
  if (row.value === null || !row.band) return `${name}${row.status ?? 'no caseload'} (${amounts}).`;
  const notCounted = row.status ? ` ${row.status}.` : '';
  return `${name}${formatLoad(row.value)} cases per FTE (${amounts}), band ${row.band.label}.${notCounted}`;
}
