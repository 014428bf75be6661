/**
 * The figures for one unit under the chosen measure: the unit's load (a
 * ratio of sums, as DfE computes caseload), who is over which cap and over
 * their own cap, the spread across bands, and what the load would be with
 * unallocated work allocated or vacant posts filled. Units that send totals
 * in place of workers enter the load (cases per FTE of case holders only)
 * but none of the per-worker figures.
 */
import type { Unit, Worker } from '../contract/v1';
import {
  agencyFromTotals,
  hasTotals,
  sumOfTotals,
  totalsForView,
  unknownOtherTotals,
  type CountedTotals,
  type SuppressedUnit,
} from './aggregate';
import { roundingLoss, roundToTenth, sumPrecisely } from '../contract/rounding';
import { isAtOrOver, spreadOfSorted, type Band } from './bands';
import { capThreshold, type Cap } from './caps';
import {
  isCaseHolder,
  medianOfSorted,
  overCapCountsOfSorted,
  ratioOfSums,
  sortedLoads,
  type OverCapCount,
} from './measures';
import type { Population, ViewMeasure } from './measure-options';
import { implausibleRecords, type ImplausibleRecord } from '../contract/plausibility';
import type { OrgIndex } from './org-index';
import type { WeightingScheme } from './weighting';
import { memoFigures, memoLoadStage } from './figures-memo';
import {
  ownCapFor,
  workerLoad,
  type LoadSettings,
  type WorkerLoad,
  type WorkerLoadResult,
} from './worker-load';

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
  /** Units whose totals are in the load (their cases and case-holder FTE). */
  totalsCounted: CountedTotals[];
  /** Units with totals left out of both sides of the load, and why. */
  suppressedUnits: SuppressedUnit[];
  /** How many units here send totals in place of workers, counted or not. */
  totalsUnits: number;
  /** Units whose other totals (headcount, agency, vacancies, unallocated) are unknown or suppressed. */
  unknownTotals: SuppressedUnit[];
  /** Workers outside the chosen population (managers, under the DfE rule). */
  notCounted: Worker[];
  overCaps: OverCapCount[];
  overOwnCap: { count: number; of: number; share: number | null };
  medianLoad: number | null;
  highestLoad: number | null;
  spread: { band: Band; count: number }[];
  unallocatedCases: number | null;
  /**
   * The unallocated cases of the units in the load: a unit whose totals are
   * left out of the load is left out of the "if" figures too.
   */
  unallocatedInLoad: number | null;
  /** The load if unallocated cases were given to the counted workers. */
  ifUnallocatedAllocated: number | null;
  vacantFte: number | null;
  /** The vacant FTE of the units in the load, as for unallocated cases. */
  vacantFteInLoad: number | null;
  /** The load if vacant posts were filled (per FTE measures only). */
  ifVacanciesFilled: number | null;
  agencyFte: number;
  /** The FTE the agency share is taken of: every worker's, plus agency and in-post FTE from totals that give both. */
  agencyBaseFte: number;
  /** Agency FTE ÷ agencyBaseFte, or null with no FTE at all. */
  agencyShareOfFte: number | null;
  /** Units with totals left out of the agency share: agency or in-post FTE not given. */
  agencyTotalsLeftOut: number;
  /** Workers listed, plus the in-post headcount that totals give. */
  headcount: number;
  /** The in-post headcount from totals (agency workers not included), or null when none gives it. */
  publishedHeadcount: number | null;
  /** Every worker's FTE, plus the in-post FTE from totals (agency not included there, as in their headcount). */
  totalFte: number;
  /**
   * Workers and teams here with a value far outside the usual
   * (contract/plausibility.ts): in the figures as sent, and named so they are checked.
   */
  implausible: ImplausibleRecord[];
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

/**
 * Sums amounts over FTE (per-FTE measures) or over headcount (cases held).
 * Totals (cases and case-holder FTE of units that send no workers) join the
 * same ratio of sums; pass them only for the view they can answer.
 */
export function groupLoad(
  loads: readonly WorkerLoad[],
  view: ViewMeasure,
  excludedCount: number,
  totals: readonly CountedTotals[] = [],
): GroupLoad {
  const usedTotals = view.measure === 'cases' ? [] : totals;
  if (loads.length === 0 && usedTotals.length === 0) {
    return excludedCount > 0 ? { status: 'no-fte' } : { status: 'empty' };
  }
  if (view.measure === 'cases') {
    const amount = sumPrecisely(loads.map((load) => load.amount));
    return { status: 'ok', amount, denominator: loads.length, value: amount / loads.length };
  }
  // The DfE rule: a ratio of sums, in one place (measures.ts). Summed here
  // first, in the same order, so 30,000 workers need no list of their own.
  let cases = 0;
  let casesLost = 0;
  let fte = 0;
  let fteLost = 0;
  for (const load of loads) {
    casesLost += roundingLoss(cases, load.amount);
    cases += load.amount;
    fteLost += roundingLoss(fte, load.worker.fte);
    fte += load.worker.fte;
  }
  const ratio = ratioOfSums([{ cases: cases + casesLost, fte: fte + fteLost }, ...usedTotals]);
  return ratio.status === 'ok'
    ? { status: 'ok', amount: ratio.cases, denominator: ratio.fte, value: ratio.value }
    : { status: 'no-fte' };
}

/** The part of a unit's figures that caps do not change: loads, totals, FTE, headcount. */
interface LoadStage {
  figures: Omit<UnitFigures, 'overCaps' | 'spread'>;
  /**
   * The workers' loads sorted into the other population, kept so a parent's
   * stage can be put together from its children's. Only their amounts and FTE
   * are read (for the other population's load), so their own caps are not
   * kept up to date with the reference cap.
   */
  otherLoads: PopulationLoads;
  /** The counted workers' values in ascending order, so caps and bands are counted by binary search. */
  sortedValues: Float64Array;
  /** The reference cap the own caps in `counted` and `overOwnCap` were worked out with. */
  referenceCapPerFte: number;
}

interface PopulationLoads {
  counted: WorkerLoad[];
  excluded: ExcludedWorker[];
  notCounted: Worker[];
}

/**
 * Each worker's load worked out once, sorted into the chosen population and
 * the other one (shown side by side). One pass: at national scale this is
 * 30,000 workers on the way to the first chart.
 */
function loadsForBoth(
  workers: readonly Worker[],
  settings: LoadSettings,
): { chosen: PopulationLoads; other: PopulationLoads } {
  const chosen: PopulationLoads = { counted: [], excluded: [], notCounted: [] };
  const other: PopulationLoads = { counted: [], excluded: [], notCounted: [] };
  const otherPopulation = otherPopulationThan(settings.view.population);
  for (const worker of workers) {
    const result = workerLoad(worker, settings);
    placeIn(chosen, inPopulation(worker, settings.view.population), result);
    placeIn(other, inPopulation(worker, otherPopulation), result);
  }
  return { chosen, other };
}

function placeIn(loads: PopulationLoads, inIt: boolean, result: WorkerLoadResult): void {
  const worker = result.ok ? result.load.worker : result.worker;
  if (!inIt) loads.notCounted.push(worker);
  else if (result.ok) loads.counted.push(result.load);
  else loads.excluded.push({ worker, reason: result.reason });
}

function otherPopulationThan(population: Population): Population {
  return population === 'everyone' ? 'case-holders' : 'everyone';
}

/**
 * Computes every figure for a unit's workers and units under one measure.
 *
 * Memoised (figures-memo.ts): the same lists under the same settings give the
 * same object, so a page, its chart rows and its spread rows share one
 * computation; and a change of caps that keeps the reference cap re-bands the
 * loads already worked out instead of working them out again.
 */
export function unitFigures(
  workers: readonly Worker[],
  units: readonly Unit[],
  caps: readonly Cap[],
  bands: readonly Band[],
  settings: LoadSettings,
): UnitFigures {
  return memoFigures(workers, units, caps, bands, settings, () =>
    bandStage(withOwnCaps(memoisedStage(workers, units, settings), settings), caps, bands),
  );
}

/**
 * The figures for a unit of an org index: the same as unitFigures over every
 * worker and unit beneath it, but put together from its children's stages
 * where it has children. A page shows a unit's figures beside a row for each
 * child, so the children's are worked out anyway: at national scale, England's
 * figures then take one walk of its 30,000 workers' loads instead of two.
 */
export function unitFiguresUnder(
  index: OrgIndex,
  unitId: string,
  caps: readonly Cap[],
  bands: readonly Band[],
  settings: LoadSettings,
): UnitFigures {
  const workers = index.workersUnder(unitId);
  const units = index.unitsUnder(unitId);
  const children = index.children(unitId);
  if (children.length === 0) return unitFigures(workers, units, caps, bands, settings);
  return memoFigures(workers, units, caps, bands, settings, () => {
    const stage = memoLoadStage(workers, units, settings, () =>
      stageFromChildren(index, unitId, children, settings),
    );
    return bandStage(withOwnCaps(stage, settings), caps, bands);
  });
}

/** Loads are kept across reference caps; only the own caps are worked out again. */
function memoisedStage(
  workers: readonly Worker[],
  units: readonly Unit[],
  settings: LoadSettings,
): LoadStage {
  return memoLoadStage(workers, units, settings, () => loadStage(workers, units, settings));
}

/**
 * A parent's stage from its children's. An org index lays workers and units
 * out depth first (org-index.ts): the parent's own workers, then each child's
 * subtree in turn. Joined in that order, the children's loads are the lists a
 * walk of every worker would make, so every sum is taken in the same order
 * and every figure comes out the same to the last bit.
 */
function stageFromChildren(
  index: OrgIndex,
  unitId: string,
  children: readonly Unit[],
  settings: LoadSettings,
): LoadStage {
  const ownWorkers = index.workersDirectlyIn(unitId);
  const own = loadsForBoth(ownWorkers, settings);
  const parts = children.map((child) =>
    withOwnCaps(
      memoisedStage(index.workersUnder(child.id), index.unitsUnder(child.id), settings),
      settings,
    ),
  );
  const chosen = joinLoads([
    own.chosen,
    ...parts.map(({ figures }) => ({
      counted: figures.counted,
      excluded: figures.excluded,
      notCounted: figures.notCounted,
    })),
  ]);
  const other = joinLoads([own.other, ...parts.map((part) => part.otherLoads)]);
  // Workers' records first, then units', as implausibleRecords lists them. The parent
  // itself has children, so it is never checked as a team.
  const implausible = [
    ...implausibleRecords(ownWorkers, []),
    ...parts.flatMap(({ figures }) => figures.implausible.filter(isWorkerRecord)),
    ...parts.flatMap(({ figures }) =>
      figures.implausible.filter((record) => !isWorkerRecord(record)),
    ),
  ];
  return stageOfLoads(
    index.workersUnder(unitId),
    index.unitsUnder(unitId),
    settings,
    { chosen, other },
    implausible,
  );
}

function isWorkerRecord(record: ImplausibleRecord): boolean {
  return record.kind === 'worker';
}

function joinLoads(parts: readonly PopulationLoads[]): PopulationLoads {
  return {
    counted: ([] as WorkerLoad[]).concat(...parts.map((part) => part.counted)),
    excluded: ([] as ExcludedWorker[]).concat(...parts.map((part) => part.excluded)),
    notCounted: ([] as Worker[]).concat(...parts.map((part) => part.notCounted)),
  };
}

/** The stage with each counted worker's own cap under these settings' reference cap. */
function withOwnCaps(stage: LoadStage, settings: LoadSettings): LoadStage {
  if (stage.referenceCapPerFte === settings.referenceCapPerFte) return stage;
  let overOwn = 0;
  const counted = stage.figures.counted.map((load) => {
    const moved = { ...load, ownCap: ownCapFor(load.worker, settings) };
    if (isOverOwnCap(moved)) overOwn += 1;
    return moved;
  });
  return {
    ...stage,
    referenceCapPerFte: settings.referenceCapPerFte,
    figures: {
      ...stage.figures,
      counted,
      overOwnCap: {
        count: overOwn,
        of: counted.length,
        share: counted.length > 0 ? overOwn / counted.length : null,
      },
    },
  };
}

function loadStage(
  workers: readonly Worker[],
  units: readonly Unit[],
  settings: LoadSettings,
): LoadStage {
  return stageOfLoads(
    workers,
    units,
    settings,
    loadsForBoth(workers, settings),
    implausibleRecords(workers, units),
  );
}

/** The stage, given each worker's load sorted into both populations and the records to check. */
function stageOfLoads(
  workers: readonly Worker[],
  units: readonly Unit[],
  settings: LoadSettings,
  { chosen, other }: { chosen: PopulationLoads; other: PopulationLoads },
  implausible: ImplausibleRecord[],
): LoadStage {
  const { view } = settings;
  const { counted, excluded, notCounted } = chosen;
  const otherView: ViewMeasure = { ...view, population: otherPopulationThan(view.population) };
  const totals = totalsForView(units, view);
  const otherTotals = totalsForView(units, otherView);
  const load = groupLoad(counted, view, excluded.length + totals.suppressed.length, totals.counted);
  const sortedValues = sortedLoads(counted.map((entry) => entry.value));
  let overOwn = 0;
  let highest = -Infinity;
  for (const entry of counted) {
    if (isOverOwnCap(entry)) overOwn += 1;
    if (entry.value > highest) highest = entry.value;
  }

  const unallocatedCases = reportedSum(units, 'unallocatedCases');
  const vacantFte = reportedSum(units, 'vacantFte');
  // A unit left out of the load must not add its vacancies or waiting cases
  // to the others' "if" figures: that would set its posts against their FTE.
  const leftOut = new Set(totals.suppressed.map((entry) => entry.unit.id));
  const unitsInLoad = units.filter((unit) => !leftOut.has(unit.id));
  const unallocatedInLoad = reportedSum(unitsInLoad, 'unallocatedCases');
  const vacantFteInLoad = reportedSum(unitsInLoad, 'vacantFte');
  const agencyTotals = agencyFromTotals(units);
  let workersFte = 0;
  let workersFteLost = 0;
  let workersAgencyFte = 0;
  let workersAgencyFteLost = 0;
  for (const worker of workers) {
    workersFteLost += roundingLoss(workersFte, worker.fte);
    workersFte += worker.fte;
    if (!worker.agency) continue;
    workersAgencyFteLost += roundingLoss(workersAgencyFte, worker.fte);
    workersAgencyFte += worker.fte;
  }
  workersFte += workersFteLost;
  workersAgencyFte += workersAgencyFteLost;
  const agencyBaseFte = workersFte + agencyTotals.allFte;
  const totalFte = workersFte + (sumOfTotals(units, 'inPostFte') ?? 0);
  const agencyFte = workersAgencyFte + agencyTotals.agencyFte;
  const publishedHeadcount = sumOfTotals(units, 'headcount');

  const figures = {
    view,
    load,
    otherPopulationLoad: groupLoad(
      other.counted,
      otherView,
      other.excluded.length + otherTotals.suppressed.length,
      otherTotals.counted,
    ),
    counted,
    excluded,
    totalsCounted: totals.counted,
    suppressedUnits: totals.suppressed,
    totalsUnits: units.filter(hasTotals).length,
    unknownTotals: unknownOtherTotals(units),
    notCounted,
    overOwnCap: {
      count: overOwn,
      of: counted.length,
      share: counted.length > 0 ? overOwn / counted.length : null,
    },
    medianLoad: medianOfSorted(sortedValues),
    highestLoad: counted.length > 0 ? highest : null,
    unallocatedCases,
    unallocatedInLoad,
    // Unallocated cases are counted as children without type, so they cannot be weighted or grouped.
    ifUnallocatedAllocated:
      load.status === 'ok' &&
      unallocatedInLoad !== null &&
      view.measure !== 'points' &&
      view.counting === 'children'
        ? (load.amount + unallocatedInLoad) / load.denominator
        : null,
    vacantFte,
    vacantFteInLoad,
    ifVacanciesFilled:
      load.status === 'ok' && vacantFteInLoad !== null && view.measure !== 'cases'
        ? load.amount / (load.denominator + vacantFteInLoad)
        : null,
    agencyFte,
    agencyBaseFte,
    agencyShareOfFte: agencyBaseFte > 0 ? agencyFte / agencyBaseFte : null,
    agencyTotalsLeftOut: agencyTotals.leftOut,
    headcount: workers.length + (publishedHeadcount ?? 0),
    publishedHeadcount,
    totalFte,
    implausible,
  };
  return {
    figures,
    otherLoads: other,
    sortedValues,
    referenceCapPerFte: settings.referenceCapPerFte,
  };
}

/** The figures that depend on the caps: who is over each cap, and the spread across bands. */
function bandStage(stage: LoadStage, caps: readonly Cap[], bands: readonly Band[]): UnitFigures {
  const { sortedValues, figures } = stage;
  return {
    ...figures,
    overCaps: overCapCountsOfSorted(sortedValues, caps),
    spread: spreadOfSorted(sortedValues, bands),
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

/** A figure summed over the units that report it, on the unit itself or in its totals. */
function reportedSum(
  units: readonly Unit[],
  field: 'unallocatedCases' | 'vacantFte',
): number | null {
  return sumReported([...units.map((unit) => unit[field]), sumOfTotals(units, field)]);
}

function sumReported(values: readonly (number | null | undefined)[]): number | null {
  const reported = values.filter((value): value is number => typeof value === 'number');
  return reported.length > 0 ? sumPrecisely(reported) : null;
}
