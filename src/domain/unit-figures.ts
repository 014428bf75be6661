/**
 * The figures for one unit under the chosen measure: the unit's load (a
 * ratio of sums, as DfE computes caseload), who is over which cap and over
 * their own cap, the spread across bands, and what the load would be with
 * unallocated work allocated or vacant posts filled.
 */
import type { Unit, Worker } from '../contract/v1';
import { bandFor, isAtOrOver, roundToTenth, type Band } from './bands';
import { capThreshold, type Cap } from './caps';
import { isCaseHolder, median, overCapCounts, ratioOfSums, type OverCapCount } from './measures';
import type { Population, ViewMeasure } from './measure-options';
import type { WeightingScheme } from './weighting';
import { workerLoad, type LoadSettings, type WorkerLoad } from './worker-load';

/** A load for a group: numerator over denominator, or why there is none. */
export type GroupLoad =
  | { status: 'ok'; amount: number; denominator: number; value: number }
  | { status: 'empty' }
  | { status: 'no-fte' };

export interface ExcludedWorker {
  worker: Worker;
  reason: string;
}

export interface UnitFigures {
  view: ViewMeasure;
  /** The unit's load for the chosen population. */
  load: GroupLoad;
  /** The same measure for the other population, shown side by side. */
  otherPopulationLoad: GroupLoad;
  counted: WorkerLoad[];
  excluded: ExcludedWorker[];
  /** Workers outside the chosen population (managers, under the DfE rule). */
  notCounted: Worker[];
  overCaps: OverCapCount[];
  overOwnCap: { count: number; of: number; share: number | null };
  medianLoad: number | null;
  highestLoad: number | null;
  spread: { band: Band; count: number }[];
  unallocatedCases: number | null;
  /** The load if unallocated cases were given to the counted workers. */
  ifUnallocatedAllocated: number | null;
  vacantFte: number | null;
  /** The load if vacant posts were filled (per FTE measures only). */
  ifVacanciesFilled: number | null;
  agencyFte: number;
  /** Agency FTE ÷ all FTE, or null with no FTE at all. */
  agencyShareOfFte: number | null;
  headcount: number;
  totalFte: number;
}

/** The caps a measure is compared with: weighted points against capacity, the rest against the caps. */
export function capsForMeasure(
  caps: readonly Cap[],
  view: ViewMeasure,
  weighting: WeightingScheme,
): Cap[] {
  if (view.measure !== 'points') return [...caps];
  return [{ kind: 'line', value: weighting.capacityPerFte, label: 'full capacity' }];
}

/**
 * The cap each worker's own cap is based on: the top of the first target
 * range (Cafcass's 20 in the default caps), or the first cap when there is
 * no range. Below it is where a full-time worker's load should stay.
 */
export function referenceCapPerFte(caps: readonly Cap[]): number {
  const range = caps.find((cap) => cap.kind === 'range');
  const basis = range ?? caps[0];
  return basis ? capThreshold(basis) : 0;
}

/** True when a worker belongs to the population being counted. */
export function inPopulation(worker: Worker, population: Population): boolean {
  return population === 'everyone' || isCaseHolder(worker);
}

/** Sums amounts over FTE (per-FTE measures) or over headcount (cases held). */
export function groupLoad(
  loads: readonly WorkerLoad[],
  view: ViewMeasure,
  excludedCount: number,
): GroupLoad {
  if (loads.length === 0) return excludedCount > 0 ? { status: 'no-fte' } : { status: 'empty' };
  const amount = loads.reduce((total, load) => total + load.amount, 0);
  if (view.measure === 'cases') {
    return { status: 'ok', amount, denominator: loads.length, value: amount / loads.length };
  }
  // The DfE rule: a ratio of sums, in one place (measures.ts).
  const ratio = ratioOfSums(loads.map((load) => ({ cases: load.amount, fte: load.worker.fte })));
  return ratio.status === 'ok'
    ? { status: 'ok', amount: ratio.cases, denominator: ratio.fte, value: ratio.value }
    : { status: 'no-fte' };
}

function loadsFor(workers: readonly Worker[], settings: LoadSettings, population: Population) {
  const counted: WorkerLoad[] = [];
  const excluded: ExcludedWorker[] = [];
  const notCounted: Worker[] = [];
  for (const worker of workers) {
    if (!inPopulation(worker, population)) {
      notCounted.push(worker);
      continue;
    }
    const result = workerLoad(worker, settings);
    if (result.ok) counted.push(result.load);
    else excluded.push({ worker: result.worker, reason: result.reason });
  }
  return { counted, excluded, notCounted };
}

/** Computes every figure for a unit's workers and units under one measure. */
export function unitFigures(
  workers: readonly Worker[],
  units: readonly Unit[],
  caps: readonly Cap[],
  bands: readonly Band[],
  settings: LoadSettings,
): UnitFigures {
  const { view } = settings;
  const { counted, excluded, notCounted } = loadsFor(workers, settings, view.population);
  const otherPopulation: Population = view.population === 'everyone' ? 'case-holders' : 'everyone';
  const other = loadsFor(workers, settings, otherPopulation);
  const load = groupLoad(counted, view, excluded.length);
  const values = counted.map((entry) => entry.value);
  const overOwn = counted.filter(isOverOwnCap).length;

  const unallocatedCases = sumReported(units.map((unit) => unit.unallocatedCases));
  const vacantFte = sumReported(units.map((unit) => unit.vacantFte));
  const totalFte = workers.reduce((total, worker) => total + worker.fte, 0);
  const agencyFte = workers
    .filter((worker) => worker.agency)
    .reduce((total, worker) => total + worker.fte, 0);

  return {
    view,
    load,
    otherPopulationLoad: groupLoad(other.counted, view, other.excluded.length),
    counted,
    excluded,
    notCounted,
    overCaps: overCapCounts(values, caps),
    overOwnCap: {
      count: overOwn,
      of: counted.length,
      share: counted.length > 0 ? overOwn / counted.length : null,
    },
    medianLoad: median(values),
    highestLoad: values.length > 0 ? Math.max(...values) : null,
    spread: bands.map((band) => ({
      band,
      count: values.filter((value) => bandFor(value, bands).severity === band.severity).length,
    })),
    unallocatedCases,
    // Unallocated cases are counted as children without type, so they cannot be weighted or grouped.
    ifUnallocatedAllocated:
      load.status === 'ok' &&
      unallocatedCases !== null &&
      view.measure !== 'points' &&
      view.counting === 'children'
        ? (load.amount + unallocatedCases) / load.denominator
        : null,
    vacantFte,
    ifVacanciesFilled:
      load.status === 'ok' && vacantFte !== null && view.measure !== 'cases'
        ? load.amount / (load.denominator + vacantFte)
        : null,
    agencyFte,
    agencyShareOfFte: totalFte > 0 ? agencyFte / totalFte : null,
    headcount: workers.length,
    totalFte,
  };
}

/** True when a worker's load is at or over their own cap, by the boundary rule. */
export function isOverOwnCap(load: WorkerLoad): boolean {
  return isAtOrOver(load.value, {
    kind: 'line',
    value: roundToTenth(load.ownCap),
    label: 'own cap',
  });
}

function sumReported(values: readonly (number | null | undefined)[]): number | null {
  const reported = values.filter((value): value is number => typeof value === 'number');
  return reported.length > 0 ? reported.reduce((total, value) => total + value, 0) : null;
}
