/**
 * The last step of every CSV import: the built snapshot goes through the same
 * contract check as any feed (validateSnapshot), and anything it refuses is
 * added to the problems, so the report is complete.
 */
import type { Snapshot } from '../../contract/v1';
import { validateSnapshot } from '../../contract/validate-snapshot';
import type { ImportProblem, ImportResult } from '../import-result';

export interface FinishInput {
  draft: Snapshot;
  /** The file line of each worker in draft.workers, when known. */
  workerLine: (index: number) => number | null;
  problems: ImportProblem[];
  rowsRead: number;
  sourceName: string;
}

/** Validates a built snapshot against the contract; the contract's refusals are added after the given problems. */
export function finishSnapshot(input: FinishInput): ImportResult {
  const problems = [...input.problems];
  const checked = validateSnapshot(input.draft);
  if (!checked.ok) {
    for (const reason of checked.reasons) {
      problems.push({
        line: null,
        subject: null,
        reason: `the data contract refused the snapshot: ${reason}`,
        rejected: true,
      });
    }
    return result(null, problems, input, 0);
  }
  for (const record of checked.value.rejected) {
    const isWorker = record.kind === 'worker';
    problems.push({
      line: isWorker ? input.workerLine(record.index) : null,
      subject: isWorker ? record.id : `unit ${record.id ?? `#${record.index + 1}`}`,
      reason: `the data contract refused this ${record.kind}: ${record.reasons.join('; ')}`,
      rejected: true,
    });
  }
  const { snapshot } = checked.value;
  return result(snapshot, problems, input, snapshot.workers.length);
}

function result(
  snapshot: Snapshot | null,
  problems: ImportProblem[],
  input: FinishInput,
  rowsAccepted: number,
): ImportResult {
  return {
    snapshot,
    problems,
    rowsRead: input.rowsRead,
    rowsAccepted,
    sourceName: input.sourceName,
  };
}

/** Whole-file problems first, then by line; the sort is stable, so a line's problems keep their order. */
export function sortProblems(problems: readonly ImportProblem[]): ImportProblem[] {
  return [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** One warning listing the blank lines that were skipped, or none. */
export function blankLinesWarning(lines: readonly number[]): ImportProblem[] {
  if (lines.length === 0) return [];
  const SHOWN = 20;
  const listed = lines.slice(0, SHOWN).join(', ');
  const more = lines.length > SHOWN ? ` and ${lines.length - SHOWN} more` : '';
  const count = lines.length === 1 ? '1 blank line was' : `${lines.length} blank lines were`;
  return [
    {
      line: null,
      subject: null,
      reason: `${count} skipped (line${lines.length === 1 ? '' : 's'} ${listed}${more})`,
      rejected: false,
    },
  ];
}
