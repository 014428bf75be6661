import { snapshotSchema, type Snapshot } from '../../contract/v1';
import { monthEnds } from './dates';
import { demoSnapshots, DEMO_SNAPSHOT_DATES } from './demo-store';
import { DEMO_SEED, demoCouncilShape } from './demo-shape';
import { generateCouncil, type CouncilMonth } from './generate-council';
import { syntheticCouncilShape } from './synthetic-shape';

function asSnapshot(month: CouncilMonth): Snapshot {
  return { version: 1, organisation: { id: 'org', name: 'Org' }, ...month };
}

const demoOptions = {
  seed: DEMO_SEED,
  shape: demoCouncilShape,
  snapshotDates: DEMO_SNAPSHOT_DATES,
};

describe('generateCouncil', () => {
  it('is deterministic: two generations are deep-equal, and equal the cached demo', () => {
    const first = generateCouncil(demoOptions);
    const second = generateCouncil(demoOptions);
    expect(second).toEqual(first);
    expect(demoSnapshots().map(({ asAt, units, workers }) => ({ asAt, units, workers }))).toEqual(
      first,
    );
  });

  it('changes with the seed', () => {
    const dates = DEMO_SNAPSHOT_DATES.slice(0, 1);
    const a = generateCouncil({ ...demoOptions, snapshotDates: dates });
    const b = generateCouncil({ ...demoOptions, seed: DEMO_SEED + 1, snapshotDates: dates });
    expect(b[0]?.workers.map((w) => w.displayName)).not.toEqual(
      a[0]?.workers.map((w) => w.displayName),
    );
  });

  it('generates all 13 demo snapshots quickly', () => {
    const started = performance.now();
    generateCouncil(demoOptions);
    // The target is under 300 ms; the bound is loose so a busy CI box does not flake.
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it.each([[[]], [['2026-01-31', '2025-12-31']], [['2026-01-31', '2026-01-31']]])(
    'refuses snapshot dates %j',
    (dates) => {
      expect(() => generateCouncil({ ...demoOptions, snapshotDates: dates })).toThrow();
    },
  );
});

describe('syntheticCouncilShape', () => {
  it.each([
    [1, 1, 3],
    [2, 3, 5],
    [7, 4, 8],
  ])(
    '%i areas x %i teams x %i case holders gives a valid council',
    (areas, teamsPerArea, caseHolders) => {
      const shape = syntheticCouncilShape({
        seed: 1,
        root: { id: 'council-x', name: 'Council X', kind: 'council', parentId: 'region-y' },
        areas,
        teamsPerArea,
        caseHoldersPerTeam: caseHolders,
        idPrefix: 'x-',
      });
      const months = generateCouncil({ seed: 1, shape, snapshotDates: monthEnds('2026-01', 3) });
      expect(months).toHaveLength(3);
      const first = months[0]!;
      for (const month of months) {
        const result = snapshotSchema.safeParse(asSnapshot(month));
        expect(result.success, result.error?.message).toBe(true);
      }
      expect(first.units.filter((unit) => unit.kind === 'area')).toHaveLength(areas);
      expect(first.units.filter((unit) => unit.kind === 'team')).toHaveLength(areas * teamsPerArea);
      const caseHolding = first.workers.filter(
        (w) => w.role === 'case-holder' || w.role === 'senior-practitioner',
      );
      expect(caseHolding).toHaveLength(areas * teamsPerArea * caseHolders);
      const ids = [...first.units.slice(1).map((u) => u.id), ...first.workers.map((w) => w.id)];
      expect(ids.every((id) => id.startsWith('x-'))).toBe(true);
      expect(first.units[0]).toEqual(
        expect.objectContaining({ id: 'council-x', parentId: 'region-y' }),
      );
    },
  );
});
