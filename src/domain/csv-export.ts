/**
 * CSV for the tables behind the board's charts, safe to open in a
 * spreadsheet. A text cell that a spreadsheet would read as a formula (it
 * begins with =, +, - or @, or with a tab or carriage return that some
 * programs skip) gets a single quote in front, as OWASP advises against CSV
 * injection; numbers are written as numbers. Quoting follows RFC 4180.
 */

export type CsvCell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell that cannot start a formula: "=SUM(A1)" becomes "'=SUM(A1)". */
export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One cell as RFC 4180 text: quoted when it holds a comma, a quote or a line break. */
export function csvCell(cell: CsvCell): string {
  if (cell === null) return '';
  const text = typeof cell === 'number' ? numberText(cell) : neutraliseCell(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text, lines ended by CRLF as RFC 4180 says. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** A number as plain digits; a value that is not finite is left empty, never "NaN". */
function numberText(value: number): string {
  return Number.isFinite(value) ? String(value) : '';
}
