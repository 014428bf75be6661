import { describe, expect, it } from 'vitest';
import { bandsFromCaps } from './bands';
import { builtInPresets } from './caps';
import { workerRow, type ChartRow } from './chart-rows';
import {
  boardSpreadRows,
  boardUnitRows,
  boardWorkerRows,
  isSmallGroup,
  suppressedText,
} from './board-rows';
import { settings, worker } from '../test/builders';

const bands = bandsFromCaps(builtInPresets.default.caps);

function teamRows(count: number): ChartRow[] {
  return Array.from({ length: count }, (_, position) =>
    workerRow(
      worker({ id: `w-${position}`, displayName: `Real Name ${position}`, casesHeld: 20 }),
      bands,
      settings(),
    ),
  );
}

function unitRow(key: string, value: number): ChartRow {
  return {
    key,
    name: `Unit ${key}`,
    value,
    band: null,
    amount: value * 4,
    fte: 4,
    ownCap: null,
    overOwnCap: null,
    counted: true,
    status: null,
    detail: '4 case holders',
    overTopCap: { count: 1, of: 4 },
    target: { unit: key },
  };
}

describe('isSmallGroup', () => {
  it.each([
    [0, 5, false],
    [1, 5, true],
    [4, 5, true],
    [5, 5, false],
    [1, 1, false],
  ])('%i counted with a minimum of %i: small is %s', (counted, min, small) => {
    expect(isSmallGroup(counted, min)).toBe(small);
  });
});

describe('boardWorkerRows', () => {
  const pseudonyms = new Map(teamRows(6).map((row, position) => [row.key, `Worker P${position}`]));

  it('replaces every name with the worker’s pseudonym when names are off', () => {
    const rows = boardWorkerRows(teamRows(6), pseudonyms, { showNames: false, minGroupSize: 5 });
    expect(rows.map((row) => row.name)).toEqual([0, 1, 2, 3, 4, 5].map((n) => `Worker P${n}`));
    expect(JSON.stringify(rows)).not.toContain('Real Name');
    expect(rows.every((row) => !row.suppressed && row.value === 20)).toBe(true);
  });

  it('keeps real names only when switched on', () => {
    const rows = boardWorkerRows(teamRows(6), pseudonyms, { showNames: true, minGroupSize: 5 });
    expect(rows[0]?.name).toBe('Real Name 0');
  });

  it('withholds every worker’s figures in a team of 4 when the minimum is 5', () => {
    const rows = boardWorkerRows(teamRows(4), pseudonyms, { showNames: false, minGroupSize: 5 });
    expect(rows.map((row) => [row.value, row.amount, row.band, row.status, row.counted])).toEqual(
      Array(4).fill([null, null, null, 'suppressed (fewer than 5 workers)', false]),
    );
  });
});

describe('boardUnitRows', () => {
  it('withholds a unit counting 3 workers and shows one counting 5, when the minimum is 5', () => {
    const counted: Record<string, number | null> = { a: 3, b: 5, c: null };
    const rows = boardUnitRows(
      [unitRow('a', 21.3), unitRow('b', 18), unitRow('c', 15)],
      (key) => counted[key] ?? null,
      { showNames: false, minGroupSize: 5 },
    );
    expect(rows.map((row) => [row.key, row.value, row.suppressed, row.overTopCap])).toEqual([
      ['a', null, true, null],
      ['b', 18, false, { count: 1, of: 4 }],
      ['c', 15, false, { count: 1, of: 4 }],
    ]);
    expect(rows[0]?.status).toBe(suppressedText(5));
  });
});

describe('boardSpreadRows', () => {
  it('withholds a spread row of 2 counted workers, not one of 0 or 7', () => {
    const rows = boardSpreadRows(
      [
        { key: 'a', name: 'A', counts: [1, 1], total: 2, totalsUnits: 0 },
        { key: 'b', name: 'B', counts: [0, 0], total: 0, totalsUnits: 1 },
        { key: 'c', name: 'C', counts: [3, 4], total: 7, totalsUnits: 0 },
      ],
      { showNames: false, minGroupSize: 5 },
    );
    expect(rows.map((row) => row.suppressed)).toEqual([true, false, false]);
  });
});
