import { createRng, deriveSeed } from './random';

function draws(seed: number, count: number): number[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => rng.next());
}

describe('createRng', () => {
  it('gives the same sequence for the same seed', () => {
    expect(draws(42, 50)).toEqual(draws(42, 50));
  });

  it('gives a different sequence for a different seed', () => {
    expect(draws(42, 50)).not.toEqual(draws(43, 50));
  });

  it('stays in [0, 1) and spreads over the range', () => {
    const values = draws(7, 5000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(mean).toBeCloseTo(0.5, 1);
  });

  it('int covers both ends of its range and nothing outside', () => {
    const rng = createRng(1);
    const seen = new Set(Array.from({ length: 2000 }, () => rng.int(2, 5)));
    expect([...seen].sort()).toEqual([2, 3, 4, 5]);
  });

  it('weighted never picks a zero-weight entry and favours heavy ones', () => {
    const rng = createRng(3);
    const picks = Array.from({ length: 2000 }, () =>
      rng.weighted([
        ['rare', 1],
        ['never', 0],
        ['common', 9],
      ] as const),
    );
    expect(picks).not.toContain('never');
    const common = picks.filter((pick) => pick === 'common').length;
    expect(common / picks.length).toBeGreaterThan(0.85);
  });

  it('pick refuses an empty list', () => {
    expect(() => createRng(1).pick([])).toThrow(/empty/);
  });
});

describe('deriveSeed', () => {
  it('is stable for a label and differs between labels', () => {
    expect(deriveSeed(9, 'names')).toBe(deriveSeed(9, 'names'));
    expect(deriveSeed(9, 'names')).not.toBe(deriveSeed(9, 'team:a'));
    expect(deriveSeed(9, 'names')).not.toBe(deriveSeed(10, 'names'));
  });
});
