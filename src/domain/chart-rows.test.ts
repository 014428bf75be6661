import type { CaseDetail, Snapshot, Unit, Worker } from '../contract/v1';
import { bandsFromCaps } from './bands';
import { builtInPresets } from './caps';
import { childRows, sortRows, workerRow, type ChartRow } from './chart-rows';
import type { ViewMeasure } from './measure-options';
import { buildOrgIndex } from './org-index';
import { capsForMeasure } from './unit-figures';
import { DEFAULT_WEIGHTING } from './weighting';
import { exampleshireUnits, settings, unit } from '../test/builders';

function worker(overrides: Partial<Worker> & Pick<Worker, 'id' | 'unitId'>): Worker {
  return {
    displayName: `Worker ${overrides.id}`,
    role: 'case-holder',
    asye: false,
    agency: false,
    fte: 1,
    casesHeld: 18,
    ...overrides,
  };
}

/** LoadSettings with example A weighting, the default ASYE rule (0.6 of FTE) and reference 20. */
function details(count: number, siblingGroupId?: string): CaseDetail[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${siblingGroupId ?? 'c'}-${i}`,
    type: 'child-in-need' as const,
    inCourtProceedings: false,
    allocatedOn: '2026-05-01',
    ...(siblingGroupId ? { siblingGroupId } : {}),
  }));
}

const caps = builtInPresets.default.caps;
const bands = bandsFromCaps(caps);

// org > north > (team-a, team-b); org > south > team-c; org > east (no teams, no workers)
const snapshot: Snapshot = {
  version: 1,
  asAt: '2026-10-31',
  organisation: { id: 'org', name: 'Exampleshire' },
  units: exampleshireUnits(),
  workers: [
    // Team A: 10 / 1.0. Team B: 60 / 3.0 plus a manager. North = 70 / 4.0 = 17.5.
    worker({ id: 'a1', unitId: 'team-a', casesHeld: 10 }),
    worker({ id: 'b1', unitId: 'team-b', casesHeld: 20, displayName: 'Bea' }),
    worker({ id: 'b2', unitId: 'team-b', casesHeld: 20, displayName: 'Ade' }),
    worker({ id: 'b3', unitId: 'team-b', casesHeld: 20, displayName: 'Cal' }),
    worker({ id: 'bm', unitId: 'team-b', casesHeld: 3, role: 'team-manager', displayName: 'Max' }),
    // Team C: its only case holder has no FTE.
    worker({ id: 'c1', unitId: 'team-c', casesHeld: 8, fte: 0 }),
  ],
};
const index = buildOrgIndex(snapshot);

describe('childRows for a unit with child units', () => {
  const rows = childRows(index, 'org', caps, bands, settings());

  it('has one row per child, in order', () => {
    expect(rows.map((row) => row.key)).toEqual(['north', 'south', 'east']);
  });

  it('gives a child its DfE caseload, band and count over the top cap', () => {
    const north = rows[0];
    expect(north).toMatchObject({
      name: 'North',
      value: 17.5,
      amount: 70,
      fte: 4,
      // Own caps belong to workers, not units.
      ownCap: null,
      overOwnCap: null,
      counted: true,
      status: null,
      detail: '4 case holders',
      // Top cap 25: no one at 25+ of the 4 case holders.
      overTopCap: { count: 0, of: 4 },
      target: { unit: 'north' },
    });
    expect(north?.band?.label).toBe('15–18');
  });

  it.each([
    { key: 'south', status: 'No case holder with a known load' },
    { key: 'east', status: 'No case holders' },
  ])('says why $key has no value', ({ key, status }) => {
    const row = rows.find((r) => r.key === key);
    expect(row).toMatchObject({
      value: null,
      band: null,
      counted: false,
      status,
      // Unknown, not zero: the table shows a dash.
      amount: null,
      fte: 0,
    });
    expect(row?.detail).toBe('0 case holders');
  });
});

describe('childRows at national scale', () => {
  it('writes counts over 999 with a thousands separator, as the figures do', () => {
    const big = buildOrgIndex({
      ...snapshot,
      units: [unit('org', null, 'England'), unit('region', 'org', 'Region')],
      workers: Array.from({ length: 1234 }, (_, i) => worker({ id: `w${i}`, unitId: 'region' })),
    });
    expect(childRows(big, 'org', caps, bands, settings())[0]?.detail).toBe('1,234 case holders');
  });
});

describe('childRows for a unit with child units, everyone counted', () => {
  const rows = childRows(index, 'org', caps, bands, settings({ population: 'everyone' }));

  it('adds the manager: North is (70 + 3) / (4.0 + 1.0) = 14.6', () => {
    const north = rows[0];
    expect(north).toMatchObject({ amount: 73, fte: 5, detail: '5 workers', status: null });
    expect(north?.value).toBeCloseTo(14.6, 10);
    expect(north?.band?.label).toBe('Up to 15');
  });

  it.each([
    { key: 'south', status: 'No worker with a known load' },
    { key: 'east', status: 'No workers' },
  ])('says why $key has no value, in the words of the population', ({ key, status }) => {
    expect(rows.find((r) => r.key === key)).toMatchObject({ value: null, status, counted: false });
  });
});

describe('childRows for a team', () => {
  it('has one row per worker, counting case holders only', () => {
    const rows = childRows(index, 'team-b', caps, bands, settings());
    expect(rows.map((row) => row.key)).toEqual(['b1', 'b2', 'b3', 'bm']);
    expect(rows.map((row) => row.counted)).toEqual([true, true, true, false]);
    expect(rows.map((row) => row.band?.label)).toEqual(['20–25', '20–25', '20–25', 'Up to 15']);
    expect(rows[3]?.status).toBe('Not counted: team manager (only case holders are counted)');
    expect(rows[0]?.target).toEqual({ unit: 'team-b', worker: 'b1' });
    // 20 per FTE against an own cap of 20: at it. The manager has no own cap shown.
    expect(rows.map((row) => row.ownCap)).toEqual([20, 20, 20, null]);
    expect(rows.map((row) => row.overOwnCap)).toEqual([true, true, true, null]);
  });

  it('counts the manager, with an own cap, when everyone is counted', () => {
    const rows = childRows(index, 'team-b', caps, bands, settings({ population: 'everyone' }));
    expect(rows.map((row) => row.counted)).toEqual([true, true, true, true]);
    expect(rows[3]).toMatchObject({ status: null, value: 3, ownCap: 20, overOwnCap: false });
  });
});

describe('workerRow', () => {
  it.each<{
    name: string;
    worker: Worker;
    value: number | null;
    band: string | null;
    counted: boolean;
    status: string | null;
    detail: string;
    ownCap: number | null;
    overOwnCap: boolean | null;
  }>([
    {
      name: 'a part-time ASYE agency case holder',
      worker: worker({ id: 'p', unitId: 't', casesHeld: 12, fte: 0.6, asye: true, agency: true }),
      value: 20,
      band: '20–25',
      counted: true,
      status: null,
      detail: 'Case holder, ASYE, agency',
      // ASYE: 20 x 0.6 = 12 per FTE; 20.0 per FTE is over it.
      ownCap: 12,
      overOwnCap: true,
    },
    {
      name: 'a senior practitioner',
      worker: worker({ id: 's', unitId: 't', casesHeld: 14, fte: 1, role: 'senior-practitioner' }),
      value: 14,
      band: 'Up to 15',
      counted: true,
      status: null,
      detail: 'Senior practitioner',
      ownCap: 20,
      overOwnCap: false,
    },
    {
      name: 'a case holder with no FTE',
      worker: worker({ id: 'z', unitId: 't', casesHeld: 8, fte: 0 }),
      value: null,
      band: null,
      counted: false,
      status: 'Not counted: no FTE recorded',
      detail: 'Case holder',
      ownCap: null,
      overOwnCap: null,
    },
    {
      name: 'a qualified worker without cases',
      worker: worker({
        id: 'q',
        unitId: 't',
        casesHeld: 0,
        fte: 1,
        role: 'qualified-without-cases',
      }),
      value: 0,
      band: 'Up to 15',
      counted: false,
      status: 'Not counted: qualified, without cases (only case holders are counted)',
      detail: 'Qualified, without cases',
      ownCap: null,
      overOwnCap: null,
    },
  ])('$name', ({ worker: w, value, band, counted, status, detail, ownCap, overOwnCap }) => {
    const row = workerRow(w, bands, settings());
    if (value === null) expect(row.value).toBeNull();
    else expect(row.value).toBeCloseTo(value, 10);
    expect(row.band?.label ?? null).toBe(band);
    expect(row.counted).toBe(counted);
    expect(row.status).toBe(status);
    expect(row.detail).toBe(detail);
    expect(row.amount).toBe(w.casesHeld);
    expect(row.fte).toBe(w.fte);
    expect(row.ownCap).toBe(ownCap);
    expect(row.overOwnCap).toBe(overOwnCap);
    expect(row.overTopCap).toBeNull();
  });

  it.each<{
    name: string;
    worker: Worker;
    view: Partial<ViewMeasure>;
    amount: number;
    value: number;
    ownCap: number;
    overOwnCap: boolean;
  }>([
    {
      // 12 cases against 20 x 0.6 = 12 cases: at it.
      name: 'cases held: a part-timer against their cap in cases',
      worker: worker({ id: 'p', unitId: 't', casesHeld: 12, fte: 0.6 }),
      view: { measure: 'cases' },
      amount: 12,
      value: 12,
      ownCap: 12,
      overOwnCap: true,
    },
    {
      // 5 children, 3 in one sibling group: 3 families at 1.0 FTE.
      name: 'families per FTE',
      worker: worker({
        id: 'f',
        unitId: 't',
        casesHeld: 5,
        caseDetails: [...details(3, 'g1'), ...details(2)],
      }),
      view: { counting: 'families' },
      amount: 3,
      value: 3,
      ownCap: 20,
      overOwnCap: false,
    },
    {
      // 18 CIN x 5 = 90 points at 0.8 FTE = 112.5 per FTE: over the capacity of 100.
      name: 'weighted points per FTE',
      worker: worker({ id: 'x', unitId: 't', casesHeld: 18, fte: 0.8, caseDetails: details(18) }),
      view: { measure: 'points' },
      amount: 90,
      value: 112.5,
      ownCap: 100,
      overOwnCap: true,
    },
  ])('$name', ({ worker: w, view, amount, value, ownCap, overOwnCap }) => {
    const loadSettings = settings(view);
    const measureCaps = capsForMeasure(caps, loadSettings.view, DEFAULT_WEIGHTING);
    const row = workerRow(w, bandsFromCaps(measureCaps), loadSettings);
    expect(row).toMatchObject({ amount, ownCap, overOwnCap, counted: true, status: null });
    expect(row.value).toBeCloseTo(value, 10);
  });

  it('puts the worker’s points, not their number of children, in the points column when FTE is 0', () => {
    // 8 children in need x 5 points = 40 points. The worker has no FTE, so no value, but the
    // table's “Points” column shows `amount`: it must not show the 8 children as 8 points.
    const w = worker({ id: 'z', unitId: 't', casesHeld: 8, fte: 0, caseDetails: details(8) });
    const row = workerRow(w, bands, settings({ measure: 'points' }));
    expect(row.status).toBe('Not counted: no FTE recorded');
    expect(row.value).toBeNull();
    expect(row.amount).toBe(40);
  });
});

describe('sortRows', () => {
  function row(name: string, value: number | null): ChartRow {
    return {
      key: name,
      name,
      value,
      band: null,
      amount: 0,
      fte: 0,
      ownCap: null,
      overOwnCap: null,
      counted: value !== null,
      status: null,
      detail: '',
      overTopCap: null,
      target: { unit: name },
    };
  }
  const rows = [
    row('Cal', 12),
    row('ade', null),
    row('Bea', 20),
    row('Dee', 12),
    row('Abe', null),
    row('Eve', 25),
  ];

  it.each([
    { order: 'load' as const, names: ['Eve', 'Bea', 'Cal', 'Dee', 'Abe', 'ade'] },
    { order: 'name' as const, names: ['Abe', 'ade', 'Bea', 'Cal', 'Dee', 'Eve'] },
  ])('by $order', ({ order, names }) => {
    expect(sortRows(rows, order).map((r) => r.name)).toEqual(names);
  });

  it('does not reorder the list it is given', () => {
    const before = rows.map((r) => r.name);
    sortRows(rows, 'load');
    expect(rows.map((r) => r.name)).toEqual(before);
  });
});

describe('childRows for units that send totals in place of workers', () => {
  function council(id: string, name: string, aggregate: Unit['aggregate']): Unit {
    return { id, parentId: 'west', name, kind: 'council', aggregate };
  }
  const published = buildOrgIndex({
    version: 1,
    asAt: '2024-09-30',
    organisation: { id: 'england', name: 'England' },
    units: [
      { id: 'england', parentId: null, name: 'England', kind: 'organisation' },
      { id: 'west', parentId: 'england', name: 'West', kind: 'region' },
      council('c1', 'Dudley', { cases: 150, caseHolderFte: 10 }),
      council('c2', 'Birmingham', { cases: 'u', caseHolderFte: 'u' }),
      council('c3', 'Walsall', { cases: 90, caseHolderFte: null }),
    ],
    workers: [],
  });

  it('gives a council row its own cases ÷ case-holder FTE', () => {
    const [dudley] = childRows(published, 'west', caps, bands, settings());
    expect(dudley).toMatchObject({
      name: 'Dudley',
      value: 15,
      amount: 150,
      fte: 10,
      counted: true,
      status: null,
      detail: 'Totals only',
      // Totals say nothing about single workers.
      overTopCap: null,
    });
  });

  it.each([
    ['c2', 'Suppressed in the published table (u)'],
    ['c3', 'Case-holder FTE not known'],
  ])('gives %s no value, with the reason in words', (key, status) => {
    const row = childRows(published, 'west', caps, bands, settings()).find((r) => r.key === key);
    expect(row).toMatchObject({ value: null, band: null, amount: null, counted: false, status });
  });

  it('says what a region row leaves out', () => {
    const [west] = childRows(published, 'england', caps, bands, settings());
    expect(west).toMatchObject({
      value: 15,
      detail: 'Totals for 1 of 3 units',
      status: 'Leaves out 2 units with totals (see the notes)',
    });
  });

  it('says that totals cannot answer another measure', () => {
    const [dudley] = childRows(
      published,
      'west',
      caps,
      bands,
      settings({ population: 'everyone' }),
    );
    expect(dudley).toMatchObject({
      value: null,
      counted: false,
      status: 'Published totals give cases per FTE of case holders only',
    });
  });
});
