/**
 * Builders for the CSV importer's tests: workers files made with papaparse's
 * own unparse, so that quoting in the fixtures is what a real exporter writes.
 */
import Papa from 'papaparse';
import type { ImportResult } from '../../import-result';
import { importWorkersCsv, type WorkersCsvOptions } from '../import-workers';
import { suggestColumnMapping, type ColumnMapping } from '../worker-columns';

export const workerHeader = [
  'worker_id',
  'display_name',
  'role',
  'asye',
  'agency',
  'fte',
  'cases_held',
  'unit_1',
  'unit_2',
] as const;

export type WorkerRow = Record<(typeof workerHeader)[number], string>;

/** A valid row; fields can be overridden. */
export function workerRow(overrides: Partial<WorkerRow> = {}): WorkerRow {
  return {
    worker_id: 'W1',
    display_name: 'Amira Khan',
    role: 'case holder',
    asye: 'no',
    agency: 'no',
    fte: '1',
    cases_held: '18',
    unit_1: 'Safeguarding',
    unit_2: 'Assessment Team',
    ...overrides,
  };
}

/** Rows W1..Wn, all valid, in two teams of one area. */
export function workerRows(count: number): WorkerRow[] {
  return Array.from({ length: count }, (_, index) =>
    workerRow({
      worker_id: `W${index + 1}`,
      display_name: `Worker ${index + 1}`,
      cases_held: String(index % 30),
      unit_2: index % 2 === 0 ? 'Assessment Team' : 'Long-term Team',
    }),
  );
}

/** A CSV text of the given rows under a header (the standard one unless given). */
export function toCsv(
  rows: readonly Record<string, string>[],
  header: readonly string[] = workerHeader,
): string {
  return Papa.unparse({
    fields: [...header],
    data: rows.map((row) => header.map((h) => row[h] ?? '')),
  });
}

/** The mapping suggested for a header, checked to be complete. */
export function mappingFor(header: readonly string[]): ColumnMapping {
  const suggested = suggestColumnMapping([...header]);
  if (suggested.unmapped.length > 0) {
    throw new Error(`test header leaves fields unmapped: ${suggested.unmapped.join(', ')}`);
  }
  return suggested;
}

/** Imports a workers CSV with the standard options and the given (or suggested) mapping. */
export function importText(
  text: string,
  mapping?: ColumnMapping,
  options: Partial<Omit<WorkersCsvOptions, 'mapping'>> = {},
): ImportResult {
  return importWorkersCsv(text, {
    mapping: mapping ?? mappingFor(workerHeader),
    organisationName: 'Exampleshire County Council',
    asAt: '2026-09-30',
    sourceName: 'workers.csv',
    ...options,
  });
}

/** The line numbers of rejected rows, in order. */
export function rejectedLines(result: ImportResult): number[] {
  return result.problems.filter((p) => p.rejected && p.line !== null).map((p) => p.line ?? 0);
}

/** The reason given for one line, or undefined. */
export function reasonFor(result: ImportResult, line: number): string | undefined {
  return result.problems.find((p) => p.line === line && p.rejected)?.reason;
}
