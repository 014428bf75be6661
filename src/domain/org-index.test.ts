import type { Snapshot, Unit, Worker } from '../contract/v1';
import { buildOrgIndex } from './org-index';

function unit(id: string, parentId: string | null, kind: Unit['kind'] = 'team'): Unit {
  return { id, parentId, name: `Unit ${id}`, kind };
}
function worker(id: string, unitId: string): Worker {
  return {
    id,
    unitId,
    displayName: `Worker ${id}`,
    role: 'case-holder',
    asye: false,
    agency: false,
    fte: 1,
    casesHeld: 18,
  };
}

// org > north > (team-a, team-b); org > south > team-c; org > east (no teams)
const snapshot: Snapshot = {
  version: 1,
  asAt: '2026-10-31',
  organisation: { id: 'org', name: 'Exampleshire' },
  units: [
    unit('team-b', 'north'),
    unit('org', null, 'organisation'),
    unit('north', 'org', 'area'),
    unit('team-a', 'north'),
    unit('south', 'org', 'area'),
    unit('team-c', 'south'),
    unit('east', 'org', 'area'),
  ],
  workers: [
    worker('a1', 'team-a'),
    worker('b1', 'team-b'),
    worker('b2', 'team-b'),
    worker('c1', 'team-c'),
  ],
};
const ids = (list: readonly { id: string }[]): string[] => list.map((item) => item.id);

describe('buildOrgIndex', () => {
  const index = buildOrgIndex(snapshot);

  it('knows the date, the organisation and its root', () => {
    expect(index.asAt).toBe('2026-10-31');
    expect(index.organisationName).toBe('Exampleshire');
    expect(index.root.id).toBe('org');
  });

  it.each([
    { id: 'org', children: ['north', 'south', 'east'], leaf: false },
    { id: 'north', children: ['team-b', 'team-a'], leaf: false },
    { id: 'team-a', children: [], leaf: true },
    { id: 'east', children: [], leaf: true },
    { id: 'nowhere', children: [], leaf: true },
  ])('$id: children $children', ({ id, children, leaf }) => {
    expect(ids(index.children(id))).toEqual(children);
    expect(index.isLeaf(id)).toBe(leaf);
  });

  it.each([
    { id: 'org', path: ['org'] },
    { id: 'north', path: ['org', 'north'] },
    { id: 'team-c', path: ['org', 'south', 'team-c'] },
    { id: 'nowhere', path: [] },
  ])('path to $id: $path', ({ id, path }) => {
    expect(ids(index.pathTo(id))).toEqual(path);
  });

  it.each([
    {
      id: 'org',
      workers: ['b1', 'b2', 'a1', 'c1'].sort(),
      units: ['org', 'north', 'team-a', 'team-b', 'south', 'team-c', 'east'].sort(),
    },
    { id: 'north', workers: ['a1', 'b1', 'b2'], units: ['north', 'team-a', 'team-b'] },
    { id: 'team-b', workers: ['b1', 'b2'], units: ['team-b'] },
    { id: 'east', workers: [], units: ['east'] },
    { id: 'nowhere', workers: [], units: [] },
  ])('under $id: workers $workers', ({ id, workers, units }) => {
    expect(ids(index.workersUnder(id)).sort()).toEqual(workers);
    expect(ids(index.unitsUnder(id)).sort()).toEqual(units);
    // Asking twice gives the same answer.
    expect(ids(index.workersUnder(id)).sort()).toEqual(workers);
  });

  it("lists a unit's own workers first, then each child's in turn, as unit figures join them", () => {
    const withOwn = buildOrgIndex({
      ...snapshot,
      workers: [...snapshot.workers, worker('n1', 'north'), worker('o1', 'org')],
    });
    expect(ids(withOwn.workersUnder('north'))).toEqual(['n1', 'b1', 'b2', 'a1']);
    expect(ids(withOwn.workersUnder('org'))).toEqual(['o1', 'n1', 'b1', 'b2', 'a1', 'c1']);
    expect(ids(withOwn.workersDirectlyIn('north'))).toEqual(['n1']);
    expect(ids(withOwn.workersDirectlyIn('team-b'))).toEqual(['b1', 'b2']);
    expect(ids(withOwn.workersDirectlyIn('east'))).toEqual([]);
  });

  it('finds units and workers by id', () => {
    expect(index.unit('team-c')?.name).toBe('Unit team-c');
    expect(index.unit('nowhere')).toBeUndefined();
    expect(index.worker('b2')?.unitId).toBe('team-b');
    expect(index.worker('zz')).toBeUndefined();
  });

  it('refuses a snapshot with no root unit', () => {
    expect(() => buildOrgIndex({ ...snapshot, units: [unit('team-a', 'north')] })).toThrow(/root/);
  });
});
