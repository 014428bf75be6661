/**
 * What the import form's status region says, so that a screen reader hears
 * the check start and end while keyboard focus stays on the button pressed.
 */
import type { ImportResult } from '../../importers/import-result';
import { reportSummary } from './problem-report';

export interface CheckState {
  checking: boolean;
  saving: boolean;
  result: ImportResult | null;
}

/** The sentence for the status region: empty before any check. */
export function checkStatus({ checking, saving, result }: CheckState): string {
  if (checking) return 'Checking…';
  if (saving) return 'Saving the import in this browser…';
  if (result === null) return '';
  const usable = result.snapshot !== null;
  const next = usable ? 'The report is below.' : 'The report below says why.';
  return `Check finished. ${reportSummary(result, usable)} ${next}`;
}
