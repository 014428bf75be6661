import { describe, expect, it } from 'vitest';
import { validateSnapshot } from '../../contract/validate-snapshot';
import type { DfeBenchmarks } from '../../domain/benchmarks';
import bundled from '../../domain/dfe-benchmarks.json';
import { generateNational, inventedPlaceNames, NATIONAL_REGIONS } from './generate-national';

// Generated once: 30,000 workers take a moment, and every test reads the same nation.
const snapshot = generateNational({ asAt: '2026-10-31' });

describe('generateNational', () => {
  it('has England, 9 regions, 150 councils, 750 areas and 3,750 teams of 8 workers', () => {
    const count = (kind: string) => snapshot.units.filter((unit) => unit.kind === kind).length;
    expect(count('organisation')).toBe(1);
    expect(count('region')).toBe(9);
    expect(NATIONAL_REGIONS.reduce((total, [, , councils]) => total + councils, 0)).toBe(150);
    expect(count('council')).toBe(150);
    expect(count('area')).toBe(150 * 5);
    expect(count('team')).toBe(150 * 5 * 5);
    expect(snapshot.workers).toHaveLength(150 * 25 * 8);
  });

  it('holds about 450,000 cases, with counts only (no case details)', () => {
    const cases = snapshot.workers.reduce((total, worker) => total + worker.casesHeld, 0);
    expect(cases).toBeGreaterThan(400_000);
    expect(cases).toBeLessThan(500_000);
    expect(snapshot.workers.some((worker) => worker.caseDetails !== undefined)).toBe(false);
  });

  it('is the same nation on every run, and drifts from month to month', () => {
    const again = generateNational({ asAt: '2026-10-31' });
    expect(JSON.stringify(again)).toBe(JSON.stringify(snapshot));
    const nextMonth = generateNational({ asAt: '2026-11-30', month: 1 });
    expect(nextMonth.units.map((unit) => unit.id)).toEqual(snapshot.units.map((unit) => unit.id));
    expect(nextMonth.workers.map((worker) => worker.casesHeld)).not.toEqual(
      snapshot.workers.map((worker) => worker.casesHeld),
    );
  });

  it('meets the data contract with nothing rejected', () => {
    const result = validateSnapshot(JSON.parse(JSON.stringify(snapshot)));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.rejected).toEqual([]);
      expect(result.value.snapshot.workers).toHaveLength(30_000);
    }
  });

  it('puts each team manager first with no cases, and workers only in teams', () => {
    const teams = new Set(snapshot.units.filter((unit) => unit.kind === 'team').map((u) => u.id));
    expect(snapshot.workers.every((worker) => teams.has(worker.unitId))).toBe(true);
    const managers = snapshot.workers.filter((worker) => worker.role === 'team-manager');
    expect(managers).toHaveLength(3_750);
    expect(managers.every((manager) => manager.casesHeld === 0)).toBe(true);
  });

  it('never names a council after a real one in DfE’s table, whole or as its first word', () => {
    const real = (bundled as DfeBenchmarks).councils.flatMap((council) => [
      council.name.toLowerCase(),
      council.name.split(/[ ,]/)[0]!.toLowerCase(),
    ]);
    const clashes = inventedPlaceNames().filter((name) => real.includes(name.toLowerCase()));
    expect(clashes).toEqual([]);
    const drawn = generateNational({ asAt: '2026-10-31' })
      .units.filter((unit) => unit.kind === 'council')
      .map((unit) => unit.name.replace(/ Council$/, '').toLowerCase());
    expect(drawn.filter((name) => real.includes(name))).toEqual([]);
  });
});
