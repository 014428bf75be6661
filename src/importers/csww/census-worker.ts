/**
 * Turns one CSWWWorker's fields (as text) into the facts a snapshot needs, or
 * into the reasons the record cannot be used. Checks are per record; the
 * duplicate SWENo check needs the whole file and lives in the importer.
 */
import type { WorkerRole } from '../../contract/v1';
import type { CensusWorkerText } from './read-census-xml';
import { isValidSweNo, normaliseSweNo, quoteValue } from './swe-number';

export interface CensusWorker {
  sweNo: string;
  role: WorkerRole;
  agency: boolean;
  fte: number;
  casesHeld: number;
}

export type CensusWorkerReading =
  | { ok: true; worker: CensusWorker; warnings: string[] }
  | { ok: false; sweNo: string | null; reasons: string[] };

/**
 * OrgRole codes to contract roles. 2 (middle manager) goes to senior-manager,
 * as docs/data-contract.md defines senior-manager as "a middle or senior
 * manager" and team-manager as "a first-line or team manager". Neither role is
 * counted in caseload figures, so the choice changes labels, never a figure.
 */
export const roleForOrgRole: Readonly<Record<string, WorkerRole>> = {
  '1': 'senior-manager',
  '2': 'senior-manager',
  '3': 'team-manager',
  '4': 'senior-practitioner',
  '5': 'case-holder',
  '6': 'qualified-without-cases',
};

/** The roles counted in caseload figures: for them a missing Cases30 cannot be guessed. */
const countedRoles: ReadonlySet<WorkerRole> = new Set(['case-holder', 'senior-practitioner']);

/** Reads one census worker record: SWENo, AgencyWorker, OrgRole, FTE30 (else FTE) and Cases30. */
export function readCensusWorker(text: CensusWorkerText): CensusWorkerReading {
  const { fields } = text;
  const reasons = text.repeated.map((name) => `${name} appears more than once in this record`);
  const warnings: string[] = [];

  const sweNo = fields.SWENo === null ? null : normaliseSweNo(fields.SWENo);
  if (sweNo === null) reasons.push('SWENo is missing');
  else if (!isValidSweNo(sweNo)) {
    reasons.push(
      `SWENo ${quoteValue(fields.SWENo ?? '')} is not a Social Work England number (2 letters and up to 10 digits)`,
    );
  }

  const agency = readAgency(fields.AgencyWorker, reasons);
  const role = readRole(fields.OrgRole, reasons);
  // FTE30 is the FTE on 30 September, the census date; FTE is the fallback
  // when a record has none. An FTE30 that is present but wrong is an error,
  // never a reason to fall back silently.
  const fte =
    fields.FTE30 !== null
      ? readFte(fields.FTE30, 'FTE30', reasons)
      : fields.FTE !== null
        ? readFte(fields.FTE, 'FTE', reasons)
        : missing('FTE30 and FTE are both missing', reasons);
  const casesHeld = readCases(fields.Cases30, role, reasons, warnings);

  if (
    reasons.length > 0 ||
    sweNo === null ||
    agency === null ||
    role === null ||
    fte === null ||
    casesHeld === null
  ) {
    return { ok: false, sweNo: sweNo !== null && isValidSweNo(sweNo) ? sweNo : null, reasons };
  }
  return { ok: true, worker: { sweNo, role, agency, fte, casesHeld }, warnings };
}

function readAgency(text: string | null, reasons: string[]): boolean | null {
  if (text === '0' || text === '1') return text === '1';
  reasons.push(
    text === null ? 'AgencyWorker is missing' : `AgencyWorker ${quoteValue(text)} must be 0 or 1`,
  );
  return null;
}

function readRole(text: string | null, reasons: string[]): WorkerRole | null {
  const role = text === null ? undefined : roleForOrgRole[text];
  if (role !== undefined) return role;
  reasons.push(
    text === null
      ? 'OrgRole is missing'
      : `OrgRole ${quoteValue(text)} is not a CSWW role code (1 to 6)`,
  );
  return null;
}

function readFte(text: string, name: 'FTE' | 'FTE30', reasons: string[]): number | null {
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(text)) {
    return missing(`${name} ${quoteValue(text)} is not a number`, reasons);
  }
  const value = Number(text);
  if (value < 0 || value > 1) return missing(`${name} ${text} must be between 0 and 1`, reasons);
  const decimals = text.split('.')[1]?.length ?? 0;
  if (decimals > 6) return missing(`${name} ${text} has more than six decimal places`, reasons);
  return value === 0 ? 0 : value; // "-0" would otherwise stay negative zero
}

function readCases(
  text: string | null,
  role: WorkerRole | null,
  reasons: string[],
  warnings: string[],
): number | null {
  if (text === null) {
    // An unknown role cannot say whether the count matters; the record is rejected for its role.
    if (role === null) return null;
    if (countedRoles.has(role)) {
      return missing(`Cases30 is missing for a ${role}; a case count is never guessed`, reasons);
    }
    // The contract needs a number; this worker's cases are in no caseload figure.
    warnings.push(
      `Cases30 is missing; shown as 0 cases (a ${role} is not counted in caseload figures)`,
    );
    return 0;
  }
  if (!/^[-+]?\d+(\.\d+)?$/.test(text)) {
    return missing(`Cases30 ${quoteValue(text)} is not a number`, reasons);
  }
  const value = Number(text);
  if (value < 0) return missing(`Cases30 ${text} must not be negative`, reasons);
  if (!Number.isSafeInteger(value)) {
    return missing(`Cases30 ${text} must be a whole number`, reasons);
  }
  return value === 0 ? 0 : value; // "-0" would otherwise stay negative zero
}

function missing(reason: string, reasons: string[]): null {
  reasons.push(reason);
  return null;
}
