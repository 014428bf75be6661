/**
 * Validates a snapshot at the boundary, record by record. A bad record is
 * rejected with its reasons and reported; the rest of the snapshot is kept.
 * Only a broken envelope (wrong version, no date, no lists) fails the whole.
 */
import type { z } from './zod';
import { plainUnit, plainWorker } from './plain-records';
import {
  snapshotEnvelopeSchema,
  unitSchema,
  workerSchema,
  type Snapshot,
  type Unit,
  type Worker,
} from './v1';

export interface RejectedRecord {
  kind: 'unit' | 'worker';
  /** Position in the list as sent (0-based). */
  index: number;
  /** The record's id when it had a readable one. */
  id: string | null;
  reasons: string[];
}

export interface ValidatedSnapshot {
  snapshot: Snapshot;
  rejected: RejectedRecord[];
}

export type SnapshotValidation =
  { ok: true; value: ValidatedSnapshot } | { ok: false; reasons: string[] };

/** Explains zod issues in plain words: "casesHeld: must not be negative". */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}

/** Validates a snapshot: envelope first, then each unit, then each worker. */
export function validateSnapshot(json: unknown): SnapshotValidation {
  const envelope = parseEnvelope(json);
  if (!envelope.success) return { ok: false, reasons: describeIssues(envelope.error) };

  const rejected: RejectedRecord[] = [];
  // Parents named by any unit sent, kept or not: a unit whose sub-units were
  // all rejected still has sub-units, and must not take workers as a team would.
  const sentParents = new Set(envelope.data.units.flatMap(readParentId));
  const units = validateUnits(envelope.data.units, sentParents, rejected);
  if (units.length === 0) {
    return {
      ok: false,
      reasons: ['The snapshot has no valid organisation unit to show.', ...summarise(rejected)],
    };
  }
  const workers = validateWorkers(envelope.data.workers, units, sentParents, rejected);
  return {
    ok: true,
    value: { snapshot: { ...envelope.data, units, workers }, rejected },
  };
}

/**
 * The envelope through its schema, with the two lists held back when they
 * are lists: the schema only asks that they are, and walking 35,000 records
 * to copy them into new arrays cost about 25 ms at national scale. Anything
 * else goes through the whole schema, for its words on what is wrong.
 */
function parseEnvelope(json: unknown) {
  if (
    typeof json === 'object' &&
    json !== null &&
    'units' in json &&
    'workers' in json &&
    Array.isArray(json.units) &&
    Array.isArray(json.workers)
  ) {
    const { units, workers } = json as { units: unknown[]; workers: unknown[] };
    const head = snapshotEnvelopeSchema.safeParse({ ...json, units: [], workers: [] });
    if (head.success) return { success: true as const, data: { ...head.data, units, workers } };
  }
  return snapshotEnvelopeSchema.safeParse(json);
}

function validateUnits(
  raw: readonly unknown[],
  parents: ReadonlySet<string>,
  rejected: RejectedRecord[],
): Unit[] {
  const byId = new Map<string, { unit: Unit; index: number }>();
  const rejectedIds = new Set<string>();
  raw.forEach((record, index) => {
    const plain = plainUnit(record);
    const parsed = plain ? { success: true as const, data: plain } : unitSchema.safeParse(record);
    const aggregateReasons = parsed.success ? aggregateProblems(parsed.data, parents) : [];
    if (!parsed.success) {
      const unitId = readId(record);
      if (unitId !== null) rejectedIds.add(unitId);
      rejected.push({ kind: 'unit', index, id: unitId, reasons: describeIssues(parsed.error) });
    } else if (aggregateReasons.length > 0) {
      rejectedIds.add(parsed.data.id);
      rejected.push({ kind: 'unit', index, id: parsed.data.id, reasons: aggregateReasons });
    } else if (byId.has(parsed.data.id)) {
      rejected.push({ kind: 'unit', index, id: parsed.data.id, reasons: ['duplicate unit id'] });
    } else {
      byId.set(parsed.data.id, { unit: parsed.data, index });
    }
  });

  const roots = [...byId.values()].filter(({ unit }) => unit.parentId === null);
  const [root, ...extraRoots] = roots;
  for (const extra of extraRoots) {
    byId.delete(extra.unit.id);
    rejectedIds.add(extra.unit.id);
    rejected.push({
      kind: 'unit',
      index: extra.index,
      id: extra.unit.id,
      reasons: [`a second top-level unit (the organisation is "${root?.unit.name ?? ''}")`],
    });
  }

  // Keep only units that reach the root by following parents: this drops
  // orphans (unknown parent) and cycles (a parent chain that loops).
  const reachable = new Set<string>(root ? [root.unit.id] : []);
  const childrenOf = new Map<string, string[]>();
  for (const { unit } of byId.values()) {
    if (unit.parentId === null) continue;
    const siblings = childrenOf.get(unit.parentId);
    if (siblings) siblings.push(unit.id);
    else childrenOf.set(unit.parentId, [unit.id]);
  }
  const queue = root ? [root.unit.id] : [];
  for (let next = 0; next < queue.length; next += 1) {
    const id = queue[next] ?? '';
    for (const child of childrenOf.get(id) ?? []) {
      if (!reachable.has(child)) {
        reachable.add(child);
        queue.push(child);
      }
    }
  }
  for (const { unit, index } of byId.values()) {
    if (reachable.has(unit.id)) continue;
    rejected.push({
      kind: 'unit',
      index,
      id: unit.id,
      reasons: [unreachableReason(unit, byId, rejectedIds)],
    });
  }
  return [...byId.values()].filter(({ unit }) => reachable.has(unit.id)).map(({ unit }) => unit);
}

/**
 * Totals stand in for workers, so they belong on a unit with nothing beneath
 * it; and a figure given both on the unit and in its totals would be counted
 * twice, so it must be given once.
 */
function aggregateProblems(unit: Unit, parents: ReadonlySet<string>): string[] {
  const { aggregate } = unit;
  if (!aggregate) return [];
  const reasons: string[] = [];
  if (parents.has(unit.id)) {
    reasons.push('aggregate: a unit with totals in place of workers must have no units beneath it');
  }
  for (const field of ['unallocatedCases', 'vacantFte'] as const) {
    if (isGiven(unit[field]) && isGiven(aggregate[field])) {
      reasons.push(`${field}: given both on the unit and in its aggregate; give it once`);
    }
  }
  return reasons;
}

function isGiven(value: unknown): boolean {
  return value !== undefined && value !== null;
}

function unreachableReason(
  unit: Unit,
  byId: ReadonlyMap<string, { unit: Unit }>,
  rejectedIds: ReadonlySet<string>,
): string {
  if (unit.parentId !== null && rejectedIds.has(unit.parentId)) {
    return `it is not under the organisation (its parent unit "${unit.parentId}" was rejected)`;
  }
  if (unit.parentId !== null && !byId.has(unit.parentId)) {
    return `parent unit "${unit.parentId}" is not in this snapshot`;
  }
  const seen = new Set<string>([unit.id]);
  let current = unit.parentId === null ? undefined : byId.get(unit.parentId)?.unit;
  while (current) {
    if (seen.has(current.id))
      return 'its parent units form a loop, so it is not under the organisation';
    seen.add(current.id);
    if (current.parentId === null) break;
    current = byId.get(current.parentId)?.unit;
  }
  return 'it is not under the organisation (a parent unit was rejected)';
}

function validateWorkers(
  raw: readonly unknown[],
  units: readonly Unit[],
  parents: ReadonlySet<string>,
  rejected: RejectedRecord[],
): Worker[] {
  const unitById = new Map(units.map((unit) => [unit.id, unit]));
  const seen = new Set<string>();
  const workers: Worker[] = [];
  raw.forEach((record, index) => {
    const plain = plainWorker(record);
    const parsed = plain ? { success: true as const, data: plain } : workerSchema.safeParse(record);
    if (!parsed.success) {
      rejected.push({
        kind: 'worker',
        index,
        id: readId(record),
        reasons: describeIssues(parsed.error),
      });
      return;
    }
    const worker = parsed.data;
    const unit = unitById.get(worker.unitId);
    const reasons: string[] = [];
    if (seen.has(worker.id)) reasons.push('duplicate worker id');
    if (!unit) reasons.push(`unit "${worker.unitId}" is not in this snapshot`);
    else if (parents.has(unit.id)) {
      reasons.push(
        `unit "${unit.name}" has units beneath it; workers belong in a team (a unit with none)`,
      );
    } else if (unit.aggregate) {
      reasons.push(
        `unit "${unit.name}" reports totals in place of workers (aggregate), so it cannot also list workers`,
      );
    }
    if (reasons.length > 0) {
      rejected.push({ kind: 'worker', index, id: worker.id, reasons });
      return;
    }
    seen.add(worker.id);
    workers.push(worker);
  });
  return workers;
}

function readParentId(record: unknown): string[] {
  if (typeof record === 'object' && record !== null && 'parentId' in record) {
    const { parentId } = record;
    if (typeof parentId === 'string') return [parentId];
  }
  return [];
}

function readId(record: unknown): string | null {
  if (typeof record === 'object' && record !== null && 'id' in record) {
    const { id } = record;
    if (typeof id === 'string' && id.length <= 100) return id;
  }
  return null;
}

function summarise(rejected: readonly RejectedRecord[]): string[] {
  return rejected.map(
    (record) =>
      `${record.kind} ${record.id ?? `#${record.index + 1}`}: ${record.reasons.join('; ')}`,
  );
}
