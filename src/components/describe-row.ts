import type { ChartRow } from '../domain/chart-rows';
import { formatAmount } from '../domain/explain';
import { formatFte, formatLoad } from '../domain/format';
import { amountNoun, valueUnit, type ViewMeasure } from '../domain/measure-options';

/**
 * A row told in words, for tooltips, focus readouts and screen readers:
 * "Assessment Team 1: 21.3 cases per FTE (149 cases, 7.0 FTE), band 20–25."
 */
export function describeRow(
  row: ChartRow,
  view: ViewMeasure,
  options: { withName?: boolean } = {},
): string {
  const name = options.withName === false ? '' : `${row.name}: `;
  const amounts = `${row.amount === null ? 'unknown' : formatAmount(row.amount)} ${amountNoun(view)}, ${formatFte(row.fte)} FTE`;
  const check = row.check ? ` ${row.check}.` : '';
  if (row.value === null || !row.band)
    return `${name}${row.status ?? 'no load known'} (${amounts}).${check}`;
  const ownCap =
    row.ownCap === null
      ? ''
      : ` Own cap ${formatLoad(row.ownCap)}: ${row.overOwnCap ? 'at or over it' : 'below it'}.`;
  const notCounted = row.status ? ` ${row.status}.` : '';
  return `${name}${formatLoad(row.value)} ${valueUnit(view)} (${amounts}), band ${row.band.label}.${ownCap}${notCounted}${check}`;
}
