/**
 * Safe CSV for exports: a cell that a spreadsheet would read as a formula
 * (starting =, +, -, @, tab or carriage return) is prefixed with an
 * apostrophe so it stays text (OWASP's advice on CSV injection), and every
 * cell is quoted as RFC 4180 says. Numbers are written as they are.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, neutralised and quoted. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

/** Rows of cells as CSV text, CRLF line ends. */
export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n');
}
