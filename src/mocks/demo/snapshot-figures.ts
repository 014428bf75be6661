/**
 * Figures the demo data is tuned to, computed independently of src/domain so
 * that the generator's tests check the data rather than the app's maths.
 */
import type { Snapshot, Worker } from '../../contract/v1';

/** True for the roles the DfE measure counts: case holders and senior practitioners. */
export function holdsCasesAsMainJob(worker: Worker): boolean {
  return worker.role === 'case-holder' || worker.role === 'senior-practitioner';
}

/** Each team's cases per FTE over its case holders (a ratio of sums), keyed by unit id. */
export function teamCaseloadsPerFte(snapshot: Snapshot): Map<string, number> {
  const sums = new Map<string, { cases: number; fte: number }>();
  for (const worker of snapshot.workers.filter(holdsCasesAsMainJob)) {
    const sum = sums.get(worker.unitId) ?? { cases: 0, fte: 0 };
    sum.cases += worker.casesHeld;
    sum.fte += worker.fte;
    sums.set(worker.unitId, sum);
  }
  return new Map([...sums].map(([unitId, sum]) => [unitId, sum.cases / sum.fte]));
}

/** Case holders whose own cases per FTE is at or above the threshold. */
export function caseHoldersAtOrOver(snapshot: Snapshot, perFte: number): Worker[] {
  return snapshot.workers
    .filter(holdsCasesAsMainJob)
    .filter((worker) => worker.casesHeld / worker.fte >= perFte);
}

/** Total cases held by every worker in the snapshot. */
export function totalCases(snapshot: Snapshot): number {
  return snapshot.workers.reduce((sum, worker) => sum + worker.casesHeld, 0);
}
