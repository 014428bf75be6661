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
  /** Every worker in this unit and the units beneath it: first this unit's own, then each child's in turn. */
  workersUnder(id: string): readonly Worker[];
  /** The workers in this unit itself, not in the units beneath it. */
  workersDirectlyIn(id: string): readonly Worker[];
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
  // Built on the first look-up: the overview never asks for a worker by id.
  let workersById: Map<string, Worker> | null = null;

  // Units and workers laid out depth first, each unit followed by everything beneath it,
  // so a subtree is one stretch of each list: slicing it is one copy, not one push per
  // worker at each level above.
  const unitOrder: Unit[] = [];
  const workerOrder: Worker[] = [];
  const stretch = new Map<string, { units: [number, number]; workers: [number, number] }>();
  const layOut = (unit: Unit): void => {
    const unitsFrom = unitOrder.length;
    const workersFrom = workerOrder.length;
    unitOrder.push(unit);
    for (const worker of directWorkers.get(unit.id) ?? []) workerOrder.push(worker);
    for (const child of childrenById.get(unit.id) ?? []) layOut(child);
    stretch.set(unit.id, {
      units: [unitsFrom, unitOrder.length],
      workers: [workersFrom, workerOrder.length],
    });
  };
  layOut(root);

  const subtreeUnits = new Map<string, Unit[]>();
  const subtreeWorkers = new Map<string, Worker[]>();
  function unitsUnder(id: string): Unit[] {
    let result = subtreeUnits.get(id);
    if (!result) {
      const found = stretch.get(id)?.units;
      result = found ? unitOrder.slice(...found) : [];
      subtreeUnits.set(id, result);
    }
    return result;
  }
  function workersUnder(id: string): Worker[] {
    let result = subtreeWorkers.get(id);
    if (!result) {
      const found = stretch.get(id)?.workers;
      result = found ? workerOrder.slice(...found) : [];
      subtreeWorkers.set(id, result);
    }
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
    workersDirectlyIn: (id) => directWorkers.get(id) ?? [],
    unitsUnder,
    worker(id) {
      workersById ??= new Map(snapshot.workers.map((worker) => [worker.id, worker]));
      return workersById.get(id);
    },
    isLeaf: (id) => (childrenById.get(id)?.length ?? 0) === 0,
  };
}
