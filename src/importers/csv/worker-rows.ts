/**
 * Reads one row of the workers file into a worker (without its unit yet) and
 * the row's unit path, or the reasons the row is refused.
 */
import { workerSchema, type Worker } from '../../contract/v1';
import { readCount, readFraction, readRole, readYesNo, type CellResult } from './cell-values';
import type { ResolvedColumns } from './column-match';
import type { CsvRow } from './parse-csv';
import { cellAt, readText, rowShapeProblem } from './row-checks';
import type { WorkerField } from './worker-columns';

export type WorkerDraft = Omit<Worker, 'unitId' | 'caseDetails'>;

export type WorkerRowResult =
  | { ok: true; worker: WorkerDraft; path: string[] }
  | { ok: false; id: string | null; reasons: string[] };

/** Reads a workers-file row; every problem in the row is reported, not only the first. */
export function readWorkerRow(
  row: CsvRow,
  header: readonly string[],
  columns: ResolvedColumns<WorkerField>,
  readPath: (cells: readonly string[]) => CellResult<string[]>,
): WorkerRowResult {
  const id = cellAt(row, columns.index.workerId);
  const shape = rowShapeProblem(row, header.length);
  if (shape !== null) return { ok: false, id: id === '' ? null : id, reasons: [shape] };

  const reasons: string[] = [];
  const take = <T>(result: CellResult<T>, fallback: T): T => {
    if (result.ok) return result.value;
    reasons.push(result.reason);
    return fallback;
  };
  const cell = (field: WorkerField): string => cellAt(row, columns.index[field]);
  // A missing ASYE or agency column reads as "no"; the importer warns once for the whole file.
  const yesNo = (field: 'asye' | 'agency', label: string): boolean =>
    columns.index[field] === null ? false : take(readYesNo(cell(field), label), false);

  const worker: WorkerDraft = {
    id: take(readText(id, 'worker id', workerSchema.shape.id), ''),
    displayName: take(
      readText(cell('displayName'), 'display name', workerSchema.shape.displayName),
      '',
    ),
    role: take(readRole(cell('role')), 'case-holder'),
    asye: yesNo('asye', 'ASYE'),
    agency: yesNo('agency', 'agency'),
    fte: take(readFraction(cell('fte'), 'FTE'), 0),
    casesHeld: take(readCount(cell('casesHeld'), 'cases held'), 0),
  };
  const path = take(readPath(row.cells), []);
  if (reasons.length > 0) return { ok: false, id: id === '' ? null : id, reasons };
  return { ok: true, worker, path };
}
