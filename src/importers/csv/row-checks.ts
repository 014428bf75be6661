/**
 * Checks shared by every CSV file's rows: the row's shape against the header,
 * and a text field against the contract's own length rules.
 */
import type { z } from '../../contract/zod';
import type { CsvRow } from './parse-csv';

/** Why a row cannot be read at all (quotes that do not pair up, or a cell count that differs from the header), or null. */
export function rowShapeProblem(row: CsvRow, headerLength: number): string | null {
  if (row.parseErrors.length > 0) return row.parseErrors.join('; ');
  if (row.cells.length > headerLength) {
    return `the row has ${row.cells.length} cells but the header has ${headerLength}; a value with a comma in it must be in double quotes`;
  }
  if (row.cells.length < headerLength) {
    return `the row has ${row.cells.length} cells but the header has ${headerLength}`;
  }
  return null;
}

/** A cell's text, checked by the contract's schema for that field (e.g. at most 200 characters). */
export function readText(
  cell: string,
  label: string,
  schema: z.ZodType<string>,
): { ok: true; value: string } | { ok: false; reason: string } {
  if (cell === '') return { ok: false, reason: `missing ${label}` };
  const checked = schema.safeParse(cell);
  if (checked.success) return { ok: true, value: checked.data };
  return {
    ok: false,
    reason: `${label} ${checked.error.issues.map((issue) => issue.message).join(', ')}`,
  };
}

/** The cell in a column, or '' when the column is not mapped. */
export function cellAt(row: CsvRow, column: number | null): string {
  return column === null ? '' : (row.cells[column] ?? '');
}
