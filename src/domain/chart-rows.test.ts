import type { Snapshot, Unit, Worker } from '../contract/v1';
import { bandsFromCaps } from './bands';
import { builtInPresets } from './caps';
import { childRows, sortRows, workerRow, type ChartRow } from './chart-rows';
import { buildOrgIndex } from './org-index';

function unit(id: string, parentId: string | null, name: string): Unit {
  return { id, parentId, name, kind: parentId === null ? 'organisation' : 'team' };
}
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

const caps = builtInPresets.default.caps;
const bands = bandsFromCaps(caps);

// org > north > (team-a, team-b); org > south > team-c; org > east (no teams, no workers)
const snapshot: Snapshot = {
  version: 1,
  asAt: '2026-10-31',
  organisation: { id: 'org', name: 'Exampleshire' },
  units: [
    unit('org', null, 'Exampleshire'),
    unit('north', 'org', 'North'),
    unit('team-a', 'north', 'Team A'),
    unit('team-b', 'north', 'Team B'),
    unit('south', 'org', 'South'),
    unit('team-c', 'south', 'Team C'),
    unit('east', 'org', 'East'),
  ],
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
  const rows = childRows(index, 'org', caps, bands);

  it('has one row per child, in order', () => {
    expect(rows.map((row) => row.key)).toEqual(['north', 'south', 'east']);
  });

  it('gives a child its DfE caseload, band and count over the top cap', () => {
    const north = rows[0];
    expect(north).toMatchObject({
      name: 'North',
      value: 17.5,
      cases: 70,
      fte: 4,
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
    { key: 'south', status: 'No FTE recorded for its case holders' },
    { key: 'east', status: 'No case holders' },
  ])('says why $key has no value', ({ key, status }) => {
    const row = rows.find((r) => r.key === key);
    expect(row).toMatchObject({
      value: null,
      band: null,
      counted: false,
      status,
      cases: 0,
      fte: 0,
    });
    expect(row?.detail).toBe('0 case holders');
  });
});

describe('childRows for a team', () => {
  it('has one row per worker, counting case holders only', () => {
    const rows = childRows(index, 'team-b', caps, bands);
    expect(rows.map((row) => row.key)).toEqual(['b1', 'b2', 'b3', 'bm']);
    expect(rows.map((row) => row.counted)).toEqual([true, true, true, false]);
    expect(rows.map((row) => row.band?.label)).toEqual(['20–25', '20–25', '20–25', 'Up to 15']);
    expect(rows[3]?.status).toBe('Not counted: team manager (only case holders are counted)');
    expect(rows[0]?.target).toEqual({ unit: 'team-b', worker: 'b1' });
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
  }>([
    {
      name: 'a part-time ASYE agency case holder',
      worker: worker({ id: 'p', unitId: 't', casesHeld: 12, fte: 0.6, asye: true, agency: true }),
      value: 20,
      band: '20–25',
      counted: true,
      status: null,
      detail: 'Case holder, ASYE, agency',
    },
    {
      name: 'a senior practitioner',
      worker: worker({ id: 's', unitId: 't', casesHeld: 14, fte: 1, role: 'senior-practitioner' }),
      value: 14,
      band: 'Up to 15',
      counted: true,
      status: null,
      detail: 'Senior practitioner',
    },
    {
      name: 'a case holder with no FTE',
      worker: worker({ id: 'z', unitId: 't', casesHeld: 8, fte: 0 }),
      value: null,
      band: null,
      counted: false,
      status: 'Not counted: no FTE recorded',
      detail: 'Case holder',
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
    },
  ])('$name', ({ worker: w, value, band, counted, status, detail }) => {
    const row = workerRow(w, bands);
    if (value === null) expect(row.value).toBeNull();
    else expect(row.value).toBeCloseTo(value, 10);
    expect(row.band?.label ?? null).toBe(band);
    expect(row.counted).toBe(counted);
    expect(row.status).toBe(status);
    expect(row.detail).toBe(detail);
    expect(row.cases).toBe(w.casesHeld);
    expect(row.fte).toBe(w.fte);
    expect(row.overTopCap).toBeNull();
  });
});

describe('sortRows', () => {
  function row(name: string, value: number | null): ChartRow {
    return {
      key: name,
      name,
      value,
      band: null,
      cases: 0,
      fte: 0,
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
