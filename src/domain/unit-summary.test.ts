import type { Unit, Worker } from '../contract/v1';
import { builtInPresets } from './caps';
import { summariseUnit } from './unit-summary';

let nextId = 1;
function worker(overrides: Partial<Worker> = {}): Worker {
  const id = `w${nextId++}`;
  return {
    id,
    unitId: 'team',
    displayName: `Worker ${id}`,
    role: 'case-holder',
    asye: false,
    agency: false,
    fte: 1,
    casesHeld: 18,
    ...overrides,
  };
}
function unit(overrides: Partial<Unit> & Pick<Unit, 'id'>): Unit {
  return { parentId: 'org', name: overrides.id, kind: 'team', ...overrides };
}

const caps = builtInPresets.default.caps;

describe('summariseUnit', () => {
  it('summarises case holders against the caps, keeping managers in headcount only', () => {
    const workers = [
      worker({ casesHeld: 10, fte: 1 }), // 10
      worker({ casesHeld: 12, fte: 0.6 }), // 20
      worker({ casesHeld: 26, fte: 1 }), // 26
      worker({ role: 'senior-practitioner', casesHeld: 8, fte: 0.5 }), // 16
      worker({ role: 'team-manager', casesHeld: 2, fte: 1 }), // not counted
      worker({ casesHeld: 6, fte: 0 }), // excluded: no FTE
    ];
    const summary = summariseUnit(workers, [unit({ id: 'team' })], caps);

    // (10 + 12 + 26 + 8) / (1 + 0.6 + 1 + 0.5) = 56 / 3.1 = 18.0645...
    expect(summary.ratio.status).toBe('ok');
    expect(summary.ratio.cases).toBe(56);
    expect(summary.ratio.fte).toBeCloseTo(3.1, 10);
    expect(summary.ratio.status === 'ok' ? summary.ratio.value : NaN).toBeCloseTo(18.0645, 4);

    expect(summary.loads).toHaveLength(4);
    [10, 20, 26, 16].forEach((load, i) => expect(summary.loads[i]).toBeCloseTo(load, 10));
    // Sorted loads 10, 16, 20, 26: median (16 + 20) / 2 = 18.
    expect(summary.medianLoad).toBeCloseTo(18, 10);
    expect(summary.highestLoad).toBe(26);

    // 15+: 20, 26, 16 = 3 of 4. 20+: 20, 26 = 2 of 4. 25+: 26 = 1 of 4.
    expect(
      summary.overCaps.map(({ threshold, count, of, share }) => [threshold, count, of, share]),
    ).toEqual([
      [15, 3, 4, 0.75],
      [20, 2, 4, 0.5],
      [25, 1, 4, 0.25],
    ]);

    expect(summary.counted).toHaveLength(4);
    expect(summary.excluded).toHaveLength(1);
    expect(summary.notCaseHolders).toHaveLength(1);
    expect(summary.headcount).toBe(6);
    // Every worker's FTE: 1 + 0.6 + 1 + 0.5 + 1 + 0 = 4.1.
    expect(summary.totalFte).toBeCloseTo(4.1, 10);
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
    const summary = summariseUnit([worker()], units, caps);
    expect(summary.unallocatedCases).toBe(unallocated);
    expect(summary.vacantFte).toBe(vacant);
  });

  it('has no NaN and no values when there are no workers', () => {
    const summary = summariseUnit([], [], caps);
    expect(summary.ratio).toEqual({ status: 'empty', cases: 0, fte: 0 });
    expect(summary.loads).toEqual([]);
    expect(summary.medianLoad).toBeNull();
    expect(summary.highestLoad).toBeNull();
    expect(summary.overCaps.map((count) => count.share)).toEqual([null, null, null]);
    expect(summary.headcount).toBe(0);
    expect(summary.totalFte).toBe(0);
    expect(summary.unallocatedCases).toBeNull();
    expect(summary.vacantFte).toBeNull();
  });

  it('has no loads when the only case holders have no FTE', () => {
    const summary = summariseUnit([worker({ casesHeld: 9, fte: 0 })], [], caps);
    expect(summary.ratio.status).toBe('no-fte');
    expect(summary.loads).toEqual([]);
    expect(summary.highestLoad).toBeNull();
    expect(summary.medianLoad).toBeNull();
  });
});
