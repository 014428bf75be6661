/**
 * The rows behind a unit's chart and table: one per child unit, or one per
 * worker in a team. Charts draw these rows; they never compute a measure.
 */
import { roundingLoss } from '../contract/rounding';
import type { Unit, Worker } from '../contract/v1';
import { hasTotals, totalsStatus, TOTALS_ANSWER_ONE_MEASURE } from './aggregate';
import { bandFor, type Band } from './bands';
import { capitalise, formatCount } from './format';
import type { Cap } from './caps';
import type { OrgIndex } from './org-index';
import { workerImplausibleValues } from '../contract/plausibility';
import { inPopulation, isOverOwnCap, unitFigures, type UnitFigures } from './unit-figures';
import { workerAmount, workerLoad, type LoadSettings } from './worker-load';

export const roleNames: Record<Worker['role'], string> = {
  'case-holder': 'Case holder',
  'senior-practitioner': 'Senior practitioner',
  'team-manager': 'Team manager',
  'senior-manager': 'Senior manager',
  'qualified-without-cases': 'Qualified, without cases',
};

export interface ChartRow {
  key: string;
  name: string;
  /** The measure's value, or null when there is none (said in `status`). */
  value: number | null;
  band: Band | null;
  /** Children, families or points held: the numerator; null when it cannot be known. */
  amount: number | null;
  fte: number;
  /** A worker's own cap in the value's units; null for units. */
  ownCap: number | null;
  /** True when a worker is at or over their own cap; null for units or unknown. */
  overOwnCap: boolean | null;
  /** True when the row is drawn as a bar and counted in the unit's figures. */
  counted: boolean;
  /** Why a row has no value or is not counted, in words; null when it is. */
  status: string | null;
  /** Worker rows: role, ASYE, agency. Unit rows: how many are counted. */
  detail: string;
  /** Unit rows: how many counted workers are at or over the highest cap. */
  overTopCap: { count: number; of: number } | null;
  /**
   * What to check, in words, when the row's figures rest on a value far
   * outside the usual (contract/plausibility.ts): a worker's own values, or how many
   * records beneath a unit; null (or absent, in rows built elsewhere) when
   * nothing does.
   */
  check?: string | null;
  target: { unit: string; worker?: string };
}

/** Rows for every child of a unit, or for every worker when the unit is a team. */
export function childRows(
  index: OrgIndex,
  unitId: string,
  caps: readonly Cap[],
  bands: readonly Band[],
  settings: LoadSettings,
): ChartRow[] {
  if (index.isLeaf(unitId)) {
    return index.workersUnder(unitId).map((worker) => workerRow(worker, bands, settings));
  }
  return index.children(unitId).map((child) => {
    const figures = unitFigures(
      index.workersUnder(child.id),
      index.unitsUnder(child.id),
      caps,
      bands,
      settings,
    );
    const { load } = figures;
    const top = figures.overCaps[figures.overCaps.length - 1];
    const countedNoun = settings.view.population === 'case-holders' ? 'case holder' : 'worker';
    // Totals say nothing about single workers: no over-cap count to show.
    const totalsOnly = figures.counted.length === 0 && figures.totalsUnits > 0;
    return {
      key: child.id,
      name: child.name,
      value: load.status === 'ok' ? load.value : null,
      band: load.status === 'ok' ? bandFor(load.value, bands) : null,
      amount: load.status === 'ok' ? load.amount : null,
      fte: countedFte(figures),
      ownCap: null,
      overOwnCap: null,
      counted: load.status === 'ok',
      status: unitRowStatus(child, figures, countedNoun),
      detail: unitRowDetail(figures, countedNoun),
      overTopCap: top && !totalsOnly ? { count: top.count, of: top.of } : null,
      check: unitRowCheck(figures.implausible.length),
      target: { unit: child.id },
    };
  });
}

/** Why a unit row has no value, or what its value leaves out; null when nothing is. */
function unitRowStatus(unit: Unit, figures: UnitFigures, countedNoun: string): string | null {
  const { load, suppressedUnits } = figures;
  if (load.status === 'ok') {
    if (suppressedUnits.length === 0) return null;
    const [only] = suppressedUnits;
    return suppressedUnits.length === 1 && only
      ? `Leaves out ${only.unit.name} (${only.reason})`
      : `Leaves out ${suppressedUnits.length} units with totals (see the notes)`;
  }
  if (hasTotals(unit)) {
    // The unit's own totals: suppressed, not known, or no answer to this measure.
    const reason = suppressedUnits[0]?.reason ?? 'no totals to count';
    return reason === TOTALS_ANSWER_ONE_MEASURE
      ? capitalise(reason)
      : (totalsStatus(unit.aggregate) ?? capitalise(reason));
  }
  if (load.status === 'empty') return `No ${countedNoun}s`;
  const [first] = suppressedUnits;
  if (figures.counted.length === 0 && figures.excluded.length === 0 && first) {
    return capitalise(
      suppressedUnits.every((entry) => entry.reason === first.reason)
        ? first.reason
        : 'totals suppressed or not known',
    );
  }
  return `No ${countedNoun} with a known load`;
}

/** "12 case holders", "totals only", "totals for 13 of 14 units", or both. */
function unitRowDetail(figures: UnitFigures, countedNoun: string): string {
  const workers = `${formatCount(figures.counted.length)} ${countedNoun}${figures.counted.length === 1 ? '' : 's'}`;
  if (figures.totalsUnits === 0) return workers;
  const counted = figures.totalsCounted.length;
  const totals =
    figures.totalsUnits === 1
      ? 'totals only'
      : counted === figures.totalsUnits
        ? `totals for ${formatCount(figures.totalsUnits)} units`
        : `totals for ${formatCount(counted)} of ${formatCount(figures.totalsUnits)} units`;
  return figures.counted.length + figures.excluded.length + figures.notCounted.length > 0
    ? `${workers}; ${totals}`
    : capitalise(totals);
}

function unitRowCheck(records: number): string | null {
  if (records === 0) return null;
  return records === 1
    ? 'Check: 1 record here has a value far outside the usual'
    : `Check: ${formatCount(records)} records here have values far outside the usual`;
}

/** "Check: 150 cases held (more than 60)", or null for a record with usual values. */
function workerRowCheck(worker: Worker): string | null {
  const values = workerImplausibleValues(worker);
  return values.length === 0 ? null : `Check: ${values.map((value) => value.summary).join('; ')}`;
}

/** One worker's row: their load, band and own cap, or why they are not counted. */
export function workerRow(
  worker: Worker,
  bands: readonly Band[],
  settings: LoadSettings,
): ChartRow {
  const result = workerLoad(worker, settings);
  const inCount = inPopulation(worker, settings.view.population);
  const notes = [
    roleNames[worker.role],
    worker.asye ? 'ASYE' : null,
    worker.agency ? 'agency' : null,
  ];
  let status: string | null = null;
  if (!result.ok) status = `Not counted: ${result.reason}`;
  else if (!inCount)
    status = `Not counted: ${roleNames[worker.role].toLowerCase()} (only case holders are counted)`;
  const load = result.ok ? result.load : null;
  return {
    key: worker.id,
    name: worker.displayName,
    value: load ? load.value : null,
    band: load ? bandFor(load.value, bands) : null,
    amount: load ? load.amount : knownAmount(worker, settings),
    fte: worker.fte,
    ownCap: load && inCount ? load.ownCap : null,
    overOwnCap: load && inCount ? isOverOwnCap(load) : null,
    counted: inCount && load !== null,
    status,
    detail: notes.filter((note): note is string => note !== null).join(', '),
    overTopCap: null,
    check: workerRowCheck(worker),
    target: { unit: worker.unitId, worker: worker.id },
  };
}

export type RowOrder = 'load' | 'name';

/** Highest load first (rows without a value last), or by name. */
export function sortRows(rows: readonly ChartRow[], order: RowOrder): ChartRow[] {
  const byName = (a: ChartRow, b: ChartRow) => a.name.localeCompare(b.name, 'en-GB');
  return [...rows].sort((a, b) => {
    if (order === 'name') return byName(a, b);
    if (a.value === null || b.value === null)
      return a.value === null ? (b.value === null ? byName(a, b) : 1) : -1;
    return b.value - a.value || byName(a, b);
  });
}

/** The numerator even when the load is unknown (no FTE), or null when it cannot be counted. */
function knownAmount(worker: Worker, settings: LoadSettings): number | null {
  const amount = workerAmount(worker, settings.view, settings.weighting);
  return amount.ok ? amount.amount : null;
}

/** The FTE of the workers and totals counted in a unit's load, summed without rounding loss. */
function countedFte(figures: UnitFigures): number {
  let fte = 0;
  let lost = 0;
  for (const entry of figures.counted) {
    lost += roundingLoss(fte, entry.worker.fte);
    fte += entry.worker.fte;
  }
  for (const entry of figures.totalsCounted) {
    lost += roundingLoss(fte, entry.fte);
    fte += entry.fte;
  }
  return fte + lost;
}
