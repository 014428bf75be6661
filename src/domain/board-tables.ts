/**
 * The tables behind the board's charts, as cells ready for CSV: the same
 * columns a person reads in the dashboard's tables, with withheld figures
 * said in words.
 */
import { roundToTenth, type Band } from './bands';
import type { BoardRow, BoardSpreadRow } from './board-rows';
import type { CsvCell } from './csv-export';
import { formatCount } from './format';
import { amountNoun, valueUnit, type ViewMeasure } from './measure-options';

function capitalise(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** The caseload table: one row per child unit, or per worker in a team. */
export function caseloadTableCells(
  rows: readonly BoardRow[],
  kind: 'unit' | 'worker',
  view: ViewMeasure,
  topCapLabel: string | null,
): CsvCell[][] {
  const header: CsvCell[] = [
    kind === 'unit' ? 'Unit' : 'Worker',
    kind === 'unit' ? 'Counted' : 'Role',
    capitalise(amountNoun(view)),
    'FTE',
    capitalise(valueUnit(view)),
    ...(kind === 'worker' ? ['Own cap', 'At or over own cap'] : []),
    'Band',
    ...(kind === 'unit' && topCapLabel ? [`At ${topCapLabel}`] : []),
    'Note',
  ];
  const body = rows.map((row): CsvCell[] => [
    row.name,
    row.detail,
    row.amount === null ? null : roundToTenth(row.amount),
    row.suppressed ? null : roundToTenth(row.fte),
    row.suppressed ? row.status : row.value === null ? null : roundToTenth(row.value),
    ...(kind === 'worker'
      ? [
          row.ownCap === null ? null : roundToTenth(row.ownCap),
          row.overOwnCap === null ? null : row.overOwnCap ? 'Yes' : 'No',
        ]
      : []),
    row.counted && row.band ? row.band.label : null,
    ...(kind === 'unit' && topCapLabel
      ? [
          row.overTopCap
            ? `${formatCount(row.overTopCap.count)} of ${formatCount(row.overTopCap.of)}`
            : null,
        ]
      : []),
    row.status,
  ]);
  return [header, ...body];
}

/** The spread table: workers in each band for each unit, withheld rows said in words. */
export function spreadTableCells(
  rows: readonly BoardSpreadRow[],
  bands: readonly Band[],
  withheldText: string,
): CsvCell[][] {
  const header: CsvCell[] = ['Unit', ...bands.map((band) => band.label), 'Counted'];
  const body = rows.map((row): CsvCell[] =>
    row.suppressed
      ? [row.name, ...bands.map(() => withheldText), withheldText]
      : [row.name, ...row.counts, row.total],
  );
  return [header, ...body];
}
