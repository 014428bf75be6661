/**
 * Imports the optional cases file: one row per case, naming the worker who
 * holds it. The cases are attached to workers by mergeCaseDetails.
 */
import { caseDetailSchema, workerSchema, type CaseDetail } from '../../contract/v1';
import type { ImportProblem } from '../import-result';
import { readCaseType, readDate, readYesNo, type CellResult } from './cell-values';
import { caseFieldLabels, requiredCaseFields, type CaseColumnMapping } from './case-columns';
import { resolveColumns } from './column-match';
import { blankLinesWarning, sortProblems } from './finish-snapshot';
import { headerProblems, noDataRowsProblem, parseCsv, type CsvRow } from './parse-csv';
import { cellAt, readText, rowShapeProblem } from './row-checks';

export interface ListedCase {
  /** The line of the cases file the case is on. */
  line: number;
  detail: CaseDetail;
}

export interface CaseImport {
  /** The accepted cases of each worker id, in file order. */
  byWorker: Map<string, ListedCase[]>;
  problems: ImportProblem[];
  rowsRead: number;
  rowsAccepted: number;
  sourceName: string;
}

export interface CasesCsvOptions {
  mapping: CaseColumnMapping;
  sourceName: string;
}

/** Imports a cases CSV into case details keyed by worker id, listing every refused row with its line and reasons. */
export function importCasesCsv(text: string, options: CasesCsvOptions): CaseImport {
  const parsed = parseCsv(text);
  const header = parsed.header ?? [];
  const columns = resolveColumns(header, options.mapping.columns, [], {
    labels: caseFieldLabels,
    required: requiredCaseFields,
    unitPathRequired: false,
  });
  const problems = [
    ...headerProblems(parsed),
    ...noDataRowsProblem(parsed),
    ...blankLinesWarning(parsed.blankLines),
    // An empty file has no header to find columns in: 'the file has no rows' says it all.
    ...(parsed.header === null ? [] : columns.problems),
  ];
  const found: CaseImport = {
    byWorker: new Map(),
    problems,
    rowsRead: parsed.rows.length,
    rowsAccepted: 0,
    sourceName: options.sourceName,
  };
  if (parsed.header === null || problems.some((p) => p.rejected && p.line === null)) {
    return { ...found, problems: sortProblems(problems) };
  }

  const firstLineOf = new Map<string, number>();
  for (const row of parsed.rows) {
    const read = readCaseRow(row, header.length, columns.index);
    const reasons = read.ok ? [] : [...read.reasons];
    const caseId = read.ok ? read.detail.id : read.caseId;
    const firstLine = caseId === null ? undefined : firstLineOf.get(caseId);
    // A case is one child allocated to one worker, so a case id is listed once in the file.
    if (firstLine !== undefined)
      reasons.push(`duplicate case id ${caseId ?? ''} (first seen on line ${firstLine})`);
    else if (caseId !== null) firstLineOf.set(caseId, row.line);
    if (!read.ok || reasons.length > 0) {
      problems.push({
        line: row.line,
        subject: caseId,
        reason: reasons.join('; '),
        rejected: true,
      });
      continue;
    }
    const listed = found.byWorker.get(read.workerId);
    const entry = { line: row.line, detail: read.detail };
    if (listed === undefined) found.byWorker.set(read.workerId, [entry]);
    else listed.push(entry);
    found.rowsAccepted += 1;
  }
  return { ...found, problems: sortProblems(problems) };
}

type CaseRowResult =
  | { ok: true; workerId: string; detail: CaseDetail }
  | { ok: false; caseId: string | null; reasons: string[] };

function readCaseRow(
  row: CsvRow,
  headerLength: number,
  index: Record<keyof typeof caseFieldLabels, number | null>,
): CaseRowResult {
  const caseIdCell = cellAt(row, index.caseId);
  const caseId = caseIdCell === '' ? null : caseIdCell;
  const shape = rowShapeProblem(row, headerLength);
  if (shape !== null) return { ok: false, caseId, reasons: [shape] };

  const reasons: string[] = [];
  const take = <T>(result: CellResult<T>, fallback: T): T => {
    if (result.ok) return result.value;
    reasons.push(result.reason);
    return fallback;
  };
  const sibling = cellAt(row, index.siblingGroupId);
  const workerId = take(
    readText(cellAt(row, index.workerId), 'worker id', workerSchema.shape.id),
    '',
  );
  const detail: CaseDetail = {
    id: take(readText(caseIdCell, 'case id', caseDetailSchema.shape.id), ''),
    type: take(readCaseType(cellAt(row, index.caseType)), 'other'),
    inCourtProceedings: take(
      readYesNo(cellAt(row, index.inCourtProceedings), 'in court proceedings'),
      false,
    ),
    // An empty sibling group cell means the child has no siblings among the cases.
    siblingGroupId:
      sibling === ''
        ? null
        : take(readText(sibling, 'sibling group id', caseDetailSchema.shape.id), null),
    allocatedOn: take(readDate(cellAt(row, index.allocatedOn), 'allocation date'), ''),
  };
  if (reasons.length > 0) return { ok: false, caseId, reasons };
  return { ok: true, workerId, detail };
}
