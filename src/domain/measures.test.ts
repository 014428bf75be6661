import type { Worker, WorkerRole } from '../contract/v1';
import { builtInPresets } from './caps';
import { formatLoad } from './format';
import {
  caseloadPerFte,
  casesPerFte,
  isCaseHolder,
  median,
  overCapCounts,
  ratioOfSums,
  type Ratio,
} from './measures';

let nextId = 1;
function worker(overrides: Partial<Worker> = {}): Worker {
  const id = `w${nextId++}`;
  return {
    id,
    unitId: 'team-a',
    displayName: `Worker ${id}`,
    role: 'case-holder',
    asye: false,
    agency: false,
    fte: 1,
    casesHeld: 18,
    ...overrides,
  };
}

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

describe('caseloadPerFte (DfE rule: case holders only, ratio of sums)', () => {
  it('uses the ratio of sums, not the mean of team averages', () => {
    // Team A: 10 cases / 1.0 FTE = 10. Team B: 60 cases / 3.0 FTE = 20.
    // Mean of team averages = (10 + 20) / 2 = 15. DfE ratio = 70 / 4.0 = 17.5.
    const teamA = [worker({ unitId: 'a', casesHeld: 10, fte: 1 })];
    const teamB = [
      worker({ unitId: 'b', casesHeld: 20, fte: 1 }),
      worker({ unitId: 'b', casesHeld: 20, fte: 1 }),
      worker({ unitId: 'b', casesHeld: 20, fte: 1 }),
    ];
    expect(valueOf(caseloadPerFte(teamA).ratio)).toBeCloseTo(10, 10);
    expect(valueOf(caseloadPerFte(teamB).ratio)).toBeCloseTo(20, 10);

    const whole = caseloadPerFte([...teamA, ...teamB]).ratio;
    expect(whole).toEqual({ status: 'ok', cases: 70, fte: 4, value: 17.5 });
    expect(valueOf(whole)).not.toBeCloseTo(15, 5);
  });

  it('uses the ratio of sums, not the mean of individual ratios', () => {
    // 12 cases at 0.6 FTE (20 per FTE) and 10 cases at 1.0 FTE (10 per FTE):
    // mean of individual ratios = 15; ratio of sums = 22 / 1.6 = 13.75.
    const { ratio } = caseloadPerFte([
      worker({ casesHeld: 12, fte: 0.6 }),
      worker({ casesHeld: 10, fte: 1 }),
    ]);
    expect(valueOf(ratio)).toBeCloseTo(13.75, 10);
    expect(valueOf(ratio)).not.toBeCloseTo(15, 5);
  });

  it('counts a part-timer pro rata: 12 cases at 0.6 FTE is 20 per FTE', () => {
    const { ratio, counted } = caseloadPerFte([worker({ casesHeld: 12, fte: 0.6 })]);
    expect(counted).toHaveLength(1);
    expect(valueOf(ratio)).toBeCloseTo(20, 10);
  });

  it('leaves managers and qualified staff without cases out; counts senior practitioners', () => {
    const holder = worker({ role: 'case-holder', casesHeld: 18, fte: 1 });
    const senior = worker({ role: 'senior-practitioner', casesHeld: 12, fte: 0.5 });
    const teamManager = worker({ role: 'team-manager', casesHeld: 3, fte: 1 });
    const seniorManager = worker({ role: 'senior-manager', casesHeld: 0, fte: 1 });
    const qualified = worker({ role: 'qualified-without-cases', casesHeld: 1, fte: 1 });

    const summary = caseloadPerFte([holder, teamManager, senior, seniorManager, qualified]);
    // (18 + 12) / (1.0 + 0.5) = 30 / 1.5 = 20. With the managers it would be 34 / 4.5 = 7.6.
    expect(summary.ratio).toEqual({ status: 'ok', cases: 30, fte: 1.5, value: 20 });
    expect(summary.counted).toEqual([holder, senior]);
    expect(summary.notCaseHolders).toEqual([teamManager, seniorManager, qualified]);
    expect(summary.excluded).toEqual([]);
  });

  it('leaves a case holder with FTE 0 out of both numerator and denominator, with a reason', () => {
    const counted = worker({ casesHeld: 20, fte: 1 });
    const noFte = worker({ casesHeld: 9, fte: 0 });
    const summary = caseloadPerFte([counted, noFte]);
    // 20 / 1.0 = 20: the 9 cases of the worker with no FTE are not added to the numerator.
    expect(summary.ratio).toEqual({ status: 'ok', cases: 20, fte: 1, value: 20 });
    expect(summary.counted).toEqual([counted]);
    expect(summary.excluded).toHaveLength(1);
    expect(summary.excluded[0]?.worker).toBe(noFte);
    expect(summary.excluded[0]?.reason).toMatch(/FTE/);
  });

  it.each([
    { name: 'no workers at all', workers: (): Worker[] => [] },
    {
      name: 'only managers',
      workers: (): Worker[] => [
        worker({ role: 'team-manager', casesHeld: 2 }),
        worker({ role: 'senior-manager', casesHeld: 0 }),
      ],
    },
  ])('is empty with $name: no division by zero, no NaN', ({ workers }) => {
    const summary = caseloadPerFte(workers());
    expect(summary.ratio.status).toBe('empty');
    expect(summary.ratio).toEqual({ status: 'empty', cases: 0, fte: 0 });
    for (const value of Object.values(summary.ratio)) {
      expect(Number.isNaN(value)).toBe(false);
    }
    expect(summary.counted).toEqual([]);
  });

  it('is no-fte when every case holder has FTE 0', () => {
    const summary = caseloadPerFte([
      worker({ casesHeld: 5, fte: 0 }),
      worker({ role: 'senior-practitioner', casesHeld: 7, fte: 0 }),
      worker({ role: 'team-manager', casesHeld: 1, fte: 1 }),
    ]);
    expect(summary.ratio.status).toBe('no-fte');
    expect('value' in summary.ratio).toBe(false);
    expect(summary.ratio.fte).toBe(0);
    expect(Number.isNaN(summary.ratio.cases)).toBe(false);
    expect(summary.excluded).toHaveLength(2);
    expect(summary.counted).toEqual([]);
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
