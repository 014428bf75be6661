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
  it('writes unit rows with values to one decimal, withheld rows in words, and neutralised names', () => {
    const csv = toCsv(caseloadTableCells([north, south], 'unit', DEFAULT_VIEW_MEASURE, '25+'));
    expect(csv.split('\r\n')).toEqual([
      'Unit,Counted,Cases,FTE,Cases per FTE,Band,At 25+,Note',
      "'+Area North,5 case holders,125,4.8,26,25 and over,2 of 5,",
      "'=Area South,3 case holders,,,suppressed (fewer than 5 workers),,,suppressed (fewer than 5 workers)",
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
    );
    expect(cells).toEqual([
      ['Unit', ...bands.map((entry) => entry.label), 'Counted'],
      ['A', 1, 2, 3, 4, 0, 10],
      ['B', ...Array<string>(6).fill('suppressed')],
    ]);
  });
});
