/**
 * The import report's "Accepted, but check" entries: a kept row whose values
 * are far outside what is usual (contract/plausibility.ts). The row stays in
 * the snapshot and in every figure; the entry names it, with the value, the
 * limit and what to look at.
 */
import type { Unit, Worker } from '../contract/v1';
import { teamImplausibleValues, workerImplausibleValues } from '../contract/plausibility';
import type { ImportProblem } from './import-result';

/** One entry per worker with a value to check, placed at the line or record `placeOf` gives. */
export function workerCheckProblems(
  workers: readonly Worker[],
  placeOf: (worker: Worker) => number | null,
): ImportProblem[] {
  return workers.flatMap((worker) => {
    const values = workerImplausibleValues(worker);
    return values.length === 0
      ? []
      : [
          checkProblem(
            placeOf(worker),
            worker.id,
            values.map((value) => value.reason),
          ),
        ];
  });
}

/** One entry per team with unallocated cases or vacant FTE to check. */
export function teamCheckProblems(
  team: Pick<Unit, 'name' | 'unallocatedCases' | 'vacantFte'>,
  line: number | null,
): ImportProblem[] {
  const values = teamImplausibleValues(team);
  return values.length === 0
    ? []
    : [
        checkProblem(
          line,
          team.name,
          values.map((value) => value.reason),
        ),
      ];
}

function checkProblem(line: number | null, subject: string, reasons: string[]): ImportProblem {
  return { line, subject, reason: reasons.join('; '), rejected: false, check: true };
}
