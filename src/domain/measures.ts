/**
 * Caseload measures, computed as the Department for Education does
 * (docs/measures.md): caseload per FTE is the cases held by case holders
 * divided by the FTE of those case holders: a ratio of sums, never a mean of
 * individual ratios or of team averages.
 */
import { roundingLoss } from '../contract/rounding';
import type { Worker, WorkerRole } from '../contract/v1';
import { countBelow } from './bands';
import { capThreshold, type Cap } from './caps';

/** Roles that hold cases as their main job, and so are counted by default. */
export const caseHoldingRoles: ReadonlySet<WorkerRole> = new Set<WorkerRole>([
  'case-holder',
  'senior-practitioner',
]);

/** True for a worker whose role is a case-holding role. */
export function isCaseHolder(worker: Pick<Worker, 'role'>): boolean {
  return caseHoldingRoles.has(worker.role);
}

export interface CasesAndFte {
  cases: number;
  fte: number;
}

export type Ratio =
  | { status: 'ok'; cases: number; fte: number; value: number }
  | { status: 'no-fte'; cases: number; fte: 0 }
  | { status: 'empty'; cases: 0; fte: 0 };

/** Sum of cases over sum of FTE; says in its status why there is no value. */
export function ratioOfSums(parts: readonly CasesAndFte[]): Ratio {
  if (parts.length === 0) return { status: 'empty', cases: 0, fte: 0 };
  let cases = 0;
  let casesLost = 0;
  let fte = 0;
  let fteLost = 0;
  for (const part of parts) {
    casesLost += roundingLoss(cases, part.cases);
    cases += part.cases;
    fteLost += roundingLoss(fte, part.fte);
    fte += part.fte;
  }
  cases += casesLost;
  fte += fteLost;
  if (fte <= 0) return { status: 'no-fte', cases, fte: 0 };
  return { status: 'ok', cases, fte, value: cases / fte };
}

/** One worker's cases per FTE, or null when no FTE is recorded. */
export function casesPerFte(worker: Pick<Worker, 'casesHeld' | 'fte'>): number | null {
  return worker.fte > 0 ? worker.casesHeld / worker.fte : null;
}

export interface OverCapCount {
  cap: Cap;
  threshold: number;
  count: number;
  of: number;
  /** count / of, or null when there is no one to count. */
  share: number | null;
}

/** How many loads are at or over each cap, and what share of all loads that is. */
export function overCapCounts(loads: readonly number[], caps: readonly Cap[]): OverCapCount[] {
  return overCapCountsOfSorted(sortedLoads(loads), caps);
}

/** overCapCounts for loads already in ascending order (see sortedLoads). */
export function overCapCountsOfSorted(
  sorted: ArrayLike<number>,
  caps: readonly Cap[],
): OverCapCount[] {
  return caps.map((cap) => {
    const threshold = capThreshold(cap);
    // At or over by the boundary rule (bands.ts): the loads not below the threshold once rounded.
    const count = sorted.length - countBelow(sorted, threshold);
    return {
      cap,
      threshold,
      count,
      of: sorted.length,
      share: sorted.length > 0 ? count / sorted.length : null,
    };
  });
}

/** Loads in ascending order: a typed array sorts numerically, and several times faster than a comparator. */
export function sortedLoads(loads: readonly number[]): Float64Array {
  return Float64Array.from(loads).sort();
}

/** The middle value (mean of the two middle values for an even count), or null for none. */
export function median(values: readonly number[]): number | null {
  return medianOfSorted(sortedLoads(values));
}

/** median for values already in ascending order. */
export function medianOfSorted(sorted: ArrayLike<number>): number | null {
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}
