/**
 * The board's rows: the chart rows of a unit with worker names replaced by
 * pseudonyms (unless names are switched on) and small groups suppressed, so
 * a screenshot of the board identifies no one.
 */
import type { ChartRow } from './chart-rows';
import type { SpreadRow } from './spread-rows';

export interface BoardPrivacy {
  /** Real worker names only when someone has switched them on. */
  showNames: boolean;
  /** Groups of fewer than this many counted workers are suppressed. */
  minGroupSize: number;
}

export const DEFAULT_BOARD_PRIVACY: BoardPrivacy = { showNames: false, minGroupSize: 5 };

/** Limits on the group size a person may set: 1 suppresses nothing. */
export const MIN_GROUP_SIZE_LIMITS = { min: 1, max: 50 } as const;

export interface BoardRow extends ChartRow {
  /** True when the row's figures are withheld because its group is too small. */
  suppressed: boolean;
}

/** "suppressed (fewer than 5 workers)": the words shown in place of a withheld figure. */
export function suppressedText(minGroupSize: number): string {
  return `suppressed (fewer than ${minGroupSize} workers)`;
}

/** True when a group of this many counted workers is too small to show (an empty group reveals no one). */
export function isSmallGroup(counted: number, minGroupSize: number): boolean {
  return counted > 0 && counted < minGroupSize;
}

/** A row with every figure withheld, saying why. */
function withheld(row: ChartRow, minGroupSize: number): BoardRow {
  return {
    ...row,
    value: null,
    band: null,
    amount: null,
    fte: 0,
    ownCap: null,
    overOwnCap: null,
    counted: false,
    status: suppressedText(minGroupSize),
    overTopCap: null,
    suppressed: true,
  };
}

/**
 * A team's worker rows for the board: pseudonyms in place of names, and every
 * row withheld when the team counts fewer workers than the smallest group shown.
 */
export function boardWorkerRows(
  rows: readonly ChartRow[],
  pseudonyms: ReadonlyMap<string, string>,
  privacy: BoardPrivacy,
): BoardRow[] {
  const counted = rows.filter((row) => row.counted).length;
  const small = isSmallGroup(counted, privacy.minGroupSize);
  return rows.map((row) => {
    const named = privacy.showNames
      ? row
      : { ...row, name: pseudonyms.get(row.key) ?? 'Worker (no pseudonym)' };
    return small ? withheld(named, privacy.minGroupSize) : { ...named, suppressed: false };
  });
}

/**
 * Child unit rows for the board: a unit counting fewer workers than the
 * smallest group shown is withheld. `countedIn` gives each unit's counted
 * workers, or null for units of published totals, which carry their own
 * suppression and are shown as published.
 */
export function boardUnitRows(
  rows: readonly ChartRow[],
  countedIn: (key: string) => number | null,
  privacy: BoardPrivacy,
): BoardRow[] {
  return rows.map((row) => {
    const counted = countedIn(row.key);
    return counted !== null && isSmallGroup(counted, privacy.minGroupSize)
      ? withheld(row, privacy.minGroupSize)
      : { ...row, suppressed: false };
  });
}

export interface BoardSpreadRow extends SpreadRow {
  suppressed: boolean;
}

/** Spread rows with small groups withheld: their counts are not shown. */
export function boardSpreadRows(
  rows: readonly SpreadRow[],
  privacy: BoardPrivacy,
): BoardSpreadRow[] {
  return rows.map((row) => ({
    ...row,
    suppressed: isSmallGroup(row.total, privacy.minGroupSize),
  }));
}
