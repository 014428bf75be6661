import { describe, expect, it } from 'vitest';
import { bandsFromCaps } from './bands';
import { builtInPresets } from './caps';
import { caseloadTableCells, spreadTableCells } from './board-tables';
import type { BoardRow } from './board-rows';
import { toCsv } from './csv-export';
import { DEFAULT_VIEW_MEASURE } from './measure-options';

const bands = bandsFromCaps(builtInPresets.default.caps);
// The default caps make five bands; the last is "25 and over".
const band = bands[4]!;

const north: BoardRow = {
  key: 'north',
  name: '+Area North',
  value: 26.04,
  band,
  amount: 125,
  fte: 4.8,
  ownCap: null,
  overOwnCap: null,
  counted: true,
  status: null,
  detail: '5 case holders',
  overTopCap: { count: 2, of: 5 },
  target: { unit: 'north' },
  suppressed: false,
};
const south: BoardRow = {
  ...north,
  key: 'south',
  name: '=Area South',
  value: null,
  band: null,
  amount: null,
  fte: 0,
  counted: false,
  status: 'suppressed (fewer than 5 workers)',
  detail: '3 case holders',
  overTopCap: null,
  suppressed: true,
};

describe('caseloadTableCells', () => {
  const dudley: BoardRow = {
    ...north,
    key: 'dudley',
    name: 'Dudley',
    // The DfE table's totals for a council: 150 cases ÷ 10 FTE = 15.0.
    value: 15,
    band: bands[1]!,
    amount: 150,
    fte: 10,
    detail: 'Totals only',
    overTopCap: null,
  };
  const counts = [
    { key: 'north', total: 5, totalsUnits: 0 },
    { key: 'south', total: 3, totalsUnits: 0 },
    { key: 'dudley', total: 0, totalsUnits: 1 },
  ];

  it('writes unit rows with counts as numbers a spreadsheet sums, withheld rows in words, and neutralised names', () => {
    const csv = toCsv(
      caseloadTableCells([north, south, dudley], 'unit', DEFAULT_VIEW_MEASURE, '25+', counts),
    );
    expect(csv.split('\r\n')).toEqual([
      'Unit,Case holders counted,Cases,FTE,Cases per FTE,Band,Case holders at 25+,Note',
      // 125 cases ÷ 4.8 FTE = 26.04, written 26; 2 of its 5 case holders at 25+.
      "'+Area North,5,125,4.8,26,25 and over,2,",
      "'=Area South,3,,,suppressed (fewer than 5 workers),,,suppressed (fewer than 5 workers)",
      // Published totals say nothing of workers: the count is unknown, not 0, and the note says why.
      'Dudley,,150,10,15,15–18,,Totals only',
      '',
    ]);
  });

  it('counts everyone when everyone is counted', () => {
    const [header] = caseloadTableCells(
      [north],
      'unit',
      { ...DEFAULT_VIEW_MEASURE, population: 'everyone' },
      '25+',
      counts,
    );
    expect(header).toContain('Workers counted');
    expect(header).toContain('Workers at 25+');
  });

  it('writes worker rows with Counted and At or over own cap as Yes or No, and FTE to two places', () => {
    // 12 cases at 0.75 FTE: 12 ÷ 0.75 = 16.0 per FTE, below an own cap of 20 per FTE (pro rata,
    // 15 cases at 0.75 FTE). Its FTE is written 0.75 as the table shows it, not rounded to 0.8.
    const caseHolder: BoardRow = {
      ...north,
      key: 'w1',
      name: 'Worker H8',
      value: 16,
      band: bands[1]!,
      amount: 12,
      fte: 0.75,
      ownCap: 20,
      overOwnCap: false,
      detail: 'Case holder, agency',
      overTopCap: null,
      target: { unit: 'team', worker: 'w1' },
    };
    const manager: BoardRow = {
      ...caseHolder,
      key: 'w2',
      name: 'Worker K3',
      value: 4,
      band: bands[0]!,
      amount: 2,
      fte: 0.5,
      ownCap: null,
      overOwnCap: null,
      counted: false,
      detail: 'Team manager',
      status: 'Not counted: team manager (only case holders are counted)',
    };
    // A record far outside the usual says so in the note, as the table on screen does.
    const outlier: BoardRow = {
      ...caseHolder,
      key: 'w3',
      name: 'Worker P5',
      value: 150,
      band: bands[4]!,
      amount: 150,
      fte: 1,
      overOwnCap: true,
      detail: 'Case holder',
      check: 'Check: 150 cases held (more than 60)',
    };
    const csv = toCsv(
      caseloadTableCells([caseHolder, manager, outlier], 'worker', DEFAULT_VIEW_MEASURE, null),
    );
    expect(csv.split('\r\n')).toEqual([
      'Worker,Role,Counted,Cases,FTE,Cases per FTE,Own cap,At or over own cap,Band,Note',
      'Worker H8,"Case holder, agency",Yes,12,0.75,16,20,No,15–18,',
      'Worker K3,Team manager,No,2,0.5,4,,,,Not counted: team manager (only case holders are counted)',
      'Worker P5,Case holder,Yes,150,1,150,20,Yes,25 and over,Check: 150 cases held (more than 60)',
      '',
    ]);
  });
});

describe('spreadTableCells', () => {
  it('writes counts per band, or the withheld words in every cell', () => {
    const cells = spreadTableCells(
      [
        {
          key: 'a',
          name: 'A',
          counts: [1, 2, 3, 4, 0],
          total: 10,
          totalsUnits: 0,
          suppressed: false,
        },
        {
          key: 'b',
          name: 'B',
          counts: [1, 1, 0, 0, 0],
          total: 2,
          totalsUnits: 0,
          suppressed: true,
        },
      ],
      bands,
      'suppressed',
      DEFAULT_VIEW_MEASURE,
    );
    expect(cells).toEqual([
      ['Unit', ...bands.map((entry) => entry.label), 'Case holders counted'],
      ['A', 1, 2, 3, 4, 0, 10],
      ['B', ...Array<string>(6).fill('suppressed')],
    ]);
  });
});
