/** The demo council, snapshot by snapshot: valid, the right size, and telling the right story. */
import { snapshotSchema, type Snapshot } from '../../contract/v1';
import { demoSnapshots } from './demo-store';
import {
  caseHoldersAtOrOver,
  holdsCasesAsMainJob,
  teamCaseloadsPerFte,
  totalCases,
} from './snapshot-figures';

const snapshots = demoSnapshots();
const byDate = snapshots.map((snapshot) => [snapshot.asAt, snapshot] as const);
const latest = snapshots[snapshots.length - 1]!;

function unitsOfKind(snapshot: Snapshot, kind: string) {
  return snapshot.units.filter((unit) => unit.kind === kind);
}

describe.each(byDate)('demo snapshot %s', (asAt, snapshot) => {
  it('passes the contract schema', () => {
    const result = snapshotSchema.safeParse(snapshot);
    expect(result.success, result.error?.message).toBe(true);
    expect(snapshot.asAt).toBe(asAt);
  });

  it('has a council-sized unit tree: one root, 5 areas, 18-22 teams', () => {
    const roots = snapshot.units.filter((unit) => unit.parentId === null);
    expect(roots).toEqual([expect.objectContaining({ kind: 'organisation', id: 'demo-council' })]);
    expect(unitsOfKind(snapshot, 'area')).toHaveLength(5);
    expect(unitsOfKind(snapshot, 'area').every((area) => area.parentId === 'demo-council')).toBe(
      true,
    );
    const teams = unitsOfKind(snapshot, 'team');
    expect(teams.length).toBeGreaterThanOrEqual(18);
    expect(teams.length).toBeLessThanOrEqual(22);
    const areaIds = new Set(unitsOfKind(snapshot, 'area').map((area) => area.id));
    expect(teams.every((team) => team.parentId !== null && areaIds.has(team.parentId))).toBe(true);
  });

  it('has 170-200 workers and 2,600-3,400 cases', () => {
    expect(snapshot.workers.length).toBeGreaterThanOrEqual(170);
    expect(snapshot.workers.length).toBeLessThanOrEqual(200);
    expect(totalCases(snapshot)).toBeGreaterThanOrEqual(2600);
    expect(totalCases(snapshot)).toBeLessThanOrEqual(3400);
  });

  it('places every worker in a team, with exactly one team manager per team', () => {
    const teamIds = new Set(unitsOfKind(snapshot, 'team').map((team) => team.id));
    expect(snapshot.workers.filter((worker) => !teamIds.has(worker.unitId))).toEqual([]);
    for (const teamId of teamIds) {
      const managers = snapshot.workers.filter(
        (worker) => worker.unitId === teamId && worker.role === 'team-manager',
      );
      expect(managers, teamId).toHaveLength(1);
    }
  });

  it('has unique worker ids, worker names and case ids', () => {
    const workerIds = snapshot.workers.map((worker) => worker.id);
    const names = snapshot.workers.map((worker) => worker.displayName);
    const caseIds = snapshot.workers.flatMap((worker) => worker.caseDetails ?? []).map((c) => c.id);
    expect(new Set(workerIds).size).toBe(workerIds.length);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(caseIds).size).toBe(caseIds.length);
  });

  it('spreads team caseloads per FTE from 12 or under to 22 or over', () => {
    const perFte = [...teamCaseloadsPerFte(snapshot).values()];
    expect(Math.min(...perFte)).toBeLessThanOrEqual(12);
    expect(Math.max(...perFte)).toBeGreaterThanOrEqual(22);
    expect(Math.min(...perFte)).toBeGreaterThanOrEqual(8);
    expect(Math.max(...perFte)).toBeLessThanOrEqual(27);
  });

  it('has a few, not many, case holders at 25+ cases per FTE', () => {
    const over = caseHoldersAtOrOver(snapshot, 25).length;
    expect(over).toBeGreaterThanOrEqual(3);
    expect(over / snapshot.workers.filter(holdsCasesAsMainJob).length).toBeLessThan(0.2);
  });

  it('has unallocated cases on some teams but not all, and vacancies on some', () => {
    const teams = unitsOfKind(snapshot, 'team');
    const withBacklog = teams.filter((team) => (team.unallocatedCases ?? 0) > 0).length;
    expect(withBacklog).toBeGreaterThan(0);
    expect(withBacklog).toBeLessThan(teams.length);
    expect(teams.some((team) => (team.vacantFte ?? 0) > 0)).toBe(true);
  });
});

describe('demo workforce (latest snapshot)', () => {
  const workers = latest.workers;
  const caseHolders = workers.filter(holdsCasesAsMainJob);

  it.each([
    ['part-timers', (count: number) => count >= 10, workers.filter((w) => w.fte < 1).length],
    ['ASYE workers', (count: number) => count >= 3, workers.filter((w) => w.asye).length],
    [
      'agency case holders',
      (count: number) => count >= 10,
      caseHolders.filter((w) => w.agency).length,
    ],
    [
      'senior practitioners',
      (count: number) => count >= 10,
      workers.filter((w) => w.role === 'senior-practitioner').length,
    ],
    [
      'senior managers',
      (count: number) => count >= 2,
      workers.filter((w) => w.role === 'senior-manager').length,
    ],
    [
      'qualified without cases',
      (count: number) => count >= 2,
      workers.filter((w) => w.role === 'qualified-without-cases').length,
    ],
  ])('has %s', (_label, isEnough, count) => {
    expect(isEnough(count), `count was ${count}`).toBe(true);
  });

  it('has roughly 15% agency case holders', () => {
    const share = caseHolders.filter((w) => w.agency).length / caseHolders.length;
    expect(share).toBeGreaterThan(0.08);
    expect(share).toBeLessThan(0.25);
  });

  it.each([
    ['team-manager', 0, 4],
    ['senior-manager', 0, 2],
    ['qualified-without-cases', 0, 0],
  ] as const)('keeps %s caseloads between %i and %i', (role, min, max) => {
    const held = workers.filter((w) => w.role === role).map((w) => w.casesHeld);
    expect(held.length).toBeGreaterThan(0);
    expect(Math.min(...held)).toBeGreaterThanOrEqual(min);
    expect(Math.max(...held)).toBeLessThanOrEqual(max);
  });

  it('protects ASYE workers: lower loads per FTE than their team colleagues', () => {
    const perFte = (w: (typeof workers)[number]) => w.casesHeld / w.fte;
    const asye = caseHolders.filter((w) => w.asye);
    const asyeTeams = new Set(asye.map((w) => w.unitId));
    const others = caseHolders.filter((w) => !w.asye && asyeTeams.has(w.unitId));
    const mean = (list: typeof workers) => list.reduce((s, w) => s + perFte(w), 0) / list.length;
    expect(mean(asye)).toBeLessThan(mean(others) * 0.85);
  });
});
