import type { Snapshot, Unit, Worker } from '../contract/v1';
import { describeRow } from '../components/describe-row';
import { bandsFromCaps } from './bands';
import { builtInPresets } from './caps';
import { childRows } from './chart-rows';
import { DEFAULT_VIEW_MEASURE } from './measure-options';
import { buildOrgIndex } from './org-index';
import { settings } from '../test/builders';

const caps = builtInPresets.default.caps;
const bands = bandsFromCaps(caps);

function unit(id: string, parentId: string | null, kind: Unit['kind']): Unit {
  return { id, parentId, name: id, kind };
}

function worker(id: string, unitId: string, casesHeld: number, fte = 1): Worker {
  return {
    id,
    unitId,
    displayName: `Worker ${id}`,
    role: 'case-holder',
    asye: false,
    agency: false,
    fte,
    casesHeld,
  };
}

// North holds a worker with 150 cases and one with FTE 0.05; South holds usual values only.
const snapshot: Snapshot = {
  version: 1,
  asAt: '2026-10-31',
  organisation: { id: 'org', name: 'Exampleshire' },
  units: [
    unit('org', null, 'organisation'),
    unit('North', 'org', 'team'),
    unit('South', 'org', 'team'),
  ],
  workers: [
    worker('n1', 'North', 150),
    worker('n2', 'North', 3, 0.05),
    worker('n3', 'North', 18),
    worker('s1', 'South', 59),
  ],
};
const index = buildOrgIndex(snapshot);

describe('chart rows: values to check', () => {
  it('marks a worker row with its values to check, and says so in the words a bar is read by', () => {
    const rows = childRows(index, 'North', caps, bands, settings());
    expect(rows.map((row) => [row.key, row.check])).toEqual([
      ['n1', 'Check: 150 cases held (more than 60); 150.0 cases per FTE (more than 100)'],
      ['n2', 'Check: FTE 0.05 with 3 cases (less than 0.1)'],
      ['n3', null],
    ]);
    expect(describeRow(rows[0]!, DEFAULT_VIEW_MEASURE)).toBe(
      'Worker n1: 150.0 cases per FTE (150 cases, 1.0 FTE), band 25 and over. Own cap 20.0: at or over it. Check: 150 cases held (more than 60); 150.0 cases per FTE (more than 100).',
    );
  });

  it('marks a unit row with how many records beneath it have values to check', () => {
    const rows = childRows(index, 'org', caps, bands, settings());
    expect(rows.map((row) => [row.key, row.check])).toEqual([
      ['North', 'Check: 2 records here have values far outside the usual'],
      ['South', null],
    ]);
    // (150 + 3 + 18) ÷ (1 + 0.05 + 1) = 83.4: a figure, never NaN, with the check beside it.
    expect(rows[0]?.value).toBeCloseTo(171 / 2.05, 6);
  });
});
