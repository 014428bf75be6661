import type { CaseDetail, CaseType, Unit, Worker } from '../contract/v1';
import { type AsyeRule } from './asye-rule';
import { bandsFromCaps } from './bands';
import { builtInPresets, type Cap } from './caps';
import { formatFte, formatLoad } from './format';
import type { ViewMeasure } from './measure-options';
import {
  capsForMeasure,
  groupLoad,
  inPopulation,
  isOverOwnCap,
  referenceCapPerFte,
  unitFigures,
  type GroupLoad,
  type UnitFigures,
} from './unit-figures';
import { DEFAULT_WEIGHTING, type WeightingScheme } from './weighting';
import type { LoadSettings, WorkerLoad } from './worker-load';
import { worker, settings } from '../test/builders';

// ---------------------------------------------------------------------------
// Builders
// ---------------------------------------------------------------------------

function unit(overrides: Partial<Unit> & Pick<Unit, 'id'>): Unit {
  return { parentId: 'org', name: overrides.id, kind: 'team', ...overrides };
}

let nextCase = 1;
function child(type: CaseType, extra: Partial<CaseDetail> = {}): CaseDetail {
  return {
    id: `c${nextCase++}`,
    type,
    inCourtProceedings: false,
    allocatedOn: '2026-01-15',
    ...extra,
  };
}

/** A worker whose casesHeld matches the case-level detail given. */
function withCases(details: CaseDetail[], overrides: Partial<Worker> = {}): Worker {
  return worker({ casesHeld: details.length, caseDetails: details, ...overrides });
}

/** LoadSettings with example A weighting, the default ASYE rule (0.6 of FTE) and reference 20. */

const caps = builtInPresets.default.caps;
const bands = bandsFromCaps(caps);

function figuresFor(
  workers: readonly Worker[],
  loadSettings: LoadSettings = settings(),
  units: readonly Unit[] = [],
): UnitFigures {
  const measureCaps = capsForMeasure(caps, loadSettings.view, loadSettings.weighting);
  return unitFigures(workers, units, measureCaps, bandsFromCaps(measureCaps), loadSettings);
}

function okLoad(load: GroupLoad): { amount: number; denominator: number; value: number } {
  if (load.status !== 'ok') throw new Error(`expected an ok load, got ${load.status}`);
  return load;
}

function values(figures: UnitFigures): number[] {
  return figures.counted.map((entry) => entry.value);
}

// ---------------------------------------------------------------------------
// Ported from unit-summary.test.ts (summariseUnit, now unitFigures)
// ---------------------------------------------------------------------------

describe('unitFigures: a team against the default caps (ported from summariseUnit)', () => {
  const tenAtOne = worker({ casesHeld: 10, fte: 1 }); // 10
  const partTimer = worker({ casesHeld: 12, fte: 0.6 }); // 20
  const high = worker({ casesHeld: 26, fte: 1 }); // 26
  const senior = worker({ role: 'senior-practitioner', casesHeld: 8, fte: 0.5 }); // 16
  const manager = worker({ role: 'team-manager', casesHeld: 2, fte: 1 }); // not counted
  const noFte = worker({ casesHeld: 6, fte: 0 }); // left out: no FTE
  const workers = [tenAtOne, partTimer, high, senior, manager, noFte];
  const figures = unitFigures(workers, [unit({ id: 'team' })], caps, bands, settings());

  it('is the ratio of sums over counted case holders only', () => {
    // (10 + 12 + 26 + 8) / (1 + 0.6 + 1 + 0.5) = 56 / 3.1 = 18.0645...
    const load = okLoad(figures.load);
    expect(load.amount).toBe(56);
    expect(load.denominator).toBeCloseTo(3.1, 10);
    expect(load.value).toBeCloseTo(18.0645, 4);
  });

  it('keeps each counted worker’s own load, median and highest', () => {
    expect(figures.counted.map((entry) => entry.worker)).toEqual([
      tenAtOne,
      partTimer,
      high,
      senior,
    ]);
    [10, 20, 26, 16].forEach((load, i) => expect(values(figures)[i]).toBeCloseTo(load, 10));
    // Sorted loads 10, 16, 20, 26: median (16 + 20) / 2 = 18.
    expect(figures.medianLoad).toBeCloseTo(18, 10);
    expect(figures.highestLoad).toBe(26);
  });

  it('counts people at or over each cap', () => {
    // 15+: 20, 26, 16 = 3 of 4. 20+: 20, 26 = 2 of 4. 25+: 26 = 1 of 4.
    expect(
      figures.overCaps.map(({ threshold, count, of, share }) => [threshold, count, of, share]),
    ).toEqual([
      [15, 3, 4, 0.75],
      [20, 2, 4, 0.5],
      [25, 1, 4, 0.25],
    ]);
  });

  it('lists who was not counted and who was left out, with the reason', () => {
    expect(figures.notCounted).toEqual([manager]);
    expect(figures.excluded).toEqual([{ worker: noFte, reason: 'no FTE recorded' }]);
    expect(figures.headcount).toBe(6);
    // Every worker's FTE: 1 + 0.6 + 1 + 0.5 + 1 + 0 = 4.1.
    expect(figures.totalFte).toBeCloseTo(4.1, 10);
  });

  it('counts over own cap and the spread across bands', () => {
    // Own cap 20 per FTE for all (none ASYE): 20 and 26 are at or over it.
    expect(figures.overOwnCap).toEqual({ count: 2, of: 4, share: 0.5 });
    // Up to 15: 10. 15–18: 16. 18–20: none. 20–25: 20. 25+: 26.
    expect(figures.spread.map((entry) => [entry.band.label, entry.count])).toEqual([
      ['Up to 15', 1],
      ['15–18', 1],
      ['18–20 target range', 0],
      ['20–25', 1],
      ['25 and over', 1],
    ]);
  });

  it('shows everyone’s load side by side: the manager’s 2 cases and 1.0 FTE added', () => {
    // (56 + 2) / (3.1 + 1.0) = 58 / 4.1 = 14.146...; the worker with no FTE stays out.
    const other = okLoad(figures.otherPopulationLoad);
    expect(other.amount).toBe(58);
    expect(other.denominator).toBeCloseTo(4.1, 10);
    expect(other.value).toBeCloseTo(14.1463, 4);
  });

  it.each([
    {
      name: 'no unit reports',
      units: [unit({ id: 'a' }), unit({ id: 'b' })],
      unallocated: null,
      vacant: null,
    },
    {
      name: 'some units report',
      units: [
        unit({ id: 'a', unallocatedCases: 4, vacantFte: 0.5 }),
        unit({ id: 'b' }),
        unit({ id: 'c', unallocatedCases: 7, vacantFte: 1 }),
      ],
      unallocated: 11,
      vacant: 1.5,
    },
    {
      name: 'a unit reports zero',
      units: [unit({ id: 'a', unallocatedCases: 0, vacantFte: 0 }), unit({ id: 'b' })],
      unallocated: 0,
      vacant: 0,
    },
  ])('unallocated cases and vacant FTE when $name', ({ units, unallocated, vacant }) => {
    const summary = unitFigures([worker()], units, caps, bands, settings());
    expect(summary.unallocatedCases).toBe(unallocated);
    expect(summary.vacantFte).toBe(vacant);
  });

  it('has no NaN and no values when there are no workers', () => {
    const summary = unitFigures([], [], caps, bands, settings());
    expect(summary.load).toEqual({ status: 'empty' });
    expect(summary.otherPopulationLoad).toEqual({ status: 'empty' });
    expect(summary.counted).toEqual([]);
    expect(summary.medianLoad).toBeNull();
    expect(summary.highestLoad).toBeNull();
    expect(summary.overCaps.map((count) => count.share)).toEqual([null, null, null]);
    expect(summary.overOwnCap).toEqual({ count: 0, of: 0, share: null });
    expect(summary.spread.map((entry) => entry.count)).toEqual([0, 0, 0, 0, 0]);
    expect(summary.headcount).toBe(0);
    expect(summary.totalFte).toBe(0);
    expect(summary.unallocatedCases).toBeNull();
    expect(summary.vacantFte).toBeNull();
    expect(summary.ifUnallocatedAllocated).toBeNull();
    expect(summary.ifVacanciesFilled).toBeNull();
    expect(summary.agencyShareOfFte).toBeNull();
  });

  it('has no loads when the only case holders have no FTE', () => {
    const summary = unitFigures([worker({ casesHeld: 9, fte: 0 })], [], caps, bands, settings());
    expect(summary.load).toEqual({ status: 'no-fte' });
    expect(summary.counted).toEqual([]);
    expect(summary.highestLoad).toBeNull();
    expect(summary.medianLoad).toBeNull();
  });
});

// ---------------------------------------------------------------------------
// Ported from measures.test.ts (caseloadPerFte, to be removed from measures.ts)
// ---------------------------------------------------------------------------

describe('unitFigures load, DfE rule: case holders only, ratio of sums (ported from caseloadPerFte)', () => {
  it('uses the ratio of sums, not the mean of team averages', () => {
    // Team A: 10 cases / 1.0 FTE = 10. Team B: 60 cases / 3.0 FTE = 20.
    // Mean of team averages = (10 + 20) / 2 = 15. DfE ratio = 70 / 4.0 = 17.5.
    const teamA = [worker({ unitId: 'a', casesHeld: 10, fte: 1 })];
    const teamB = [
      worker({ unitId: 'b', casesHeld: 20, fte: 1 }),
      worker({ unitId: 'b', casesHeld: 20, fte: 1 }),
      worker({ unitId: 'b', casesHeld: 20, fte: 1 }),
    ];
    expect(okLoad(figuresFor(teamA).load).value).toBeCloseTo(10, 10);
    expect(okLoad(figuresFor(teamB).load).value).toBeCloseTo(20, 10);

    const whole = figuresFor([...teamA, ...teamB]).load;
    expect(whole).toEqual({ status: 'ok', amount: 70, denominator: 4, value: 17.5 });
    expect(okLoad(whole).value).not.toBeCloseTo(15, 5);
  });

  it('uses the ratio of sums, not the mean of individual ratios', () => {
    // 12 cases at 0.6 FTE (20 per FTE) and 10 cases at 1.0 FTE (10 per FTE):
    // mean of individual ratios = 15; ratio of sums = 22 / 1.6 = 13.75.
    const { load } = figuresFor([
      worker({ casesHeld: 12, fte: 0.6 }),
      worker({ casesHeld: 10, fte: 1 }),
    ]);
    expect(okLoad(load).value).toBeCloseTo(13.75, 10);
    expect(okLoad(load).value).not.toBeCloseTo(15, 5);
  });

  it('prints a figure exactly on a half rounded up, as DfE does, whatever floating point makes of it', () => {
    // 11 case holders at 0.8 FTE with 5 cases each: 55 / 8.8 is exactly 6.25, printed 6.3.
    // In floating point, 55 / 8.8 is 6.249999999999999.
    const small = Array.from({ length: 11 }, () => worker({ casesHeld: 5, fte: 0.8 }));
    expect(formatLoad(okLoad(figuresFor(small).load).value)).toBe('6.3');
    // 25 case holders at 0.8 FTE, 309 cases between them: 309 / 20.0 = 15.45, printed 15.5.
    // Summed plainly, 25 × 0.8 is 20.000000000000007 and the figure would print 15.4.
    const team = Array.from({ length: 25 }, (_, at) =>
      worker({ casesHeld: at < 9 ? 13 : 12, fte: 0.8 }),
    );
    const load = okLoad(figuresFor(team).load);
    expect(load.amount).toBe(309);
    expect(formatFte(load.denominator)).toBe('20.0');
    expect(formatLoad(load.value)).toBe('15.5');
  });

  it('counts a part-timer pro rata: 12 cases at 0.6 FTE is 20 per FTE', () => {
    const figures = figuresFor([worker({ casesHeld: 12, fte: 0.6 })]);
    expect(figures.counted).toHaveLength(1);
    expect(okLoad(figures.load).value).toBeCloseTo(20, 10);
  });

  it('leaves managers and qualified staff without cases out; counts senior practitioners', () => {
    const holder = worker({ role: 'case-holder', casesHeld: 18, fte: 1 });
    const senior = worker({ role: 'senior-practitioner', casesHeld: 12, fte: 0.5 });
    const teamManager = worker({ role: 'team-manager', casesHeld: 3, fte: 1 });
    const seniorManager = worker({ role: 'senior-manager', casesHeld: 0, fte: 1 });
    const qualified = worker({ role: 'qualified-without-cases', casesHeld: 1, fte: 1 });

    const figures = figuresFor([holder, teamManager, senior, seniorManager, qualified]);
    // (18 + 12) / (1.0 + 0.5) = 30 / 1.5 = 20.
    expect(figures.load).toEqual({ status: 'ok', amount: 30, denominator: 1.5, value: 20 });
    expect(figures.counted.map((entry) => entry.worker)).toEqual([holder, senior]);
    expect(figures.notCounted).toEqual([teamManager, seniorManager, qualified]);
    expect(figures.excluded).toEqual([]);
    // With the managers it would be (30 + 3 + 0 + 1) / (1.5 + 3.0) = 34 / 4.5 = 7.56.
    const everyone = okLoad(figures.otherPopulationLoad);
    expect(everyone.amount).toBe(34);
    expect(everyone.denominator).toBeCloseTo(4.5, 10);
    expect(everyone.value).toBeCloseTo(7.5556, 4);
  });

  it('leaves a case holder with FTE 0 out of both numerator and denominator, with a reason', () => {
    const counted = worker({ casesHeld: 20, fte: 1 });
    const noFte = worker({ casesHeld: 9, fte: 0 });
    const figures = figuresFor([counted, noFte]);
    // 20 / 1.0 = 20: the 9 cases of the worker with no FTE are not added to the numerator.
    expect(figures.load).toEqual({ status: 'ok', amount: 20, denominator: 1, value: 20 });
    expect(figures.counted.map((entry) => entry.worker)).toEqual([counted]);
    expect(figures.excluded).toEqual([{ worker: noFte, reason: 'no FTE recorded' }]);
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
    const figures = figuresFor(workers());
    expect(figures.load).toEqual({ status: 'empty' });
    expect(figures.counted).toEqual([]);
    expect(figures.overOwnCap.share).toBeNull();
  });

  it('is no-fte when every case holder has FTE 0', () => {
    const figures = figuresFor([
      worker({ casesHeld: 5, fte: 0 }),
      worker({ role: 'senior-practitioner', casesHeld: 7, fte: 0 }),
      worker({ role: 'team-manager', casesHeld: 1, fte: 1 }),
    ]);
    expect(figures.load).toEqual({ status: 'no-fte' });
    expect(figures.excluded.map((entry) => entry.reason)).toEqual([
      'no FTE recorded',
      'no FTE recorded',
    ]);
    expect(figures.counted).toEqual([]);
    // Everyone: only the manager has an FTE, 1 / 1.0 = 1.
    expect(figures.otherPopulationLoad).toEqual({
      status: 'ok',
      amount: 1,
      denominator: 1,
      value: 1,
    });
  });
});

// ---------------------------------------------------------------------------
// Who is counted: case holders only (DfE) or everyone
// ---------------------------------------------------------------------------

describe('who is counted', () => {
  const holderA = worker({ casesHeld: 22, fte: 1 });
  const holderB = worker({ role: 'senior-practitioner', casesHeld: 18, fte: 1 });
  const manager = worker({ role: 'team-manager', casesHeld: 2, fte: 1 });
  const team = [holderA, holderB, manager];

  it.each<{
    population: ViewMeasure['population'];
    load: GroupLoad;
    other: GroupLoad;
    notCounted: Worker[];
    counted: Worker[];
  }>([
    {
      // Case holders: (22 + 18) / 2.0 = 20. Everyone: (40 + 2) / 3.0 = 14.
      population: 'case-holders',
      load: { status: 'ok', amount: 40, denominator: 2, value: 20 },
      other: { status: 'ok', amount: 42, denominator: 3, value: 14 },
      notCounted: [manager],
      counted: [holderA, holderB],
    },
    {
      population: 'everyone',
      load: { status: 'ok', amount: 42, denominator: 3, value: 14 },
      other: { status: 'ok', amount: 40, denominator: 2, value: 20 },
      notCounted: [],
      counted: [holderA, holderB, manager],
    },
  ])('$population: the load and the other population’s load side by side', (row) => {
    const figures = figuresFor(team, settings({ population: row.population }));
    expect(figures.load).toEqual(row.load);
    expect(figures.otherPopulationLoad).toEqual(row.other);
    expect(figures.notCounted).toEqual(row.notCounted);
    expect(figures.counted.map((entry) => entry.worker)).toEqual(row.counted);
  });

  it('counts the manager in the over-cap counts only when everyone is counted', () => {
    // Loads: 22 (20+), 18, and the manager's 2. 15+: 22 and 18.
    const holders = figuresFor(team, settings({ population: 'case-holders' }));
    const everyone = figuresFor(team, settings({ population: 'everyone' }));
    expect(holders.overCaps.map(({ count, of }) => [count, of])).toEqual([
      [2, 2],
      [1, 2],
      [0, 2],
    ]);
    expect(everyone.overCaps.map(({ count, of }) => [count, of])).toEqual([
      [2, 3],
      [1, 3],
      [0, 3],
    ]);
    // Median of 22 and 18 = 20; of 2, 18 and 22 = 18.
    expect(holders.medianLoad).toBe(20);
    expect(everyone.medianLoad).toBe(18);
  });

  it.each<{ role: Worker['role']; caseHolders: boolean }>([
    { role: 'case-holder', caseHolders: true },
    { role: 'senior-practitioner', caseHolders: true },
    { role: 'team-manager', caseHolders: false },
    { role: 'senior-manager', caseHolders: false },
    { role: 'qualified-without-cases', caseHolders: false },
  ])('inPopulation: a $role is a case holder: $caseHolders; everyone: always', (row) => {
    const w = worker({ role: row.role });
    expect(inPopulation(w, 'case-holders')).toBe(row.caseHolders);
    expect(inPopulation(w, 'everyone')).toBe(true);
  });

  it('is empty with zero case holders, but everyone gives a value', () => {
    const figures = figuresFor([manager]);
    expect(figures.load).toEqual({ status: 'empty' });
    expect(figures.otherPopulationLoad).toEqual({
      status: 'ok',
      amount: 2,
      denominator: 1,
      value: 2,
    });
  });
});

// ---------------------------------------------------------------------------
// Unknown values: out of both sides of the sum
// ---------------------------------------------------------------------------

describe('unknown values are left out of both numerator and denominator', () => {
  it.each<{
    name: string;
    view: Partial<ViewMeasure>;
    workers: () => Worker[];
    load: GroupLoad;
    reasons: string[];
  }>([
    {
      name: 'per FTE: a worker with FTE 0 and 9 cases adds nothing',
      view: {},
      workers: () => [worker({ casesHeld: 20, fte: 1 }), worker({ casesHeld: 9, fte: 0 })],
      // 20 / 1.0, not (20 + 9) / 1.0 = 29.
      load: { status: 'ok', amount: 20, denominator: 1, value: 20 },
      reasons: ['no FTE recorded'],
    },
    {
      name: 'cases held: a worker with FTE 0 is not a head in the denominator either',
      view: { measure: 'cases' },
      workers: () => [worker({ casesHeld: 20, fte: 1 }), worker({ casesHeld: 9, fte: 0 })],
      // 20 / 1 worker, not 29 / 2 = 14.5.
      load: { status: 'ok', amount: 20, denominator: 1, value: 20 },
      reasons: ['no FTE recorded'],
    },
    {
      name: 'families: a worker without case detail adds neither families nor FTE',
      view: { counting: 'families' },
      workers: () => [
        withCases([
          child('child-in-need', { siblingGroupId: 'g1' }),
          child('child-in-need', { siblingGroupId: 'g1' }),
          child('looked-after'),
        ]),
        worker({ casesHeld: 4, fte: 1 }),
      ],
      // 2 families / 1.0 FTE, not 2 / 2.0 = 1 and not (2 + 4) / 2.0 = 3.
      load: { status: 'ok', amount: 2, denominator: 1, value: 2 },
      reasons: ['no case-level detail to count families'],
    },
    {
      name: 'points: a worker without case detail adds neither points nor FTE',
      view: { measure: 'points' },
      workers: () => [
        // 5 + 8 = 13 points at 0.5 FTE.
        withCases([child('child-in-need'), child('child-protection')], { fte: 0.5 }),
        worker({ casesHeld: 10, fte: 1 }),
      ],
      // 13 / 0.5 = 26, not 13 / 1.5 = 8.67.
      load: { status: 'ok', amount: 13, denominator: 0.5, value: 26 },
      reasons: ['no case-level detail to weight'],
    },
    {
      name: 'all left out: no-fte, not zero',
      view: { measure: 'points' },
      workers: () => [worker({ casesHeld: 10, fte: 1 }), worker({ casesHeld: 3, fte: 0 })],
      load: { status: 'no-fte' },
      reasons: ['no case-level detail to weight', 'no FTE recorded'],
    },
  ])('$name', ({ view, workers, load, reasons }) => {
    const figures = figuresFor(workers(), settings(view));
    expect(figures.load).toEqual(load);
    expect(figures.excluded.map((entry) => entry.reason)).toEqual(reasons);
    expect(figures.counted).toHaveLength(load.status === 'ok' ? 1 : 0);
  });
});

// ---------------------------------------------------------------------------
// Unallocated cases and vacant posts
// ---------------------------------------------------------------------------

describe('what the load would be with unallocated cases allocated or vacant posts filled', () => {
  // 22 + 18 = 40 cases over 2.0 FTE = 20 per FTE.
  const team = () => [worker({ casesHeld: 22, fte: 1 }), worker({ casesHeld: 18, fte: 1 })];
  const reporting = [unit({ id: 'team', unallocatedCases: 6, vacantFte: 0.5 })];
  const silent = [unit({ id: 'team' })];

  it.each<{
    name: string;
    view: Partial<ViewMeasure>;
    workers: () => Worker[];
    units: Unit[];
    ifAllocated: number | null;
    ifFilled: number | null;
  }>([
    {
      // (40 + 6) / 2.0 = 23; 40 / (2.0 + 0.5) = 16.
      name: 'per FTE, reported',
      view: {},
      workers: team,
      units: reporting,
      ifAllocated: 23,
      ifFilled: 16,
    },
    {
      name: 'per FTE, not reported: null (Not reported), never 0',
      view: {},
      workers: team,
      units: silent,
      ifAllocated: null,
      ifFilled: null,
    },
    {
      // (40 + 6) / 2 workers = 23; a vacancy is not a head, so no "if filled".
      name: 'cases held per worker',
      view: { measure: 'cases' },
      workers: team,
      units: reporting,
      ifAllocated: 23,
      ifFilled: null,
    },
    {
      // 2 families (g1 twice, one single child) at 1.0 FTE. Unallocated cases carry no
      // sibling group, so they cannot be counted as families; 2 / (1.0 + 0.5) = 1.33 if filled.
      name: 'families per FTE',
      view: { counting: 'families' },
      workers: () => [
        withCases([
          child('child-in-need', { siblingGroupId: 'g1' }),
          child('child-in-need', { siblingGroupId: 'g1' }),
          child('care-leaver'),
        ]),
      ],
      units: reporting,
      ifAllocated: null,
      ifFilled: 1.3333,
    },
  ])('$name', ({ view, workers, units, ifAllocated, ifFilled }) => {
    const figures = figuresFor(workers(), settings(view), units);
    if (ifAllocated === null) expect(figures.ifUnallocatedAllocated).toBeNull();
    else expect(figures.ifUnallocatedAllocated).toBeCloseTo(ifAllocated, 4);
    if (ifFilled === null) expect(figures.ifVacanciesFilled).toBeNull();
    else expect(figures.ifVacanciesFilled).toBeCloseTo(ifFilled, 4);
  });

  it('points: no "if allocated" (unallocated cases have no type), but "if filled" applies', () => {
    // 3 looked-after children in court: 3 x (7 + 3) = 30 points at 1.0 FTE.
    const figures = figuresFor(
      [
        withCases([
          child('looked-after', { inCourtProceedings: true }),
          child('looked-after', { inCourtProceedings: true }),
          child('looked-after', { inCourtProceedings: true }),
        ]),
      ],
      settings({ measure: 'points' }),
      reporting,
    );
    expect(okLoad(figures.load).value).toBe(30);
    expect(figures.ifUnallocatedAllocated).toBeNull();
    // 30 / (1.0 + 0.5) = 20.
    expect(figures.ifVacanciesFilled).toBeCloseTo(20, 10);
  });

  it('sums unallocated cases and vacancies over the units that report them', () => {
    const figures = figuresFor(team(), settings(), [
      unit({ id: 'area', kind: 'area' }),
      unit({ id: 't1', parentId: 'area', unallocatedCases: 4, vacantFte: 1 }),
      unit({ id: 't2', parentId: 'area', unallocatedCases: 2 }),
    ]);
    expect(figures.unallocatedCases).toBe(6);
    expect(figures.vacantFte).toBe(1);
    // (40 + 6) / 2.0 = 23; 40 / (2.0 + 1.0) = 13.33.
    expect(figures.ifUnallocatedAllocated).toBeCloseTo(23, 10);
    expect(figures.ifVacanciesFilled).toBeCloseTo(13.3333, 4);
  });
});

// ---------------------------------------------------------------------------
// Agency share, own caps, spread, the "cases held" measure, weighted points
// ---------------------------------------------------------------------------

describe('agency share of FTE', () => {
  it.each<{ name: string; workers: () => Worker[]; agencyFte: number; share: number | null }>([
    {
      // Agency 1.0 + 0.5 = 1.5 of 1.0 + 0.5 + 1.0 + 0.5 + 1.0 (manager) = 4.0: 37.5%.
      name: 'every role counts, managers included',
      workers: () => [
        worker({ agency: true, fte: 1 }),
        worker({ agency: true, fte: 0.5, casesHeld: 9 }),
        worker({ fte: 1 }),
        worker({ fte: 0.5, casesHeld: 9 }),
        worker({ role: 'team-manager', fte: 1, casesHeld: 2 }),
      ],
      agencyFte: 1.5,
      share: 0.375,
    },
    {
      // An agency manager counts in the agency share even when not in the load.
      name: 'an agency manager',
      workers: () => [
        worker({ fte: 1 }),
        worker({ role: 'team-manager', agency: true, fte: 1, casesHeld: 0 }),
      ],
      agencyFte: 1,
      share: 0.5,
    },
    {
      name: 'no agency workers',
      workers: () => [worker({ fte: 0.8 })],
      agencyFte: 0,
      share: 0,
    },
    {
      name: 'no FTE at all: no share, not 0%',
      workers: () => [worker({ agency: true, fte: 0, casesHeld: 3 })],
      agencyFte: 0,
      share: null,
    },
  ])('$name', ({ workers, agencyFte, share }) => {
    const figures = figuresFor(workers());
    expect(figures.agencyFte).toBeCloseTo(agencyFte, 10);
    if (share === null) expect(figures.agencyShareOfFte).toBeNull();
    else expect(figures.agencyShareOfFte).toBeCloseTo(share, 10);
  });
});

describe('at or over their own cap', () => {
  it.each<{
    name: string;
    view: Partial<ViewMeasure>;
    asyeRule?: AsyeRule;
    workers: () => Worker[];
    count: number;
    of: number;
  }>([
    {
      // ASYE 12 at 1.0: own cap 20 x 0.6 = 12, at it. 19 at 1.0: under 20. 20 at 1.0: at 20.
      // 11 at 0.6 = 18.3 per FTE: under 20.
      name: 'per FTE with the default ASYE rule',
      view: {},
      workers: () => [
        worker({ asye: true, casesHeld: 12, fte: 1 }),
        worker({ casesHeld: 19, fte: 1 }),
        worker({ casesHeld: 20, fte: 1 }),
        worker({ casesHeld: 11, fte: 0.6 }),
      ],
      count: 2,
      of: 4,
    },
    {
      // With no protected cap the ASYE worker's 12 is under 20: only the 20 counts.
      name: 'per FTE with no ASYE protection',
      view: {},
      asyeRule: { kind: 'none' },
      workers: () => [
        worker({ asye: true, casesHeld: 12, fte: 1 }),
        worker({ casesHeld: 19, fte: 1 }),
        worker({ casesHeld: 20, fte: 1 }),
      ],
      count: 1,
      of: 3,
    },
    {
      // Cases held: 12 cases at 0.6 FTE against 20 x 0.6 = 12 cases: at it.
      // 11 cases at 0.6: under 12. 7 cases for an ASYE worker at 0.5: own cap 20 x 0.6 x 0.5 = 6.
      name: 'cases held against the cap in cases, pro rata',
      view: { measure: 'cases' },
      workers: () => [
        worker({ casesHeld: 12, fte: 0.6 }),
        worker({ casesHeld: 11, fte: 0.6 }),
        worker({ asye: true, casesHeld: 7, fte: 0.5 }),
      ],
      count: 2,
      of: 3,
    },
    {
      // Points: 9 CIN (45 points) at 0.5 FTE = 90 per FTE: at the ASYE capacity 90, under 100.
      name: 'points against capacity, ASYE 90',
      view: { measure: 'points' },
      workers: () => [
        withCases(
          Array.from({ length: 9 }, () => child('child-in-need')),
          {
            asye: true,
            fte: 0.5,
          },
        ),
        withCases(
          Array.from({ length: 9 }, () => child('child-in-need')),
          { fte: 0.5 },
        ),
      ],
      count: 1,
      of: 2,
    },
  ])('$name', ({ view, asyeRule, workers, count, of }) => {
    const figures = figuresFor(workers(), settings(view, asyeRule ? { asyeRule } : {}));
    expect(figures.overOwnCap).toEqual({ count, of, share: count / of });
  });

  it.each<{ value: number; ownCap: number; over: boolean }>([
    { value: 19.94, ownCap: 20, over: false },
    { value: 19.95, ownCap: 20, over: true },
    { value: 12, ownCap: 12, over: true },
    { value: 11.9, ownCap: 12, over: false },
    // An own cap of 12.04 is compared at one decimal place, as 12.0.
    { value: 12, ownCap: 12.04, over: true },
  ])('isOverOwnCap: $value against $ownCap is $over', ({ value, ownCap, over }) => {
    const load: WorkerLoad = { worker: worker(), amount: value, value, ownCap };
    expect(isOverOwnCap(load)).toBe(over);
  });
});

describe('the spread across bands', () => {
  it('puts each counted worker in one band, by the boundary rule, and sums to the counted', () => {
    const workers = [
      worker({ casesHeld: 14, fte: 1 }), // 14.0: up to 15
      worker({ casesHeld: 9, fte: 0.6 }), // 15.0: 15–18
      worker({ casesHeld: 18, fte: 1 }), // 18.0: 18–20
      worker({ casesHeld: 19, fte: 1 }), // 19.0: 18–20
      worker({ casesHeld: 12, fte: 0.6 }), // 20.0: 20–25
      worker({ casesHeld: 25, fte: 1 }), // 25.0: 25 and over
      worker({ casesHeld: 30, fte: 1 }), // 30.0: 25 and over
      worker({ casesHeld: 8, fte: 0 }), // left out
      worker({ role: 'team-manager', casesHeld: 2, fte: 1 }), // not counted
    ];
    const figures = figuresFor(workers);
    expect(figures.spread.map((entry) => entry.count)).toEqual([1, 1, 2, 1, 2]);
    const total = figures.spread.reduce((sum, entry) => sum + entry.count, 0);
    expect(total).toBe(7);
    expect(total).toBe(figures.counted.length);
  });

  it('uses the capacity bands for points', () => {
    // 23 points at 0.2 FTE = 115 per FTE: 100 and over. 20 points at 1.0: up to 100.
    const figures = figuresFor(
      [
        withCases(
          [
            child('child-in-need'),
            child('child-protection', { inCourtProceedings: true }),
            child('looked-after'),
          ],
          { fte: 0.2 },
        ),
        withCases(Array.from({ length: 4 }, () => child('child-in-need'))),
      ],
      settings({ measure: 'points' }),
    );
    expect(figures.spread.map((entry) => [entry.band.label, entry.count])).toEqual([
      ['Up to 100', 1],
      ['100 and over', 1],
    ]);
    expect(figures.overCaps.map(({ threshold, count, of }) => [threshold, count, of])).toEqual([
      [100, 1, 2],
    ]);
  });
});

describe('the cases held measure: divided by headcount, not FTE', () => {
  it('divides the cases by the number of counted workers', () => {
    // 12 + 20 + 6 = 38 cases, 3 workers: 12.67 per worker (per FTE it would be 38 / 2.1 = 18.1).
    const figures = figuresFor(
      [
        worker({ casesHeld: 12, fte: 0.6 }),
        worker({ casesHeld: 20, fte: 1 }),
        worker({ casesHeld: 6, fte: 0.5 }),
      ],
      settings({ measure: 'cases' }),
    );
    const load = okLoad(figures.load);
    expect(load.amount).toBe(38);
    expect(load.denominator).toBe(3);
    expect(load.value).toBeCloseTo(12.6667, 4);
    // Each worker's value is their cases; their own cap is 20 x FTE: 12, 20, 10.
    expect(figures.counted.map((entry) => [entry.value, entry.ownCap])).toEqual([
      [12, 12],
      [20, 20],
      [6, 10],
    ]);
  });

  it('groupLoad: cases over headcount; per FTE over FTE', () => {
    const loads: WorkerLoad[] = [
      { worker: worker({ fte: 0.5 }), amount: 10, value: 10, ownCap: 10 },
      { worker: worker({ fte: 1 }), amount: 20, value: 20, ownCap: 20 },
    ];
    const cases: ViewMeasure = { measure: 'cases', counting: 'children', population: 'everyone' };
    const perFte: ViewMeasure = { ...cases, measure: 'per-fte' };
    expect(groupLoad(loads, cases, 0)).toEqual({
      status: 'ok',
      amount: 30,
      denominator: 2,
      value: 15,
    });
    // 30 / 1.5 = 20.
    expect(groupLoad(loads, perFte, 0)).toEqual({
      status: 'ok',
      amount: 30,
      denominator: 1.5,
      value: 20,
    });
    expect(groupLoad([], perFte, 0)).toEqual({ status: 'empty' });
    expect(groupLoad([], cases, 2)).toEqual({ status: 'no-fte' });
  });
});

describe('weighted points per FTE', () => {
  it('is the ratio of summed points over summed FTE, with example A weights', () => {
    // A: CIN 5 + CP in court (8 + 3) + LAC 7 = 23 points at 0.5 FTE.
    // B: 4 CIN = 20 points at 1.0 FTE. (23 + 20) / 1.5 = 28.67.
    const figures = figuresFor(
      [
        withCases(
          [
            child('child-in-need'),
            child('child-protection', { inCourtProceedings: true }),
            child('looked-after'),
          ],
          { fte: 0.5 },
        ),
        withCases(Array.from({ length: 4 }, () => child('child-in-need'))),
      ],
      settings({ measure: 'points' }),
    );
    const load = okLoad(figures.load);
    expect(load.amount).toBe(43);
    expect(load.denominator).toBe(1.5);
    expect(load.value).toBeCloseTo(28.6667, 4);
    expect(figures.counted.map((entry) => [entry.value, entry.ownCap])).toEqual([
      [46, 100],
      [20, 100],
    ]);
  });

  it('follows the weighting scheme in force', () => {
    // Example B-like numbers: CP 10, court extra 5: one CP child in court = 15 points.
    const heavier: WeightingScheme = {
      ...DEFAULT_WEIGHTING,
      name: 'Heavier',
      points: { ...DEFAULT_WEIGHTING.points, 'child-protection': 10 },
      courtProceedingsExtra: 5,
    };
    const figures = figuresFor(
      [withCases([child('child-protection', { inCourtProceedings: true })])],
      settings({ measure: 'points' }, { weighting: heavier }),
    );
    expect(figures.load).toEqual({ status: 'ok', amount: 15, denominator: 1, value: 15 });
  });
});

// ---------------------------------------------------------------------------
// Caps for a measure and the reference cap
// ---------------------------------------------------------------------------

describe('referenceCapPerFte: what each worker’s own cap is based on', () => {
  it.each<{ name: string; caps: readonly Cap[]; reference: number }>([
    // The top of the 18–20 range.
    { name: 'the Loadline default', caps: builtInPresets.default.caps, reference: 20 },
    {
      name: 'Setting the Bar (a single line)',
      caps: builtInPresets['setting-the-bar'].caps,
      reference: 15,
    },
    // The top of the Napo 17–18 range.
    { name: 'Napo', caps: builtInPresets.napo.caps, reference: 18 },
    { name: 'Cafcass', caps: builtInPresets.cafcass.caps, reference: 20 },
    {
      name: 'lines only: the first',
      caps: [
        { kind: 'line', value: 12, label: 'a' },
        { kind: 'line', value: 22, label: 'b' },
      ],
      reference: 12,
    },
    {
      name: 'a range after a line: the range',
      caps: [
        { kind: 'line', value: 12, label: 'a' },
        { kind: 'range', from: 16, to: 19, label: 'b' },
      ],
      reference: 19,
    },
    { name: 'no caps', caps: [], reference: 0 },
  ])('$name -> $reference', ({ caps: given, reference }) => {
    expect(referenceCapPerFte(given)).toBe(reference);
  });
});

describe('capsForMeasure', () => {
  it('gives points a single capacity line from the weighting scheme', () => {
    const view: ViewMeasure = { measure: 'points', counting: 'children', population: 'everyone' };
    expect(capsForMeasure(caps, view, DEFAULT_WEIGHTING)).toEqual([
      { kind: 'line', value: 100, label: 'full capacity' },
    ]);
    expect(capsForMeasure(caps, view, { ...DEFAULT_WEIGHTING, capacityPerFte: 120 })).toEqual([
      { kind: 'line', value: 120, label: 'full capacity' },
    ]);
  });

  it.each<ViewMeasure['measure']>(['per-fte', 'cases'])(
    'gives %s the caps in force, as a copy',
    (measure) => {
      const view: ViewMeasure = { measure, counting: 'families', population: 'case-holders' };
      const result = capsForMeasure(caps, view, DEFAULT_WEIGHTING);
      expect(result).toEqual([...caps]);
      expect(result).not.toBe(caps);
    },
  );
});
