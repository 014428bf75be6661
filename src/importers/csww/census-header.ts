/**
 * Checks the census header: which council (LEA) and which date (ReferenceDate)
 * the file describes. Without either there is no snapshot to build, so they
 * are whole-file problems; a doubtful Collection or Year is only a warning.
 */
import { isoDate } from '../../contract/v1';
import type { ImportProblem } from '../import-result';
import type { CensusHeaderText } from './read-census-xml';
import { quoteValue } from './swe-number';

export interface CensusHeader {
  asAt: string;
  /** The council's 3-digit local authority code. */
  lea: string;
}

export type CensusHeaderCheck =
  | { ok: true; header: CensusHeader; warnings: ImportProblem[] }
  | { ok: false; problems: ImportProblem[] };

/** Checks Collection, Year, ReferenceDate and LEA; returns the as-at date and LA code. */
export function checkCensusHeader(text: CensusHeaderText): CensusHeaderCheck {
  const errors: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];

  if (text.collection !== 'CSWW') {
    const found = text.collection === null ? 'missing' : quoteValue(text.collection);
    warnings.push(
      fileProblem(
        'Collection',
        `Collection is ${found}, not CSWW: check that this is the children's social work workforce census.`,
        false,
      ),
    );
  }

  const asAt = text.referenceDate;
  if (asAt === null) {
    errors.push(
      fileProblem('ReferenceDate', 'ReferenceDate is missing from Header > CollectionDetails.'),
    );
  } else if (!isoDate.safeParse(asAt).success) {
    errors.push(
      fileProblem(
        'ReferenceDate',
        `ReferenceDate ${quoteValue(asAt)} is not a real date written YYYY-MM-DD.`,
      ),
    );
  } else {
    warnings.push(...dateWarnings(asAt, text.year));
  }

  const lea = text.lea;
  if (lea === null) {
    errors.push(
      fileProblem('LEA', 'LEA (the local authority code) is missing from Header > Source.'),
    );
  } else if (!/^\d{3}$/.test(lea)) {
    errors.push(
      fileProblem('LEA', `LEA ${quoteValue(lea)} is not a 3-digit local authority code.`),
    );
  }

  if (errors.length > 0 || lea === null || asAt === null) {
    return { ok: false, problems: [...errors, ...warnings] };
  }
  return { ok: true, header: { asAt, lea }, warnings };
}

function dateWarnings(asAt: string, year: string | null): ImportProblem[] {
  const warnings: ImportProblem[] = [];
  if (year !== null && year !== asAt.slice(0, 4)) {
    warnings.push(
      fileProblem(
        'Year',
        `Year ${quoteValue(year)} does not match the year of ReferenceDate ${asAt}.`,
        false,
      ),
    );
  }
  // FTE30 and Cases30 are the position on 30 September whatever the header says.
  if (asAt.slice(5) !== '09-30') {
    warnings.push(
      fileProblem(
        'ReferenceDate',
        `ReferenceDate is ${asAt}, not 30 September: the figures (FTE30, Cases30) describe 30 September but are shown as at ${asAt}.`,
        false,
      ),
    );
  }
  return warnings;
}

function fileProblem(subject: string, reason: string, rejected = true): ImportProblem {
  return { line: null, subject, reason, rejected };
}
