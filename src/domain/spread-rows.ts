/**
 * The spread: how many counted workers sit in each band, for each child unit
 * (or for the unit itself), so the people over a cap are visible at every
 * level and not hidden by an average.
 */
import type { Band } from './bands';
import type { OrgIndex } from './org-index';
import { unitFigures } from './unit-figures';
import type { Cap } from './caps';
import type { LoadSettings } from './worker-load';

export interface SpreadRow {
  key: string;
  name: string;
  /** Counted workers in each band, in band order (calmest first). */
  counts: number[];
  total: number;
  /**
   * Units here that send totals in place of workers: they have no spread,
   * because totals do not say how each worker's load falls.
   */
  totalsUnits: number;
}

/** One spread row per child unit of a unit, or one for the unit itself when it is a team. */
export function spreadRows(
  index: OrgIndex,
  unitId: string,
  caps: readonly Cap[],
  bands: readonly Band[],
  settings: LoadSettings,
): SpreadRow[] {
  const targets = index.isLeaf(unitId) ? [index.unit(unitId)] : index.children(unitId);
  return targets.flatMap((unit) => {
    if (!unit) return [];
    const figures = unitFigures(
      index.workersUnder(unit.id),
      index.unitsUnder(unit.id),
      caps,
      bands,
      settings,
    );
    const counts = figures.spread.map((entry) => entry.count);
    return [
      {
        key: unit.id,
        name: unit.name,
        counts,
        total: counts.reduce((sum, count) => sum + count, 0),
        totalsUnits: figures.totalsUnits,
      },
    ];
  });
}

/**
 * Spread rows in the order of the unit's chart and table (highest load, or by
 * name), so a unit is in the same place in every section of the page. Rows
 * the order does not name keep their own order, after the others.
 */
export function inOrderOf<Row extends { key: string }>(
  rows: readonly Row[],
  order: readonly { key: string }[],
): Row[] {
  const position = new Map(order.map((entry, at) => [entry.key, at]));
  const placeOf = (row: Row) => position.get(row.key) ?? order.length;
  return rows
    .map((row, at) => ({ row, at }))
    .sort((a, b) => placeOf(a.row) - placeOf(b.row) || a.at - b.at)
    .map(({ row }) => row);
}
