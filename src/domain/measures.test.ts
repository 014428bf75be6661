import fc from 'fast-check';
import type { WorkerRole } from '../contract/v1';
import { isAtOrOver } from './bands';
import { builtInPresets } from './caps';
import { formatLoad } from './format';
import {
  casesPerFte,
  isCaseHolder,
  median,
  overCapCounts,
  ratioOfSums,
  type Ratio,
} from './measures';

function valueOf(ratio: Ratio): number {
  if (ratio.status !== 'ok') throw new Error(`expected an ok ratio, got ${ratio.status}`);
  return ratio.value;
}

describe('ratioOfSums: DfE England series (domain.md)', () => {
  // Raw value worked out by hand (cases / FTE, long division), published figure from DfE.
  it.each([
    { year: 2017, cases: 316_647, fte: 17_840.6, raw: 17.7487, published: '17.7' },
    { year: 2022, cases: 335_563, fte: 20_206.0, raw: 16.6071, published: '16.6' },
    { year: 2023, cases: 337_055, fte: 21_111.4, raw: 15.9655, published: '16.0' },
    { year: 2024, cases: 320_461, fte: 20_803.5, raw: 15.4042, published: '15.4' },
    { year: 2025, cases: 321_661, fte: 21_105.4, raw: 15.2407, published: '15.2' },
  ])('$year: $cases / $fte = $published', ({ cases, fte, raw, published }) => {
    const ratio = ratioOfSums([{ cases, fte }]);
    expect(ratio.status).toBe('ok');
    expect(ratio.cases).toBe(cases);
    expect(ratio.fte).toBeCloseTo(fte, 6);
    expect(valueOf(ratio)).toBeCloseTo(raw, 3);
    expect(formatLoad(valueOf(ratio))).toBe(published);
  });

  it('gives the same figure when the national totals arrive in several parts', () => {
    // 2024 split into two made-up halves that add up to the published totals.
    const ratio = ratioOfSums([
      { cases: 200_000, fte: 10_000.0 },
      { cases: 120_461, fte: 10_803.5 },
    ]);
    expect(ratio.cases).toBe(320_461);
    expect(formatLoad(valueOf(ratio))).toBe('15.4');
  });
});

describe('ratioOfSums: statuses', () => {
  it('is empty for no parts, with zeros and no value', () => {
    expect(ratioOfSums([])).toEqual({ status: 'empty', cases: 0, fte: 0 });
  });

  it('is no-fte when every part has zero FTE, keeping the cases', () => {
    expect(
      ratioOfSums([
        { cases: 4, fte: 0 },
        { cases: 6, fte: 0 },
      ]),
    ).toEqual({ status: 'no-fte', cases: 10, fte: 0 });
  });
});

describe('isCaseHolder', () => {
  it.each<[WorkerRole, boolean]>([
    ['case-holder', true],
    ['senior-practitioner', true],
    ['team-manager', false],
    ['senior-manager', false],
    ['qualified-without-cases', false],
  ])('%s -> %s', (role, expected) => {
    expect(isCaseHolder({ role })).toBe(expected);
  });
});

describe('casesPerFte', () => {
  it.each([
    { casesHeld: 12, fte: 0.6, expected: 20 },
    { casesHeld: 18, fte: 1, expected: 18 },
    { casesHeld: 9, fte: 0.5, expected: 18 },
    { casesHeld: 0, fte: 1, expected: 0 },
    { casesHeld: 7, fte: 0.8, expected: 8.75 },
  ])('$casesHeld cases at $fte FTE = $expected per FTE', ({ casesHeld, fte, expected }) => {
    expect(casesPerFte({ casesHeld, fte })).toBeCloseTo(expected, 10);
  });

  it('is null (not Infinity or NaN) when no FTE is recorded', () => {
    expect(casesPerFte({ casesHeld: 10, fte: 0 })).toBeNull();
    expect(casesPerFte({ casesHeld: 0, fte: 0 })).toBeNull();
  });
});

describe('overCapCounts with the default caps (15, 18–20, 25)', () => {
  const caps = builtInPresets.default.caps;

  it('counts loads at or over each cap, on the one-decimal boundary rule', () => {
    // 14 -> none; 15 -> 15+; 19.96 -> rounds to 20.0 -> 15+ and 20+; 20 -> 15+, 20+; 26 -> all.
    const counts = overCapCounts([14, 15, 19.96, 20, 26], caps);
    expect(
      counts.map(({ threshold, count, of, share }) => ({ threshold, count, of, share })),
    ).toEqual([
      { threshold: 15, count: 4, of: 5, share: 0.8 },
      { threshold: 20, count: 3, of: 5, share: 0.6 },
      { threshold: 25, count: 1, of: 5, share: 0.2 },
    ]);
    expect(counts.map(({ cap }) => cap)).toEqual([...caps]);
  });

  it('gives a null share (not NaN) when there are no loads', () => {
    const counts = overCapCounts([], caps);
    expect(counts).toHaveLength(3);
    for (const count of counts) {
      expect(count.count).toBe(0);
      expect(count.of).toBe(0);
      expect(count.share).toBeNull();
    }
  });

  it.each([
    { load: 14.94, at15: false },
    { load: 14.95, at15: true },
    { load: 14.9, at15: false },
    { load: 15, at15: true },
  ])('load $load at 15+: $at15', ({ load, at15 }) => {
    expect(overCapCounts([load], caps)[0]?.count).toBe(at15 ? 1 : 0);
  });

  it('counts, for any loads in any order, what isAtOrOver says one load at a time', () => {
    const load = fc.oneof(
      fc.double({ min: 0, max: 60, noNaN: true }),
      fc
        .tuple(fc.integer({ min: 0, max: 600 }), fc.constantFrom(-0.05, -1e-12, 0, 1e-12, 0.05))
        .map(([tenths, nudge]) => Math.max(0, tenths / 10 + nudge)),
    );
    fc.assert(
      fc.property(fc.array(load, { maxLength: 80 }), (loads) => {
        const counts = overCapCounts(loads, caps);
        caps.forEach((cap, i) => {
          expect(counts[i]?.count).toBe(loads.filter((value) => isAtOrOver(value, cap)).length);
        });
      }),
      { numRuns: 500 },
    );
  });
});

describe('median', () => {
  it.each([
    { values: [], expected: null },
    { values: [7], expected: 7 },
    { values: [3, 1, 2], expected: 2 },
    { values: [4, 1, 3, 2], expected: 2.5 },
    { values: [10, 20], expected: 15 },
    { values: [25, 5, 15, 20, 10], expected: 15 },
    { values: [2, 100, 3], expected: 3 },
  ])('median of $values is $expected', ({ values, expected }) => {
    expect(median(values)).toBe(expected);
  });

  it('does not reorder the list it is given', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});
