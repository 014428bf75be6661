/**
 * An index over a validated snapshot: find a unit, its children, its path
 * from the organisation, and every worker beneath it, without re-walking the
 * lists for each question.
 */
import type { Snapshot, Unit, Worker } from '../contract/v1';

export interface OrgIndex {
  asAt: string;
  organisationName: string;
  root: Unit;
  unit(id: string): Unit | undefined;
  children(id: string): readonly Unit[];
  /** Units from the organisation down to (and including) this one. */
  pathTo(id: string): readonly Unit[];
  /** Every worker in this unit and the units beneath it. */
  workersUnder(id: string): readonly Worker[];
  /** Every unit in this unit's subtree, this unit included. */
  unitsUnder(id: string): readonly Unit[];
  worker(id: string): Worker | undefined;
  isLeaf(id: string): boolean;
}

/**
 * Builds the index. The snapshot must already be validated: exactly one root,
 * no orphans, no cycles (see contract/validate-snapshot.ts).
 */
export function buildOrgIndex(snapshot: Snapshot): OrgIndex {
  const units = new Map(snapshot.units.map((unit) => [unit.id, unit]));
  const childrenById = new Map<string, Unit[]>();
  let root: Unit | undefined;
  for (const unit of snapshot.units) {
    if (unit.parentId === null) {
      root = unit;
      continue;
    }
    const siblings = childrenById.get(unit.parentId) ?? [];
    siblings.push(unit);
    childrenById.set(unit.parentId, siblings);
  }
  if (!root) throw new Error('A snapshot needs a root unit');

  const directWorkers = new Map<string, Worker[]>();
  for (const worker of snapshot.workers) {
    const list = directWorkers.get(worker.unitId) ?? [];
    list.push(worker);
    directWorkers.set(worker.unitId, list);
  }
  const workers = new Map(snapshot.workers.map((worker) => [worker.id, worker]));

  const subtreeUnits = new Map<string, Unit[]>();
  const subtreeWorkers = new Map<string, Worker[]>();
  function unitsUnder(id: string): Unit[] {
    const cached = subtreeUnits.get(id);
    if (cached) return cached;
    const self = units.get(id);
    const result: Unit[] = self ? [self] : [];
    for (const child of childrenById.get(id) ?? []) result.push(...unitsUnder(child.id));
    subtreeUnits.set(id, result);
    return result;
  }
  function workersUnder(id: string): Worker[] {
    const cached = subtreeWorkers.get(id);
    if (cached) return cached;
    const result = [...(directWorkers.get(id) ?? [])];
    for (const child of childrenById.get(id) ?? []) result.push(...workersUnder(child.id));
    subtreeWorkers.set(id, result);
    return result;
  }

  return {
    asAt: snapshot.asAt,
    organisationName: snapshot.organisation.name,
    root,
    unit: (id) => units.get(id),
    children: (id) => childrenById.get(id) ?? [],
    pathTo(id) {
      const path: Unit[] = [];
      let current = units.get(id);
      while (current) {
        path.unshift(current);
        current = current.parentId === null ? undefined : units.get(current.parentId);
      }
      return path;
    },
    workersUnder,
    unitsUnder,
    worker: (id) => workers.get(id),
    isLeaf: (id) => (childrenById.get(id)?.length ?? 0) === 0,
  };
}
