/**
 * The tables behind the board's charts, as cells ready for CSV: the same
 * columns a person reads in the dashboard's tables, with withheld figures
 * said in words.
 */
import { roundToTenth } from '../contract/rounding';
import type { Band } from './bands';
import type { BoardSpreadRow } from './board-rows';
import type { ChartRow } from './chart-rows';
import type { CsvCell } from './csv-export';
import { amountNoun, valueUnit, type ViewMeasure } from './measure-options';
import { capitalise } from './format';

/** What a unit table needs of each child unit's spread: its counted workers, and units of totals in it. */
export interface UnitCount {
  key: string;
  /** Counted workers (with a known load, in the population counted). */
  total: number;
  /** Units beneath that send published totals in place of workers. */
  totalsUnits: number;
}

/**
 * The caseload table: one row per child unit, or per worker in a team, with
 * the columns of the table on screen written for a spreadsheet. A unit's
 * "Counted" is a number of case holders (or workers), not the words "12 case
 * holders", and its count at the top cap a number beside it, so both sum and
 * filter; a worker's "Counted" is Yes or No, as "At or over own cap" is.
 * Published totals, reasons and values to check go in the note.
 */
export function caseloadTableCells(
  rows: readonly (ChartRow & { suppressed?: boolean })[],
  kind: 'unit' | 'worker',
  view: ViewMeasure,
  topCapLabel: string | null,
  unitCounts: readonly UnitCount[] = [],
): CsvCell[][] {
  const who = view.population === 'case-holders' ? 'Case holders' : 'Workers';
  const countsByKey = new Map(unitCounts.map((count) => [count.key, count]));
  const header: CsvCell[] = [
    kind === 'unit' ? 'Unit' : 'Worker',
    kind === 'unit' ? `${who} counted` : 'Role',
    ...(kind === 'worker' ? ['Counted'] : []),
    capitalise(amountNoun(view)),
    'FTE',
    capitalise(valueUnit(view)),
    ...(kind === 'worker' ? ['Own cap', 'At or over own cap'] : []),
    'Band',
    ...(kind === 'unit' && topCapLabel ? [`${who} at ${topCapLabel}`] : []),
    'Note',
  ];
  const body = rows.map((row): CsvCell[] => {
    const count = countsByKey.get(row.key);
    // A unit of published totals only has no workers to count: unknown, not 0.
    const totalsOnly = count !== undefined && count.total === 0 && count.totalsUnits > 0;
    const note = [
      kind === 'unit' && count !== undefined && count.totalsUnits > 0 ? row.detail : null,
      row.status,
      // A value far outside the usual, as the table on screen flags it.
      row.check ?? null,
    ].filter((part): part is string => part !== null);
    return [
      row.name,
      kind === 'unit' ? (count === undefined || totalsOnly ? null : count.total) : row.detail,
      ...(kind === 'worker' ? [yesNo(row.counted)] : []),
      row.amount === null ? null : roundToTenth(row.amount),
      row.suppressed ? null : kind === 'worker' ? roundToHundredth(row.fte) : roundToTenth(row.fte),
      row.suppressed ? row.status : row.value === null ? null : roundToTenth(row.value),
      ...(kind === 'worker'
        ? [
            row.ownCap === null ? null : roundToTenth(row.ownCap),
            row.overOwnCap === null ? null : yesNo(row.overOwnCap),
          ]
        : []),
      row.counted && row.band ? row.band.label : null,
      ...(kind === 'unit' && topCapLabel ? [row.overTopCap ? row.overTopCap.count : null] : []),
      note.length > 0 ? note.join('. ') : null,
    ];
  });
  return [header, ...body];
}

function yesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}

/** A worker's FTE as the table shows it, to two places: 0.75 stays 0.75, not 0.8. */
function roundToHundredth(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The spread table: workers in each band for each unit, withheld rows said in words. */
export function spreadTableCells(
  rows: readonly BoardSpreadRow[],
  bands: readonly Band[],
  withheldText: string,
  view: ViewMeasure,
): CsvCell[][] {
  const who = view.population === 'case-holders' ? 'Case holders' : 'Workers';
  const header: CsvCell[] = ['Unit', ...bands.map((band) => band.label), `${who} counted`];
  const body = rows.map((row): CsvCell[] =>
    row.suppressed
      ? [row.name, ...bands.map(() => withheldText), withheldText]
      : [row.name, ...row.counts, row.total],
  );
  return [header, ...body];
}
