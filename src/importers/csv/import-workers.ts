/**
 * Imports the workers file: one row per worker, with unit path columns from
 * which the units are built. Every refused row is reported with its line.
 */
import { CONTRACT_VERSION, type Snapshot } from '../../contract/v1';
import type { ImportProblem, ImportResult } from '../import-result';
import { workerCheckProblems } from '../plausibility-problems';
import { asAtDateProblems } from './as-at-date';
import { resolveColumns } from './column-match';
import { blankLinesWarning, finishSnapshot, sortProblems } from './finish-snapshot';
import { headerProblems, noDataRowsProblem, parseCsv } from './parse-csv';
import { organisationId, pathIdMaker, pathReader } from './unit-paths';
import { buildUnits, findParents, parentUnitReason, type PlacedPath } from './unit-tree';
import { readWorkerRow, type WorkerDraft } from './worker-rows';
import { requiredWorkerFields, workerFieldLabels, type ColumnMapping } from './worker-columns';

export interface WorkersCsvOptions {
  mapping: ColumnMapping;
  /** The name of the organisation: the root unit, above the first unit path column. */
  organisationName: string;
  /** The date the figures describe, YYYY-MM-DD. */
  asAt: string;
  sourceName: string;
}

type Candidate = PlacedPath & { worker: WorkerDraft };

/** Imports a workers CSV into a v1 snapshot, listing every refused row with its line and reasons. */
export function importWorkersCsv(text: string, options: WorkersCsvOptions): ImportResult {
  const parsed = parseCsv(text);
  const problems: ImportProblem[] = [
    ...asAtDateProblems(options.asAt),
    ...headerProblems(parsed),
    ...noDataRowsProblem(parsed),
    ...blankLinesWarning(parsed.blankLines),
  ];
  const rowsRead = parsed.rows.length;
  const header = parsed.header ?? [];
  const columns = resolveColumns(header, options.mapping.columns, options.mapping.unitPath, {
    labels: workerFieldLabels,
    required: requiredWorkerFields,
    unitPathRequired: true,
  });
  // An empty file has no header to find columns in: 'the file has no rows' says it all.
  if (parsed.header !== null) problems.push(...columns.problems);
  if (parsed.header === null || problems.some((p) => p.rejected && p.line === null)) {
    // Without its columns, rows or date nothing can be built: report the file, not every row.
    return {
      snapshot: null,
      problems: sortProblems(problems),
      rowsRead,
      rowsAccepted: 0,
      sourceName: options.sourceName,
    };
  }
  problems.push(...missingYesNoWarnings(columns.index.asye, columns.index.agency));

  const rootId = organisationId(options.organisationName);
  const readPath = pathReader(columns.unitPath, header);
  const pathIds = pathIdMaker(rootId);
  const firstLineOf = new Map<string, number>();
  const candidates: Candidate[] = [];
  for (const row of parsed.rows) {
    const read = readWorkerRow(row, header, columns, readPath);
    const id = read.ok ? read.worker.id : read.id;
    const reasons = read.ok ? [] : [...read.reasons];
    const firstLine = id === null ? undefined : firstLineOf.get(id);
    // Every later row with a seen id is refused, even when the first was refused for
    // another reason: two records for one person, and no way to tell which is right.
    if (firstLine !== undefined)
      reasons.push(`duplicate worker id ${id ?? ''} (first seen on line ${firstLine})`);
    else if (id !== null) firstLineOf.set(id, row.line);
    if (reasons.length > 0 || !read.ok) {
      problems.push({ line: row.line, subject: id, reason: reasons.join('; '), rejected: true });
      continue;
    }
    const ids = pathIds(read.path);
    candidates.push({ line: row.line, names: read.path, ids, worker: read.worker });
  }

  // A shorter path makes its last unit a team; if longer paths put units beneath
  // that unit, it cannot be both, and the contract keeps workers in leaf units.
  const parents = findParents(candidates);
  const accepted: Candidate[] = [];
  for (const candidate of candidates) {
    const leaf = candidate.ids.at(-1) ?? rootId;
    const child = parents.get(leaf);
    if (child === undefined) {
      accepted.push(candidate);
      continue;
    }
    problems.push({
      line: candidate.line,
      subject: candidate.worker.id,
      reason: parentUnitReason(candidate.names.at(-1) ?? '', child, 'workers'),
      rejected: true,
    });
  }

  const { units, warnings } = buildUnits({ id: rootId, name: options.organisationName }, accepted);
  problems.push(...warnings);
  const draft: Snapshot = {
    version: CONTRACT_VERSION,
    asAt: options.asAt,
    organisation: { id: rootId, name: options.organisationName },
    units,
    workers: accepted.map((c) => ({ ...c.worker, unitId: c.ids.at(-1) ?? rootId })),
  };
  const result = finishSnapshot({
    draft,
    workerLine: (index) => accepted[index]?.line ?? null,
    problems,
    rowsRead,
    sourceName: options.sourceName,
  });
  if (result.snapshot !== null && result.snapshot.workers.length === 0) {
    // An organisation with no workers would replace a saved snapshot for this date with nothing.
    const none: ImportProblem = {
      line: null,
      subject: null,
      reason: `none of the ${rowsRead} rows could be used, so there is nothing to import; the reasons are listed by line`,
      rejected: true,
    };
    return { ...result, snapshot: null, problems: sortProblems([none, ...result.problems]) };
  }
  // Values far outside the usual are kept and counted, and listed to be checked.
  const lineOf = new Map(accepted.map((candidate) => [candidate.worker.id, candidate.line]));
  const checks = workerCheckProblems(
    result.snapshot?.workers ?? [],
    (worker) => lineOf.get(worker.id) ?? null,
  );
  return { ...result, problems: sortProblems([...result.problems, ...checks]) };
}

function missingYesNoWarnings(asye: number | null, agency: number | null): ImportProblem[] {
  const missing = [asye === null ? 'ASYE' : null, agency === null ? 'agency' : null];
  return missing
    .filter((label): label is string => label !== null)
    .map((label) => ({
      line: null,
      subject: label,
      reason: `no column is chosen for ${label}, so every worker is read as not ${label === 'ASYE' ? 'in ASYE' : 'agency'}`,
      rejected: false,
    }));
}
