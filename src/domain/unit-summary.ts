/**
 * The figures shown at the top of a unit's page: the DfE caseload, who is
 * over which cap, and the work and posts that sit outside anyone's caseload.
 */
import type { Unit, Worker } from '../contract/v1';
import type { Cap } from './caps';
import {
  casesPerFte,
  caseloadPerFte,
  median,
  overCapCounts,
  type CaseloadSummary,
  type OverCapCount,
} from './measures';

export interface UnitSummary extends CaseloadSummary {
  /** Cases per FTE of each counted case holder. */
  loads: number[];
  overCaps: OverCapCount[];
  medianLoad: number | null;
  highestLoad: number | null;
  /** Sum over units that report it; null when no unit does. */
  unallocatedCases: number | null;
  vacantFte: number | null;
  headcount: number;
  totalFte: number;
}

/** Summarises the workers and units of one unit's subtree against the caps. */
export function summariseUnit(
  workers: readonly Worker[],
  units: readonly Unit[],
  caps: readonly Cap[],
): UnitSummary {
  const caseload = caseloadPerFte(workers);
  const loads = caseload.counted
    .map((worker) => casesPerFte(worker))
    .filter((load): load is number => load !== null);
  return {
    ...caseload,
    loads,
    overCaps: overCapCounts(loads, caps),
    medianLoad: median(loads),
    highestLoad: loads.length > 0 ? Math.max(...loads) : null,
    unallocatedCases: sumReported(units.map((unit) => unit.unallocatedCases)),
    vacantFte: sumReported(units.map((unit) => unit.vacantFte)),
    headcount: workers.length,
    totalFte: workers.reduce((total, worker) => total + worker.fte, 0),
  };
}

function sumReported(values: readonly (number | undefined)[]): number | null {
  const reported = values.filter((value): value is number => value !== undefined);
  return reported.length > 0 ? reported.reduce((total, value) => total + value, 0) : null;
}
