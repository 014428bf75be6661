/**
 * The words and cells of an import's problem list, shared by the report on
 * screen and its CSV download, so the two always have the same columns.
 */
import { toCsv, type CsvCell } from '../../domain/csv-export';
import { formatCount, plural } from '../../domain/format';
import type { ImportFormat, ImportProblem, ImportResult } from '../../importers/import-result';

export type ReportCounts = Pick<ImportResult, 'rowsRead' | 'rowsAccepted' | 'problems'>;

/**
 * What the first column holds: a CSV line, or for the census the worker
 * record's number (the XML parser gives no line numbers, and saying "Line"
 * for a record number sends a person to the wrong place in the file).
 */
export function problemPlaceHeading(format: ImportFormat): 'Line' | 'Record' {
  return format === 'csww' ? 'Record' : 'Line';
}

/** The headings of the problem table and of its CSV, in order. */
export function problemHeadings(format: ImportFormat): string[] {
  return [problemPlaceHeading(format), 'Row or field', 'What happened', 'Reason'];
}

/** What happened to the row: left out, kept with a value to check, or kept with a warning. */
export function problemOutcome(problem: ImportProblem): string {
  if (problem.rejected) return 'Rejected';
  return problem.check ? 'Accepted, but check' : 'Warning: kept';
}

/** True for a kept row with a value far outside the usual, shown apart from the other problems. */
export function isValueToCheck(problem: ImportProblem): boolean {
  return problem.check === true && !problem.rejected;
}

/**
 * Every problem as CSV, for a spreadsheet: no limit on the number, and each
 * text cell made safe from formulas by the app's one CSV writer.
 */
export function problemsCsv(problems: readonly ImportProblem[], format: ImportFormat): string {
  const rows: CsvCell[][] = problems.map((problem) => [
    problem.line ?? 'Whole file',
    problem.subject,
    problemOutcome(problem),
    problem.reason,
  ]);
  return toCsv([problemHeadings(format), ...rows]);
}

/**
 * One sentence on what a check found: "5 of 6 rows accepted; 1 problem
 * rejected rows or the file; 2 accepted rows to check."
 */
export function reportSummary(report: ReportCounts, usable: boolean): string {
  const rejected = report.problems.filter((problem) => problem.rejected).length;
  const toCheck = report.problems.filter(isValueToCheck).length;
  const warnings = report.problems.length - rejected - toCheck;
  const parts = [
    `${formatCount(report.rowsAccepted)} of ${formatCount(report.rowsRead)} rows accepted`,
  ];
  if (rejected > 0) parts.push(`${plural(rejected, 'problem')} rejected rows or the file`);
  if (toCheck > 0) parts.push(`${plural(toCheck, 'accepted row')} to check`);
  if (warnings > 0) parts.push(plural(warnings, 'warning'));
  const nothing = usable ? '' : ' Nothing usable was found, so there is nothing to save.';
  return `${parts.join('; ')}.${nothing}`;
}

/** A saved import in one line: "5 of 6 rows, 1 problem, 2 to check." */
export function savedImportCounts(
  rowsAccepted: number,
  rowsRead: number,
  problems: readonly ImportProblem[],
): string {
  const rejected = problems.filter((problem) => problem.rejected).length;
  const toCheck = problems.filter(isValueToCheck).length;
  const check = toCheck > 0 ? `, ${formatCount(toCheck)} to check` : '';
  return `${formatCount(rowsAccepted)} of ${formatCount(rowsRead)} rows, ${plural(rejected, 'problem')}${check}.`;
}
