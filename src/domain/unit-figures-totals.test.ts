import fc from 'fast-check';
import type { PublishedValue, Unit, UnitAggregate, Worker } from '../contract/v1';
import { TOTALS_ANSWER_ONE_MEASURE } from './aggregate';
import { bandsFromCaps } from './bands';
import { builtInPresets } from './caps';
import { countingLines, explainOverCap, explainOwnCap, totalsOnlyNote } from './explain';
import { headlineFor } from './headline';
import type { ViewMeasure } from './measure-options';
import { groupLoad, unitFigures, type UnitFigures } from './unit-figures';
import { settings } from '../test/builders';

const caps = builtInPresets.default.caps;
const bands = bandsFromCaps(caps);

const region: Unit = { id: 'region', parentId: null, name: 'Region', kind: 'region' };
function council(name: string, aggregate: Partial<UnitAggregate> = {}): Unit {
  return {
    id: name.toLowerCase().replaceAll(' ', '-'),
    parentId: 'region',
    name,
    kind: 'council',
    aggregate: { cases: 100, caseHolderFte: 10, ...aggregate },
  };
}
function worker(overrides: Partial<Worker> = {}): Worker {
  return {
    id: 'w1',
    unitId: 'team',
    displayName: 'Amira Khan',
    role: 'case-holder',
    asye: false,
    agency: false,
    fte: 1,
    casesHeld: 21,
    ...overrides,
  };
}

function figures(
  units: readonly Unit[],
  workers: readonly Worker[] = [],
  view: Partial<ViewMeasure> = {},
): UnitFigures {
  return unitFigures(workers, [region, ...units], caps, bands, settings(view));
}

function loadValue(result: UnitFigures): number | null {
  return result.load.status === 'ok' ? result.load.value : null;
}

describe('unitFigures with units that send totals in place of workers', () => {
  it('adds their cases and case-holder FTE to one ratio of sums', () => {
    const result = figures([
      council('North', { cases: 150, caseHolderFte: 10 }),
      council('South', { cases: 50, caseHolderFte: 10 }),
    ]);
    // (150 + 50) ÷ (10 + 10) = 10, not the mean of 15 and 5 weighted equally by chance.
    expect(result.load).toEqual({ status: 'ok', amount: 200, denominator: 20, value: 10 });
    expect(result.totalsCounted.map((entry) => entry.unit.name)).toEqual(['North', 'South']);
    expect(result.totalsUnits).toBe(2);
    expect(result.suppressedUnits).toEqual([]);
  });

  it('joins workers and totals in the same sums', () => {
    const result = figures([council('North', { cases: 39, caseHolderFte: 2 })], [worker()]);
    expect(result.load).toEqual({ status: 'ok', amount: 60, denominator: 3, value: 20 });
    // Per-worker figures count the worker only.
    expect(result.counted).toHaveLength(1);
    expect(result.overCaps.map((over) => over.of)).toEqual([1, 1, 1]);
    expect(result.medianLoad).toBe(21);
  });

  it.each<[string, Partial<UnitAggregate>, string]>([
    ['x', { cases: 'x' }, 'cases suppressed (x)'],
    ['u', { caseHolderFte: 'u' }, 'case-holder FTE suppressed (u)'],
    ['z', { cases: 'z', caseHolderFte: 'z' }, 'cases and case-holder FTE suppressed (z)'],
    ['low', { cases: 'low' }, 'cases suppressed (low)'],
    ['null', { caseHolderFte: null }, 'case-holder FTE not known'],
    ['FTE 0', { cases: 12, caseHolderFte: 0 }, 'no case-holder FTE recorded'],
  ])(
    'leaves a unit with %s out of both the cases and the FTE, with the reason',
    (_name, aggregate, reason) => {
      const result = figures([
        council('North', { cases: 150, caseHolderFte: 10 }),
        council('Isles of Scilly', aggregate),
      ]);
      expect(result.load).toEqual({ status: 'ok', amount: 150, denominator: 10, value: 15 });
      expect(result.suppressedUnits.map((entry) => [entry.unit.name, entry.reason])).toEqual([
        ['Isles of Scilly', reason],
      ]);
    },
  );

  it('says "not known", never NaN or 0, when every unit is suppressed', () => {
    const result = figures([council('North', { cases: 'x', caseHolderFte: 'x' })]);
    expect(result.load).toEqual({ status: 'no-fte' });
    expect(result.suppressedUnits).toHaveLength(1);
    expect(JSON.stringify(result)).not.toMatch(/NaN|Infinity/);
  });

  it.each<Partial<ViewMeasure>>([
    { population: 'everyone' },
    { counting: 'families' },
    { measure: 'cases' },
    { measure: 'points' },
  ])('leaves totals out of a measure they cannot answer (%j), and lists them', (view) => {
    const result = figures([council('North')], [worker()], view);
    expect(result.totalsCounted).toEqual([]);
    expect(result.suppressedUnits.map((entry) => entry.reason)).toEqual([
      TOTALS_ANSWER_ONE_MEASURE,
    ]);
  });

  it('counts totals in the side-by-side figure when that one is for case holders', () => {
    const result = figures([council('North', { cases: 180, caseHolderFte: 10 })], [], {
      population: 'everyone',
    });
    expect(result.load).toEqual({ status: 'no-fte' });
    expect(result.otherPopulationLoad).toEqual({
      status: 'ok',
      amount: 180,
      denominator: 10,
      value: 18,
    });
  });

  it('adds known vacancies and unallocated cases from totals, and names the unknown ones', () => {
    const team: Unit = { id: 'team', parentId: 'region', name: 'Team', kind: 'team', vacantFte: 1 };
    const result = figures(
      [
        team,
        council('North', { vacantFte: 2.5, unallocatedCases: 7 }),
        council('South', { vacantFte: 'x', unallocatedCases: null }),
      ],
      [worker()],
    );
    expect(result.vacantFte).toBe(3.5);
    expect(result.unallocatedCases).toBe(7);
    expect(result.unknownTotals.map((entry) => [entry.unit.name, entry.reason])).toEqual([
      ['South', 'vacant FTE suppressed (x); unallocated cases not known'],
    ]);
    // (21 + 200 + 7) ÷ (1 + 20): unallocated cases go to the same denominator.
    expect(result.ifUnallocatedAllocated).toBeCloseTo(228 / 21);
  });

  it('keeps the vacancies of a unit left out of the load out of the "if filled" figure', () => {
    const result = figures([
      council('North', { cases: 150, caseHolderFte: 10, vacantFte: 5 }),
      council('South', { cases: 'u', caseHolderFte: 'u', vacantFte: 278, unallocatedCases: 9 }),
    ]);
    expect(result.vacantFte).toBe(283);
    expect(result.vacantFteInLoad).toBe(5);
    expect(result.ifVacanciesFilled).toBe(10);
    expect(result.unallocatedCases).toBe(9);
    expect(result.unallocatedInLoad).toBeNull();
    expect(result.ifUnallocatedAllocated).toBeNull();
  });

  it('takes agency share as agency FTE ÷ (agency + in-post FTE), as DfE does', () => {
    const result = figures(
      [
        council('North', { agencyFte: 2, inPostFte: 8, headcount: 9 }),
        council('South', { agencyFte: 'low', inPostFte: 20, headcount: 22 }),
      ],
      [worker({ agency: true })],
    );
    expect(result.agencyFte).toBe(3);
    expect(result.agencyBaseFte).toBe(11);
    // The Workers tile: the worker's FTE plus in-post FTE from totals, as their headcount is.
    expect(result.totalFte).toBe(29);
    expect(result.agencyShareOfFte).toBeCloseTo(3 / 11);
    expect(result.agencyTotalsLeftOut).toBe(1);
    expect(result.publishedHeadcount).toBe(31);
    expect(result.headcount).toBe(32);
  });

  it('leaves units without totals exactly as before', () => {
    const plain = unitFigures([worker()], [region], caps, bands, settings());
    expect(plain.totalsUnits).toBe(0);
    expect(plain.publishedHeadcount).toBeNull();
    expect(plain.headcount).toBe(1);
    expect(plain.load).toEqual({ status: 'ok', amount: 21, denominator: 1, value: 21 });
  });
});

describe('groupLoad with totals', () => {
  it('ignores totals for cases held per worker, which they cannot answer', () => {
    const totals = [{ unit: council('North'), cases: 100, fte: 10 }];
    expect(groupLoad([], { ...settings().view, measure: 'cases' }, 0, totals)).toEqual({
      status: 'empty',
    });
    expect(groupLoad([], settings().view, 0, totals)).toEqual({
      status: 'ok',
      amount: 100,
      denominator: 10,
      value: 10,
    });
  });
});

describe('a suppressed council never changes the caseload (property)', () => {
  const known = fc.record({
    cases: fc.integer({ min: 0, max: 5_000 }),
    caseHolderFte: fc.double({ min: 0.1, max: 500, noNaN: true }),
  });
  const unknown: fc.Arbitrary<PublishedValue> = fc.constantFrom('x', 'u', 'z', 'low', null);
  const suppressed = fc.oneof(
    fc.record({ cases: unknown, caseHolderFte: fc.double({ min: 0, max: 500, noNaN: true }) }),
    fc.record({ cases: fc.integer({ min: 0, max: 5_000 }), caseHolderFte: unknown }),
    fc.record({ cases: unknown, caseHolderFte: unknown }),
  );

  it('adding it leaves the load as it was and names it', () => {
    fc.assert(
      fc.property(
        fc.array(known, { minLength: 0, maxLength: 12 }),
        suppressed,
        fc.nat(),
        (councils, extra, at) => {
          const units = councils.map((aggregate, i) => council(`Council ${i}`, aggregate));
          const before = figures(units);
          const position = units.length === 0 ? 0 : at % (units.length + 1);
          const withExtra = [...units];
          withExtra.splice(position, 0, council('Suppressed', extra));
          const after = figures(withExtra);
          expect(loadValue(after)).toBe(loadValue(before));
          expect(after.load.status === 'ok' ? after.load.amount : null).toBe(
            before.load.status === 'ok' ? before.load.amount : null,
          );
          expect(after.suppressedUnits.map((entry) => entry.unit.name)).toContain('Suppressed');
        },
      ),
    );
  });
});

describe('words for totals: headline and explanations', () => {
  const totalsOnly = figures([
    council('North', { cases: 150, caseHolderFte: 10 }),
    council('Isles of Scilly', { cases: 'x', caseHolderFte: 'x' }),
  ]);
  const mixed = figures([council('North')], [worker()]);

  it('gives the load from totals and says no one is compared with the caps', () => {
    expect(headlineFor('Region', totalsOnly)).toBe(
      'Region: 15.0 cases per FTE, from the totals of 1 of 2 units (the rest are left out: see the notes). Totals do not say how each case holder’s load falls, so no one is compared with the caps.',
    );
  });

  it('says why there is no load when totals cannot be counted', () => {
    const suppressed = figures([council('Birmingham', { cases: 'u', caseHolderFte: 'u' })]);
    expect(headlineFor('Birmingham', suppressed)).toBe(
      'Birmingham has totals only, and they cannot be counted here (cases and case-holder FTE suppressed (u)), so there is no load to show.',
    );
    const otherMeasure = figures([council('North')], [], { measure: 'points' });
    expect(headlineFor('Region', otherMeasure)).toMatch(
      /\(published totals give cases per FTE of case holders only\)/,
    );
    expect(headlineFor('Region', otherMeasure)).not.toMatch(/NaN|undefined/);
  });

  it('says when totals are not in the counts of a mixed unit', () => {
    expect(headlineFor('Region', mixed)).toMatch(
      /1 unit with totals only is not in these counts\.$/,
    );
  });

  it('explains totals in the load and the units left out of both sides', () => {
    expect(countingLines(totalsOnly)).toEqual([
      'Counted: case holders only (DfE rule), 0 workers.',
      'Also counted: totals for 1 unit that sends no workers, their cases and case-holder FTE added to the sums.',
      'Left out of both sides of the sum: Isles of Scilly (cases and case-holder FTE suppressed (x)).',
    ]);
  });

  it('says totals are in the caseload but not in the per-worker figures', () => {
    expect(totalsOnlyNote(mixed)).toBe(
      '1 unit reports totals only; it is in the caseload but not in the per-worker figures.',
    );
    const over = mixed.overCaps[0]!;
    expect(explainOverCap(over, mixed)).toContain(totalsOnlyNote(mixed));
    expect(explainOwnCap(mixed, 'rule')).toContain(totalsOnlyNote(mixed));
    expect(totalsOnlyNote(totalsOnly)).toBe(
      '2 units report totals only; they are in the caseload where their totals are known but not in the per-worker figures.',
    );
  });
});
