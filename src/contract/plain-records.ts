/**
 * A fast path for the common case at the boundary: a record that is already
 * exactly what the schema would output (no spaces to trim, no case details,
 * no totals). Checking such a record by hand is many times faster than zod,
 * which matters at 30,000 workers. Anything else returns null and goes
 * through the zod schema, which then accepts it or says in words what is
 * wrong, so the rules live in one place (v1.ts) and this only agrees with them
 * (plain-records.test.ts checks that it does).
 */
import { isSafeDisplayText, unitKinds, workerRoles, type Unit, type Worker } from './v1';

const roles: ReadonlySet<string> = new Set(workerRoles);
const kinds: ReadonlySet<string> = new Set(unitKinds);

/** A string that trimming would not change, within the schema's lengths. */
function isPlainText(value: unknown, maxLength: number): value is string {
  return (
    typeof value === 'string' &&
    value.length >= 1 &&
    value.length <= maxLength &&
    value.trim() === value
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** The worker as the schema would output it, or null to let the schema decide. */
export function plainWorker(record: unknown): Worker | null {
  if (!isRecord(record) || record.caseDetails !== undefined) return null;
  const { id, unitId, displayName, role, asye, agency, fte, casesHeld } = record;
  if (!isPlainText(id, 100) || !isPlainText(unitId, 100) || !isPlainText(displayName, 200)) {
    return null;
  }
  if (!isSafeDisplayText(displayName)) return null;
  if (typeof role !== 'string' || !roles.has(role)) return null;
  if (typeof asye !== 'boolean' || typeof agency !== 'boolean') return null;
  if (typeof fte !== 'number' || !(fte >= 0 && fte <= 1)) return null;
  if (!isCount(casesHeld)) return null;
  return { id, unitId, displayName, role: role as Worker['role'], asye, agency, fte, casesHeld };
}

/** The unit as the schema would output it, or null to let the schema decide. */
export function plainUnit(record: unknown): Unit | null {
  if (!isRecord(record) || record.aggregate !== undefined) return null;
  const { id, parentId, name, kind, teamType, unallocatedCases, vacantFte } = record;
  if (!isPlainText(id, 100) || !isPlainText(name, 200) || !isSafeDisplayText(name)) return null;
  if (parentId !== null && !isPlainText(parentId, 100)) return null;
  if (typeof kind !== 'string' || !(kinds.has(kind) || isPlainText(kind, 100))) return null;
  if (teamType !== undefined && !isPlainText(teamType, 100)) return null;
  if (unallocatedCases !== undefined && unallocatedCases !== null && !isCount(unallocatedCases)) {
    return null;
  }
  if (
    vacantFte !== undefined &&
    vacantFte !== null &&
    !(typeof vacantFte === 'number' && vacantFte >= 0 && vacantFte <= 10_000)
  ) {
    return null;
  }
  const unit: Unit = { id, parentId, name, kind };
  if (teamType !== undefined) unit.teamType = teamType;
  if (unallocatedCases !== undefined) unit.unallocatedCases = unallocatedCases;
  if (vacantFte !== undefined) unit.vacantFte = vacantFte;
  return unit;
}
