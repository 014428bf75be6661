/**
 * The as-at date a person gives for a CSV import. Checked before anything is
 * built, so that a blank or impossible date is said in words a person can act
 * on, next to the date field and in the report, rather than as the data
 * contract's "asAt: must be a date written YYYY-MM-DD".
 */
import { isoDate } from '../../contract/v1';
import type { ImportProblem } from '../import-result';
import { shown } from './text-keys';

/** What is wrong with an as-at date (YYYY-MM-DD, as a date field gives it), or null when it is a real date. */
export function asAtDateError(asAt: string): string | null {
  // A date field gives '' until a whole date is typed in.
  if (asAt.trim() === '') return 'Enter the date the figures are as at, for example 31/10/2026.';
  if (isoDate.safeParse(asAt).success) return null;
  return `The as-at date must be a real date, for example 31/10/2026; got ${shown(asAt)}.`;
}

/** The as-at date's error as a whole-file problem, which stops the import. */
export function asAtDateProblems(asAt: string): ImportProblem[] {
  const reason = asAtDateError(asAt);
  return reason === null ? [] : [{ line: null, subject: 'As at date', reason, rejected: true }];
}
