/**
 * Reads one cell as a typed value, or explains in plain words why it cannot.
 * Numbers are read with strict patterns rather than Number(), so that a cell
 * like '=1+1', '1e3' or '0x10' is refused as "not a number" instead of being
 * evaluated or half-read: a CSV cell is data, never a formula.
 */
import { caseTypes, workerRoles, type CaseType, type WorkerRole } from '../../contract/v1';
import { shown, valueKey } from './text-keys';

export type CellResult<T> = { ok: true; value: T } | { ok: false; reason: string };

const DECIMAL = /^(\d+(\.\d*)?|\.\d+)$/;
const WHOLE = /^\d+(\.0+)?$/;

// Files from Excel set up for a comma decimal mark (often separated by semicolons) write 0,6.
const COMMA_DECIMAL = /^\d*,\d+$/;

/** The hint for a number written with a comma, which is never guessed at: 0,6 or 1,000? */
function commaHint(cell: string): string {
  return COMMA_DECIMAL.test(cell)
    ? '; write the decimal point as a full stop (0.6, not 0,6), with no commas in numbers'
    : '';
}

/** A number from 0 to 1, e.g. an FTE. */
export function readFraction(cell: string, label: string): CellResult<number> {
  const value = DECIMAL.test(cell) ? Number(cell) : Number.NaN;
  if (Number.isFinite(value) && value <= 1) return { ok: true, value };
  return {
    ok: false,
    reason: `${label} must be a number from 0 to 1, got ${shown(cell)}${commaHint(cell)}`,
  };
}

/** A whole number, 0 or more, e.g. cases held. */
export function readCount(cell: string, label: string): CellResult<number> {
  const value = WHOLE.test(cell) ? Number(cell) : Number.NaN;
  if (Number.isSafeInteger(value)) return { ok: true, value };
  return { ok: false, reason: `${label} must be a whole number, 0 or more, got ${shown(cell)}` };
}

/** A number, 0 or more, up to a limit, e.g. vacant FTE. */
export function readAmount(cell: string, label: string, max: number): CellResult<number> {
  const value = DECIMAL.test(cell) ? Number(cell) : Number.NaN;
  if (Number.isFinite(value) && value <= max) return { ok: true, value };
  return {
    ok: false,
    reason: `${label} must be a number from 0 to ${max}, got ${shown(cell)}${commaHint(cell)}`,
  };
}

const TRUE_WORDS = new Set(['yes', 'y', 'true', '1']);
const FALSE_WORDS = new Set(['no', 'n', 'false', '0']);

/** Yes or no, written yes/no, y/n, true/false or 1/0, in any case. */
export function readYesNo(cell: string, label: string): CellResult<boolean> {
  const key = valueKey(cell);
  if (TRUE_WORDS.has(key)) return { ok: true, value: true };
  if (FALSE_WORDS.has(key)) return { ok: true, value: false };
  return { ok: false, reason: `${label} must be yes or no, got ${shown(cell)}` };
}

/** Role words: the contract's ids and the same in plain words ("Senior practitioner"). */
const ROLE_BY_KEY = new Map<string, WorkerRole>(workerRoles.map((role) => [valueKey(role), role]));

/** A worker's role, as a contract role id. */
export function readRole(cell: string): CellResult<WorkerRole> {
  const role = ROLE_BY_KEY.get(valueKey(cell));
  if (role !== undefined) return { ok: true, value: role };
  return {
    ok: false,
    reason: `role must be one of case holder, senior practitioner, team manager, senior manager, qualified without cases; got ${shown(cell)}`,
  };
}

/** Case-type words: the contract's ids, the same in plain words, and the usual abbreviations. */
const CASE_TYPE_BY_KEY = new Map<string, CaseType>([
  ...caseTypes.map((type): [string, CaseType] => [valueKey(type), type]),
  ['cin', 'child-in-need'],
  ['cp', 'child-protection'],
  ['lac', 'looked-after'],
  ['cla', 'looked-after'],
  ['looked after child', 'looked-after'],
  ['child looked after', 'looked-after'],
]);

/** A case type, as a contract case type id. */
export function readCaseType(cell: string): CellResult<CaseType> {
  const type = CASE_TYPE_BY_KEY.get(valueKey(cell));
  if (type !== undefined) return { ok: true, value: type };
  return {
    ok: false,
    reason: `case type must be one of CIN (child in need), CP (child protection), LAC or CLA (looked after), care leaver, other; got ${shown(cell)}`,
  };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const UK_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** A real calendar date written YYYY-MM-DD or DD/MM/YYYY, returned as YYYY-MM-DD. */
export function readDate(cell: string, label: string): CellResult<string> {
  const iso = ISO_DATE.exec(cell);
  const uk = iso ? null : UK_DATE.exec(cell);
  const parts = iso ? [iso[1], iso[2], iso[3]] : uk ? [uk[3], uk[2], uk[1]] : null;
  if (parts) {
    const [year = '', month = '', day = ''] = parts;
    const value = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
    // A date the calendar does not have (31/02/2026) comes back from Date as another day.
    const date = new Date(`${value}T00:00:00Z`);
    if (!Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)) {
      return { ok: true, value };
    }
    return { ok: false, reason: `${label} is not a real calendar date, got ${shown(cell)}` };
  }
  return {
    ok: false,
    reason: `${label} must be a date written YYYY-MM-DD or DD/MM/YYYY, got ${shown(cell)}`,
  };
}
