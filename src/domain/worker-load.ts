/**
 * One worker's load under the chosen measure, and their own cap in the same
 * units: pro rata to their FTE, and protected if they are in their ASYE.
 * A worker whose load cannot be known is left out with the reason, never
 * counted as zero.
 */
import type { CaseDetail, Worker } from '../contract/v1';
import { ownCapInCases, ownCapPerFte, type AsyeRule } from './asye-rule';
import type { ViewMeasure } from './measure-options';
import { workerPoints, type WeightingScheme } from './weighting';

export interface LoadSettings {
  view: ViewMeasure;
  weighting: WeightingScheme;
  asyeRule: AsyeRule;
  /** The cap, in cases per FTE, that each worker's own cap is based on. */
  referenceCapPerFte: number;
}

export interface WorkerLoad {
  worker: Worker;
  /** Children, families or points held: the numerator of the measure. */
  amount: number;
  /** The measure's value for this worker. */
  value: number;
  /** The worker's own cap in the same units as `value`. */
  ownCap: number;
}

export type WorkerLoadResult =
  { ok: true; load: WorkerLoad } | { ok: false; worker: Worker; reason: string };

/** Children in distinct families: each sibling group once, each other child once. */
export function familyCount(details: readonly CaseDetail[]): number {
  const groups = new Set<string>();
  let singles = 0;
  for (const detail of details) {
    if (detail.siblingGroupId) groups.add(detail.siblingGroupId);
    else singles += 1;
  }
  return groups.size + singles;
}

/** The numerator for one worker, or why it is unknown. */
export function workerAmount(
  worker: Worker,
  view: ViewMeasure,
  weighting: WeightingScheme,
): { ok: true; amount: number } | { ok: false; reason: string } {
  if (view.measure === 'points') {
    if (!worker.caseDetails) return { ok: false, reason: 'no case-level detail to weight' };
    return { ok: true, amount: workerPoints(worker.caseDetails, weighting) };
  }
  if (view.counting === 'families') {
    if (!worker.caseDetails) return { ok: false, reason: 'no case-level detail to count families' };
    return { ok: true, amount: familyCount(worker.caseDetails) };
  }
  return { ok: true, amount: worker.casesHeld };
}

/** A worker's load and own cap, or the reason it cannot be computed. */
export function workerLoad(worker: Worker, settings: LoadSettings): WorkerLoadResult {
  if (worker.fte <= 0) return { ok: false, worker, reason: 'no FTE recorded' };
  const amount = workerAmount(worker, settings.view, settings.weighting);
  if (!amount.ok) return { ok: false, worker, reason: amount.reason };
  const value = settings.view.measure === 'cases' ? amount.amount : amount.amount / worker.fte;
  return {
    ok: true,
    load: { worker, amount: amount.amount, value, ownCap: ownCapFor(worker, settings) },
  };
}

/**
 * A worker's own cap in the measure's units: capacity for weighted points,
 * else the reference cap pro rata (per FTE, or in cases for cases held),
 * protected in the ASYE. The only part of a load that the caps change.
 */
export function ownCapFor(worker: Worker, settings: LoadSettings): number {
  const { view, weighting, asyeRule, referenceCapPerFte } = settings;
  if (view.measure === 'points') {
    return worker.asye ? weighting.asyeCapacityPerFte : weighting.capacityPerFte;
  }
  if (view.measure === 'per-fte') return ownCapPerFte(referenceCapPerFte, worker.asye, asyeRule);
  return ownCapInCases(referenceCapPerFte, worker.fte, worker.asye, asyeRule);
}
