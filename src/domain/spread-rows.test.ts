import type { CaseDetail, Snapshot, Worker } from '../contract/v1';
import { bandsFromCaps } from './bands';
import { builtInPresets } from './caps';
import { buildOrgIndex } from './org-index';
import { childRows, sortRows } from './chart-rows';
import { inOrderOf, spreadRows, type SpreadRow } from './spread-rows';
import { capsForMeasure } from './unit-figures';
import { DEFAULT_WEIGHTING } from './weighting';
import { exampleshireUnits, settings } from '../test/builders';

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
function details(count: number, type: CaseDetail['type']): CaseDetail[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${type}-${i}`,
    type,
    inCourtProceedings: false,
    allocatedOn: '2026-04-01',
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
    // Team A: 10 (up to 15), 16 (15–18), 12 at 0.6 = 20 (20–25).
    worker({ id: 'a1', unitId: 'team-a', casesHeld: 10 }),
    worker({ id: 'a2', unitId: 'team-a', casesHeld: 16 }),
    worker({ id: 'a3', unitId: 'team-a', casesHeld: 12, fte: 0.6 }),
    // Team B: 19 (18–20), 26 (25 and over), a manager with 3 (up to 15, if counted).
    worker({ id: 'b1', unitId: 'team-b', casesHeld: 19 }),
    worker({ id: 'b2', unitId: 'team-b', casesHeld: 26, caseDetails: details(26, 'looked-after') }),
    worker({ id: 'bm', unitId: 'team-b', casesHeld: 3, role: 'team-manager' }),
    // Team C: its only case holder has no FTE.
    worker({ id: 'c1', unitId: 'team-c', casesHeld: 8, fte: 0 }),
  ],
};
const index = buildOrgIndex(snapshot);

function countsByKey(rows: readonly SpreadRow[]) {
  return rows.map((row) => [row.key, row.name, row.counts, row.total]);
}

describe('spreadRows', () => {
  it('has one row per child unit with its counted workers in each band (case holders)', () => {
    // Bands: up to 15, 15–18, 18–20 target range, 20–25, 25 and over.
    expect(countsByKey(spreadRows(index, 'org', caps, bands, settings()))).toEqual([
      ['north', 'North', [1, 1, 1, 1, 1], 5],
      ['south', 'South', [0, 0, 0, 0, 0], 0],
      ['east', 'East', [0, 0, 0, 0, 0], 0],
    ]);
  });

  it('adds the manager to the calmest band when everyone is counted', () => {
    expect(
      countsByKey(spreadRows(index, 'org', caps, bands, settings({ population: 'everyone' }))),
    ).toEqual([
      ['north', 'North', [2, 1, 1, 1, 1], 6],
      ['south', 'South', [0, 0, 0, 0, 0], 0],
      ['east', 'East', [0, 0, 0, 0, 0], 0],
    ]);
  });

  it('gives an area one row per team', () => {
    expect(countsByKey(spreadRows(index, 'north', caps, bands, settings()))).toEqual([
      ['team-a', 'Team A', [1, 1, 0, 1, 0], 3],
      ['team-b', 'Team B', [0, 0, 1, 0, 1], 2],
    ]);
  });

  it('gives a team one row for itself', () => {
    expect(countsByKey(spreadRows(index, 'team-b', caps, bands, settings()))).toEqual([
      ['team-b', 'Team B', [0, 0, 1, 0, 1], 2],
    ]);
  });

  it('counts only the workers with a known load under points, against capacity bands', () => {
    const pointsSettings = settings({ measure: 'points' });
    const pointCaps = capsForMeasure(caps, pointsSettings.view, DEFAULT_WEIGHTING);
    // Only b2 has case detail: 26 looked-after children x 7 = 182 points at 1.0: 100 and over.
    expect(
      countsByKey(spreadRows(index, 'north', pointCaps, bandsFromCaps(pointCaps), pointsSettings)),
    ).toEqual([
      ['team-a', 'Team A', [0, 0], 0],
      ['team-b', 'Team B', [0, 1], 1],
    ]);
  });
});

describe('spreadRows for units that send totals', () => {
  it('counts them in totalsUnits, with no workers in any band', () => {
    const published = buildOrgIndex({
      ...snapshot,
      units: [
        ...snapshot.units,
        {
          id: 'west',
          parentId: 'org',
          name: 'West',
          kind: 'council',
          aggregate: { cases: 100, caseHolderFte: 5 },
        },
      ],
    });
    const rows = spreadRows(published, 'org', caps, bands, settings());
    expect(rows.find((row) => row.key === 'west')).toMatchObject({ total: 0, totalsUnits: 1 });
    expect(rows.find((row) => row.key === 'north')).toMatchObject({ totalsUnits: 0 });
  });
});

describe('inOrderOf', () => {
  it('puts an area’s spread in its chart’s order: highest load first, or by name', () => {
    // Team B: (19 + 26) / 2 = 22.5 cases per FTE; Team A: (10 + 16 + 12) / (1 + 1 + 0.6) = 14.6.
    const spread = spreadRows(index, 'north', caps, bands, settings());
    const chart = childRows(index, 'north', caps, bands, settings());
    expect(inOrderOf(spread, sortRows(chart, 'load')).map((row) => row.key)).toEqual([
      'team-b',
      'team-a',
    ]);
    expect(inOrderOf(spread, sortRows(chart, 'name')).map((row) => row.key)).toEqual([
      'team-a',
      'team-b',
    ]);
  });

  it('keeps rows the order does not name after the others, in their own order', () => {
    const rows = ['a', 'b', 'c', 'd'].map((key) => ({ key }));
    expect(inOrderOf(rows, [{ key: 'c' }, { key: 'a' }]).map((row) => row.key)).toEqual([
      'c',
      'a',
      'b',
      'd',
    ]);
  });
});
