import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundingLoss, roundToTenth, sumPrecisely, tenths } from './rounding';

/**
 * The answer worked out in whole numbers, with no floating point at all: the
 * cases over FTE given in hundredths, in tenths, a half rounded up.
 * value × 10 = cases × 1000 / fteHundredths; round half up = floor((2n + d) / 2d).
 */
function exactTenths(cases: number, fteHundredths: number): number {
  return Math.floor((2 * cases * 1000 + fteHundredths) / (2 * fteHundredths));
}

describe('roundToTenth', () => {
  it.each([
    [0, 0],
    [15.44, 15.4],
    [15.45, 15.5],
    [15.404186795491142, 15.4],
    [17.748674371938165, 17.7],
    [15.96554468202014, 16],
    [0.05, 0.1],
    [1.45, 1.5],
    [19.94, 19.9],
    [19.95, 20],
    [24.96, 25],
    [100, 100],
  ])('%s -> %s', (value, expected) => {
    expect(roundToTenth(value)).toBe(expected);
  });

  it('rounds a half up where floating point lands a hair below it', () => {
    // 55 / 8.8 is exactly 6.25 but computes as 6.249999999999999; 11 / 0.8 is 13.75.
    expect(55 / 8.8).toBeLessThan(6.25);
    expect(roundToTenth(55 / 8.8)).toBe(6.3);
    expect(roundToTenth(99 / 8.8)).toBe(11.3);
    expect(roundToTenth(121 / 8.8)).toBe(13.8);
  });

  it('does not round up what is truly below a half', () => {
    expect(roundToTenth(6.2499)).toBe(6.2);
    expect(roundToTenth(15.449999)).toBe(15.4);
    // 1 case over 30,000.01 FTE-hundredths apart from a half: still below it.
    expect(tenths(309 / 20.0000001)).toBe(154);
  });

  it('keeps Math.round’s direction for negative changes', () => {
    expect(tenths(-0.25)).toBe(-2);
    expect(tenths(-0.26)).toBe(-3);
  });

  it('matches whole-number arithmetic for any cases over FTE given in hundredths', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500_000 }),
        fc.integer({ min: 1, max: 3_000_000 }),
        (cases, fteHundredths) => {
          expect(tenths(cases / (fteHundredths / 100))).toBe(exactTenths(cases, fteHundredths));
        },
      ),
      { numRuns: 20_000 },
    );
  });
});

describe('sumPrecisely', () => {
  it('sums 25 FTEs of 0.8 to exactly 20, where a plain sum does not', () => {
    const ftes = Array.from({ length: 25 }, () => 0.8);
    expect(ftes.reduce((total, fte) => total + fte, 0)).not.toBe(20);
    expect(sumPrecisely(ftes)).toBe(20);
    // So 309 cases over them is 15.45, printed as DfE prints it: 15.5, not 15.4. Over the plain
    // sum, the ratio lands a hair below the half.
    expect(309 / ftes.reduce((total, fte) => total + fte, 0)).toBeLessThan(15.45);
    expect(309 / sumPrecisely(ftes)).toBe(15.45);
    expect(roundToTenth(309 / sumPrecisely(ftes))).toBe(15.5);
  });

  it('gives, with each step’s loss added back, the true sum where a plain loop does not', () => {
    let sum = 0;
    let lost = 0;
    for (const value of [0.1, 0.2, 0.3]) {
      lost += roundingLoss(sum, value);
      sum += value;
    }
    expect(sum).not.toBe(0.6);
    expect(sum + lost).toBe(0.6);
    expect(sumPrecisely([0.1, 0.2, 0.3])).toBe(0.6);
  });

  it('keeps a small value next to a large one', () => {
    expect(sumPrecisely([1e16, 1, -1e16])).toBe(1);
  });

  it('makes each summed team’s figure agree with whole-number arithmetic', () => {
    // A team of case holders: cases each, FTE in hundredths from 0.01 to 1.
    const team = fc.array(
      fc.record({ cases: fc.integer({ min: 0, max: 40 }), fte: fc.integer({ min: 1, max: 100 }) }),
      { minLength: 1, maxLength: 400 },
    );
    fc.assert(
      fc.property(team, (workers) => {
        const cases = workers.reduce((total, worker) => total + worker.cases, 0);
        const fteHundredths = workers.reduce((total, worker) => total + worker.fte, 0);
        const fte = sumPrecisely(workers.map((worker) => worker.fte / 100));
        expect(tenths(cases / fte)).toBe(exactTenths(cases, fteHundredths));
      }),
      { numRuns: 5_000 },
    );
  });
});
