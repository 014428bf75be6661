import { snapshotListSchema } from '../../contract/v1';
import { demoSnapshot, demoSnapshotList, demoSnapshots } from './demo-store';

describe('demo store', () => {
  it('lists 13 valid dates, ascending, for the demo organisation', () => {
    const list = demoSnapshotList();
    expect(snapshotListSchema.safeParse(list).success).toBe(true);
    expect(list.organisation).toEqual({
      id: 'demo-council',
      name: 'Northbridge Council (demo data)',
      region: 'North West',
    });
    expect(list.snapshots).toHaveLength(13);
    expect([...list.snapshots].sort()).toEqual(list.snapshots);
  });

  it('returns each listed snapshot, and undefined for other dates', () => {
    for (const asAt of demoSnapshotList().snapshots) {
      expect(demoSnapshot(asAt)?.asAt).toBe(asAt);
    }
    expect(demoSnapshot('2026-10-30')).toBeUndefined();
    expect(demoSnapshot('not-a-date')).toBeUndefined();
  });

  it('generates once and hands out the same frozen objects', () => {
    const asAt = demoSnapshotList().snapshots[0]!;
    expect(demoSnapshot(asAt)).toBe(demoSnapshot(asAt));
    expect(demoSnapshots()[0]).toBe(demoSnapshot(asAt));
    const snapshot = demoSnapshot(asAt)!;
    expect(Object.isFrozen(snapshot.workers)).toBe(true);
    expect(() => snapshot.workers.sort()).toThrow(TypeError);
  });
});
