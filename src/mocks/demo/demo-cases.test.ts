/** Case-level detail in the demo: case types fit the team, siblings stay together, dates are sane. */
import type { CaseType, Snapshot } from '../../contract/v1';
import { demoSnapshots } from './demo-store';

const snapshots = demoSnapshots();
const latest = snapshots[snapshots.length - 1]!;

function casesInTeams(snapshot: Snapshot, teamIds: readonly string[]) {
  return snapshot.workers
    .filter((worker) => teamIds.includes(worker.unitId))
    .flatMap((worker) => worker.caseDetails ?? []);
}

function shareOf(types: readonly CaseType[], cases: readonly { type: CaseType }[]): number {
  return cases.filter((c) => types.includes(c.type)).length / cases.length;
}

describe('demo case detail', () => {
  it('lists exactly casesHeld cases for every worker', () => {
    for (const snapshot of snapshots) {
      const mismatched = snapshot.workers.filter((w) => w.caseDetails?.length !== w.casesHeld);
      expect(mismatched).toEqual([]);
    }
  });

  it.each([
    ['leaving care', ['team-leaving-care', 'team-leaving-care-16-plus'], ['care-leaver'], 0.75],
    [
      'children in care',
      ['team-children-in-care-1', 'team-children-in-care-2'],
      ['looked-after'],
      0.8,
    ],
    [
      'CIN/CP',
      ['team-cin-cp-north', 'team-cin-cp-south'],
      ['child-in-need', 'child-protection'],
      0.8,
    ],
  ] as const)('gives %s teams mostly their own kind of case', (_label, teams, types, atLeast) => {
    expect(shareOf(types, casesInTeams(latest, teams))).toBeGreaterThanOrEqual(atLeast);
  });

  it('mixes child-in-need and child-protection work in CIN/CP teams', () => {
    const cases = casesInTeams(latest, ['team-cin-cp-north', 'team-cin-cp-south']);
    expect(shareOf(['child-protection'], cases)).toBeGreaterThan(0.25);
    expect(shareOf(['child-in-need'], cases)).toBeGreaterThan(0.25);
  });

  it('has court proceedings only on child-protection and looked-after cases', () => {
    const all = latest.workers.flatMap((w) => w.caseDetails ?? []);
    const inCourt = all.filter((c) => c.inCourtProceedings);
    expect(inCourt.length).toBeGreaterThan(50);
    expect(inCourt.every((c) => c.type === 'child-protection' || c.type === 'looked-after')).toBe(
      true,
    );
  });

  it('puts about 30% of children in sibling groups of 2-4 held by one worker', () => {
    const holders = new Map<string, Set<string>>();
    const sizes = new Map<string, number>();
    let inGroups = 0;
    let total = 0;
    for (const worker of latest.workers) {
      for (const c of worker.caseDetails ?? []) {
        total += 1;
        if (!c.siblingGroupId) continue;
        inGroups += 1;
        sizes.set(c.siblingGroupId, (sizes.get(c.siblingGroupId) ?? 0) + 1);
        holders.set(c.siblingGroupId, (holders.get(c.siblingGroupId) ?? new Set()).add(worker.id));
      }
    }
    expect(inGroups / total).toBeGreaterThan(0.22);
    expect(inGroups / total).toBeLessThan(0.38);
    expect([...sizes.values()].every((size) => size >= 2 && size <= 4)).toBe(true);
    expect([...holders.values()].every((workers) => workers.size === 1)).toBe(true);
  });

  it('dates every allocation on or before the snapshot, within a few years', () => {
    for (const snapshot of snapshots) {
      const dates = snapshot.workers.flatMap((w) => w.caseDetails ?? []).map((c) => c.allocatedOn);
      expect(dates.filter((date) => date > snapshot.asAt)).toEqual([]);
      expect(dates.filter((date) => date < '2021-01-01')).toEqual([]);
    }
  });
});
