import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../contract/v1';
import { historyUpTo, orgIndexFor, snapshotAt, type SnapshotHistory } from './snapshot-history';

function snapshot(asAt: string): Snapshot {
  return {
    version: 1,
    asAt,
    organisation: { id: 'org', name: 'Testshire' },
    units: [{ id: 'org', name: 'Testshire', parentId: null, kind: 'organisation' }],
    workers: [],
  } as unknown as Snapshot;
}

describe('snapshot history', () => {
  const march = snapshot('2026-03-31');
  const april = snapshot('2026-04-30');
  const may = snapshot('2026-05-31');
  const history: SnapshotHistory = {
    loaded: [march, april, may].map((s) => ({ asAt: s.asAt, index: orgIndexFor(s) })),
    pending: [],
    failed: [],
  };

  it('keeps the snapshots up to and including a date', () => {
    expect(historyUpTo(history, '2026-04-30').map((entry) => entry.asAt)).toEqual([
      '2026-03-31',
      '2026-04-30',
    ]);
    expect(historyUpTo(history, '2026-01-31')).toEqual([]);
  });

  it('finds one date, or nothing when it is not loaded', () => {
    expect(snapshotAt(history, '2026-05-31')?.asAt).toBe('2026-05-31');
    expect(snapshotAt(history, '2026-06-30')).toBeUndefined();
  });

  it('builds one index per snapshot object', () => {
    expect(orgIndexFor(april)).toBe(orgIndexFor(april));
    expect(orgIndexFor(snapshot('2026-04-30'))).not.toBe(orgIndexFor(april));
  });
});
