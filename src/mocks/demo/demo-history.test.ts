/** The demo over time: the same people and children month to month, with believable change. */
import type { CaseDetail, Snapshot } from '../../contract/v1';
import { demoSnapshots } from './demo-store';
import { teamCaseloadsPerFte } from './snapshot-figures';

const snapshots = demoSnapshots();

interface HeldCase {
  workerId: string;
  detail: CaseDetail;
}

function casesById(snapshot: Snapshot): Map<string, HeldCase> {
  return new Map(
    snapshot.workers.flatMap((worker) =>
      (worker.caseDetails ?? []).map(
        (detail) => [detail.id, { workerId: worker.id, detail }] as const,
      ),
    ),
  );
}

const consecutive = snapshots.slice(1).map((current, index) => {
  const previous = snapshots[index]!;
  return [`${previous.asAt} -> ${current.asAt}`, previous, current] as const;
});

describe('demo history', () => {
  it('has 13 month-end snapshots from 2025-10-31 to 2026-10-31', () => {
    const dates = snapshots.map((snapshot) => snapshot.asAt);
    expect(dates).toHaveLength(13);
    expect(dates[0]).toBe('2025-10-31');
    expect(dates[12]).toBe('2026-10-31');
    expect(dates).toContain('2026-02-28');
  });

  describe.each(consecutive)('%s', (_label, previous, current) => {
    const before = casesById(previous);
    const after = casesById(current);
    const continuing = [...after].filter(([id]) => before.has(id));
    const opened = [...after.values()].filter(({ detail }) => !before.has(detail.id));
    const closed = [...before.keys()].filter((id) => !after.has(id));

    it('keeps most cases, closes some and opens some', () => {
      expect(continuing.length / before.size).toBeGreaterThan(0.7);
      expect(closed.length).toBeGreaterThan(before.size * 0.05);
      expect(opened.length).toBeGreaterThan(after.size * 0.05);
    });

    it('keeps a continuing case allocation date unless the case moved worker', () => {
      for (const [id, now] of continuing) {
        const then = before.get(id)!;
        if (then.workerId === now.workerId) {
          expect(now.detail.allocatedOn).toBe(then.detail.allocatedOn);
        } else {
          expect(now.detail.allocatedOn > previous.asAt).toBe(true);
        }
      }
    });

    it('dates newly opened cases within the month', () => {
      const outside = opened.filter(
        ({ detail }) => detail.allocatedOn <= previous.asAt || detail.allocatedOn > current.asAt,
      );
      expect(outside).toEqual([]);
    });

    it('keeps most workers, with the same name, team and role', () => {
      const earlier = new Map(previous.workers.map((worker) => [worker.id, worker]));
      const stayed = current.workers.filter((worker) => earlier.has(worker.id));
      expect(stayed.length / previous.workers.length).toBeGreaterThan(0.9);
      for (const worker of stayed) {
        const then = earlier.get(worker.id)!;
        expect([worker.displayName, worker.unitId, worker.role]).toEqual([
          then.displayName,
          then.unitId,
          then.role,
        ]);
        // ASYE ends; it never starts again for someone already in post.
        if (!then.asye) expect(worker.asye).toBe(false);
      }
    });
  });

  it('has people leaving and joining over the year, and leavers never return', () => {
    const present = snapshots.map((snapshot) => new Set(snapshot.workers.map((w) => w.id)));
    const everyone = new Set(present.flatMap((ids) => [...ids]));
    let leavers = 0;
    let joiners = 0;
    for (const id of everyone) {
      const seen = present.map((ids) => ids.has(id));
      const first = seen.indexOf(true);
      const last = seen.lastIndexOf(true);
      expect(seen.slice(first, last + 1).every(Boolean), `${id} left and came back`).toBe(true);
      if (first > 0) joiners += 1;
      if (last < seen.length - 1) leavers += 1;
    }
    expect(leavers).toBeGreaterThanOrEqual(3);
    expect(joiners).toBeGreaterThanOrEqual(3);
  });

  it('has some teams getting better and some worse over the year', () => {
    const first = teamCaseloadsPerFte(snapshots[0]!);
    const last = teamCaseloadsPerFte(snapshots[snapshots.length - 1]!);
    const changes = [...first].map(([teamId, perFte]) => (last.get(teamId) ?? perFte) - perFte);
    expect(Math.min(...changes)).toBeLessThanOrEqual(-1.5);
    expect(Math.max(...changes)).toBeGreaterThanOrEqual(1.5);
  });
});
