/**
 * Attaches the cases file's case details to the workers of an import, and
 * says so wherever the two files disagree.
 */
import type { CaseDetail, Snapshot, Worker } from '../../contract/v1';
import type { ImportProblem, ImportResult } from '../import-result';
import { finishSnapshot } from './finish-snapshot';
import type { CaseImport } from './import-cases';
import { emptyFileStops } from './empty-file';

/** Attaches case details to the imported workers; the workers file's cases held always wins over the cases file's count. */
export function mergeCaseDetails(result: ImportResult, cases: CaseImport): ImportResult {
  // The report mixes two files' line numbers, so each cases-file problem names its file.
  const inCases = (problem: ImportProblem): ImportProblem => ({
    ...problem,
    reason: `${cases.sourceName}: ${problem.reason}`,
  });
  const problems = [...result.problems, ...cases.problems.map(inCases)];
  const sourceName = `${result.sourceName}, ${cases.sourceName}`;
  if (result.snapshot === null) {
    problems.push({
      line: null,
      subject: null,
      reason: `case detail from ${cases.sourceName} was not attached: there are no workers to attach it to`,
      rejected: true,
    });
    return { ...result, problems, sourceName };
  }
  // A cases file with no cases in it is the wrong file or a cut-short export. Going on
  // would say that every worker's count differs, and save the workers without their cases.
  if (cases.rowsRead === 0) {
    problems.push(emptyFileStops(cases.sourceName, 'cases', 'workers'));
    return { ...result, snapshot: null, rowsAccepted: 0, problems, sourceName };
  }
  // A cases file that could not be read at all would make every count differ; say it once.
  if (cases.problems.some((problem) => problem.rejected && problem.line === null)) {
    problems.push({
      line: null,
      subject: null,
      reason: `case detail from ${cases.sourceName} was not attached: the file could not be read`,
      rejected: false,
    });
    return { ...result, problems, sourceName };
  }

  const known = new Set(result.snapshot.workers.map((worker) => worker.id));
  for (const [workerId, listed] of cases.byWorker) {
    if (known.has(workerId)) continue;
    for (const { line, detail } of listed) {
      problems.push(
        inCases({
          line,
          subject: detail.id,
          reason: `case ${detail.id} names worker ${workerId}, who is not among the imported workers (not in the workers file, or refused there)`,
          rejected: true,
        }),
      );
    }
  }

  const workers = result.snapshot.workers.map((worker) => {
    const listed = cases.byWorker.get(worker.id) ?? [];
    if (listed.length === worker.casesHeld) {
      return { ...worker, caseDetails: listed.map(({ detail }) => detail) };
    }
    problems.push({
      line: null,
      subject: worker.id,
      reason: `worker ${worker.id} holds ${worker.casesHeld} cases in ${result.sourceName} but ${cases.sourceName} lists ${listed.length}; cases held stays ${worker.casesHeld} and no case detail is attached`,
      rejected: false,
    });
    return withoutDetails(worker);
  });
  const draft: Snapshot = { ...result.snapshot, workers };
  const merged = finishSnapshot({
    draft,
    workerLine: () => null,
    problems,
    rowsRead: result.rowsRead,
    sourceName,
  });
  return merged;
}

function withoutDetails(worker: Worker): Worker {
  const kept: Worker & { caseDetails?: CaseDetail[] } = { ...worker };
  delete kept.caseDetails;
  return kept;
}
