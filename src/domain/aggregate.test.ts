import type { PublishedValue, Unit, UnitAggregate } from '../contract/v1';
import {
  agencyFromTotals,
  knownValue,
  sumOfTotals,
  totalsAnswer,
  totalsForView,
  totalsProblem,
  totalsStatus,
  TOTALS_ANSWER_ONE_MEASURE,
  unknownOtherTotals,
  unknownReason,
} from './aggregate';
import { DEFAULT_VIEW_MEASURE, type ViewMeasure } from './measure-options';

function council(id: string, aggregate: Partial<UnitAggregate>): Unit {
  return {
    id,
    parentId: 'region',
    name: id,
    kind: 'council',
    aggregate: { cases: 100, caseHolderFte: 10, ...aggregate },
  };
}

const MARKERS = ['x', 'u', 'z', 'low'] as const;

describe('knownValue and unknownReason: unknown is never zero', () => {
  it.each<[PublishedValue | undefined, number | null]>([
    [12, 12],
    [0, 0],
    [null, null],
    [undefined, null],
    ...MARKERS.map((marker): [PublishedValue, null] => [marker, null]),
  ])('%j reads as %j', (value, expected) => {
    expect(knownValue(value)).toBe(expected);
  });

  it.each<[PublishedValue | undefined, string]>([
    ['x', 'cases suppressed (x)'],
    ['low', 'cases suppressed (low)'],
    [null, 'cases not known'],
    [undefined, 'cases not known'],
  ])('%j gives the reason "%s"', (value, reason) => {
    expect(unknownReason('cases', value)).toBe(reason);
  });
});

describe('totalsProblem: why totals cannot enter the caseload', () => {
  it.each<[string, Partial<UnitAggregate>, string | null]>([
    ['known totals', {}, null],
    ['cases suppressed', { cases: 'x' }, 'cases suppressed (x)'],
    ['FTE of low reliability', { caseHolderFte: 'u' }, 'case-holder FTE suppressed (u)'],
    ['FTE not known', { caseHolderFte: null }, 'case-holder FTE not known'],
    [
      'both with one marker',
      { cases: 'z', caseHolderFte: 'z' },
      'cases and case-holder FTE suppressed (z)',
    ],
    ['both unknown', { cases: null, caseHolderFte: null }, 'cases and case-holder FTE not known'],
    [
      'two different reasons',
      { cases: 'low', caseHolderFte: null },
      'cases suppressed (low); case-holder FTE not known',
    ],
    ['FTE of zero', { cases: 4, caseHolderFte: 0 }, 'no case-holder FTE recorded'],
  ])('%s', (_name, aggregate, expected) => {
    expect(totalsProblem({ cases: 100, caseHolderFte: 10, ...aggregate })).toBe(expected);
  });
});

describe('totalsStatus: the words in a unit row', () => {
  it.each<[Partial<UnitAggregate>, string | null]>([
    [{}, null],
    [{ cases: 'x', caseHolderFte: 'x' }, 'Suppressed in the published table (x)'],
    [{ cases: 'u', caseHolderFte: 'x' }, 'Suppressed in the published table (u, x)'],
    [{ cases: null }, 'Cases not known'],
    [{ caseHolderFte: 0 }, 'No case-holder FTE recorded'],
  ])('%j: %s', (aggregate, expected) => {
    expect(totalsStatus({ cases: 100, caseHolderFte: 10, ...aggregate })).toBe(expected);
  });
});

describe('totalsAnswer: totals give cases per FTE of case holders, counting children, only', () => {
  it.each<[Partial<ViewMeasure>, boolean]>([
    [{}, true],
    [{ population: 'everyone' }, false],
    [{ counting: 'families' }, false],
    [{ measure: 'cases' }, false],
    [{ measure: 'points' }, false],
  ])('%j: %s', (view, expected) => {
    expect(totalsAnswer({ ...DEFAULT_VIEW_MEASURE, ...view })).toBe(expected);
  });
});

describe('totalsForView', () => {
  const units: Unit[] = [
    { id: 'region', parentId: null, name: 'Region', kind: 'region' },
    council('a', { cases: 150, caseHolderFte: 10 }),
    council('b', { cases: 'x', caseHolderFte: 'x' }),
    council('c', { cases: 90, caseHolderFte: null }),
  ];

  it('counts the known totals and names each unit left out with its reason', () => {
    const { counted, suppressed } = totalsForView(units, DEFAULT_VIEW_MEASURE);
    expect(counted.map((entry) => [entry.unit.id, entry.cases, entry.fte])).toEqual([
      ['a', 150, 10],
    ]);
    expect(suppressed.map((entry) => [entry.unit.id, entry.reason])).toEqual([
      ['b', 'cases and case-holder FTE suppressed (x)'],
      ['c', 'case-holder FTE not known'],
    ]);
  });

  it('leaves every unit with totals out of a measure they cannot answer, saying so', () => {
    const { counted, suppressed } = totalsForView(units, {
      ...DEFAULT_VIEW_MEASURE,
      population: 'everyone',
    });
    expect(counted).toEqual([]);
    expect(suppressed.map((entry) => entry.reason)).toEqual([
      TOTALS_ANSWER_ONE_MEASURE,
      TOTALS_ANSWER_ONE_MEASURE,
      TOTALS_ANSWER_ONE_MEASURE,
    ]);
  });
});

describe('the other totals: headcount, agency, vacancies, unallocated cases', () => {
  const units = [
    council('a', { headcount: 20, inPostFte: 18, agencyFte: 2, vacantFte: 3, unallocatedCases: 5 }),
    council('b', { headcount: 'x', inPostFte: 30, agencyFte: 'low', vacantFte: null }),
    council('c', {}),
  ];

  it('adds only the values given as numbers', () => {
    expect(sumOfTotals(units, 'headcount')).toBe(20);
    expect(sumOfTotals(units, 'vacantFte')).toBe(3);
    expect(sumOfTotals(units, 'unallocatedCases')).toBe(5);
    expect(sumOfTotals([council('d', {})], 'vacantFte')).toBeNull();
  });

  it('takes agency FTE over agency plus in-post FTE, leaving out units missing either', () => {
    expect(agencyFromTotals(units)).toEqual({ agencyFte: 2, allFte: 20, counted: 1, leftOut: 2 });
  });

  it('names the unknown and suppressed values, not the ones never sent', () => {
    expect(unknownOtherTotals(units).map((entry) => [entry.unit.id, entry.reason])).toEqual([
      ['b', 'headcount suppressed (x); agency FTE suppressed (low); vacant FTE not known'],
    ]);
  });
});
