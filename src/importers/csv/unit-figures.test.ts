import Papa from 'papaparse';
import { importUnitsCsv } from './import-unit-figures';
import { mergeUnitFigures } from './merge-unit-figures';
import { importText, toCsv, workerRow } from './test-support/worker-csv';
import { suggestUnitColumnMapping } from './unit-figure-columns';

const header = ['unit_1', 'unit_2', 'unallocated_cases', 'vacant_fte'];
const org = 'exampleshire-county-council';

function figures(rows: readonly string[][]) {
  const text = Papa.unparse({ fields: header, data: rows.map((row) => [...row]) });
  return importUnitsCsv(text, {
    mapping: suggestUnitColumnMapping(header),
    sourceName: 'units.csv',
  });
}

/** Safeguarding > Assessment Team (W1) and Long-term Team (W2). */
function workers() {
  return importText(toCsv([workerRow(), workerRow({ worker_id: 'W2', unit_2: 'Long-term Team' })]));
}

function unit(result: ReturnType<typeof workers>, id: string) {
  return result.snapshot?.units.find((u) => u.id === id);
}

describe('importUnitsCsv and mergeUnitFigures', () => {
  it('puts figures on teams, and leaves an empty cell out rather than 0', () => {
    const merged = mergeUnitFigures(
      workers(),
      figures([
        ['Safeguarding', 'Assessment Team', '4', '1.5'],
        ['Safeguarding', 'Long-term Team', '0', ''],
      ]),
    );
    expect(merged.problems).toEqual([]);
    expect(unit(merged, `${org}/safeguarding/assessment-team`)).toMatchObject({
      unallocatedCases: 4,
      vacantFte: 1.5,
    });
    const longTerm = unit(merged, `${org}/safeguarding/long-term-team`);
    expect(longTerm?.unallocatedCases).toBe(0);
    expect(longTerm && 'vacantFte' in longTerm).toBe(false);
  });

  it('adds a team that has figures but no workers', () => {
    const merged = mergeUnitFigures(workers(), figures([['Safeguarding', 'Duty Team', '', '3']]));
    expect(merged.problems).toEqual([]);
    expect(unit(merged, `${org}/safeguarding/duty-team`)).toEqual({
      id: `${org}/safeguarding/duty-team`,
      parentId: `${org}/safeguarding`,
      name: 'Duty Team',
      kind: 'team',
      vacantFte: 3,
    });
  });

  it.each([
    [
      ['Safeguarding', '', '5', ''],
      "'Safeguarding' has units beneath it (e.g. 'Assessment Team'), so it cannot hold team figures",
    ],
    [
      ['Safeguarding', 'Assessment Team', '-1', ''],
      "unallocated cases must be a whole number, 0 or more, got '-1'",
    ],
    [
      ['Safeguarding', 'Assessment Team', '', '=2'],
      "vacant FTE must be a number from 0 to 10000, got '=2'",
    ],
    [['', '', '1', '1'], 'missing team'],
  ])('refuses the row %j', (row, reason) => {
    const merged = mergeUnitFigures(workers(), figures([row]));
    expect(merged.problems).toEqual([expect.objectContaining({ line: 2, rejected: true })]);
    expect(merged.problems[0]?.reason).toContain(reason);
    expect(merged.problems[0]?.reason).toMatch(/^units\.csv: /);
  });

  it('refuses a unit beneath a team that holds workers', () => {
    const merged = mergeUnitFigures(workers(), {
      sourceName: 'units.csv',
      problems: [],
      rowsRead: 1,
      rows: [{ line: 2, names: ['Safeguarding', 'Assessment Team', 'Pod 1'], unallocatedCases: 1 }],
    });
    expect(merged.problems[0]?.reason).toBe(
      "units.csv: 'Assessment Team' is a team with workers, so it cannot have units beneath it",
    );
    expect(merged.snapshot?.units).toHaveLength(4);
  });

  it('refuses figures given twice for one team', () => {
    const merged = mergeUnitFigures(
      workers(),
      figures([
        ['Safeguarding', 'Assessment Team', '4', ''],
        ['Safeguarding', 'assessment team', '9', ''],
      ]),
    );
    expect(merged.problems).toEqual([
      expect.objectContaining({
        line: 3,
        reason: "units.csv: figures for 'assessment team' are given twice (first on line 2)",
      }),
    ]);
    expect(unit(merged, `${org}/safeguarding/assessment-team`)?.unallocatedCases).toBe(4);
  });

  it('reads nothing from a file with neither figure column', () => {
    const imported = importUnitsCsv('Team,Notes\nA,b\n', {
      mapping: { columns: { unallocatedCases: null, vacantFte: null }, unitPath: ['Team'] },
      sourceName: 'units.csv',
    });
    expect(imported.rows).toEqual([]);
    expect(imported.problems.map((p) => p.reason)).toEqual([
      'no column is chosen for unallocated cases or vacant FTE, so the file gives nothing',
    ]);
  });

  it.each([[header.join(',')], ['']])(
    'stops, with nothing to save, when the units file %j has no rows',
    (text) => {
      const empty = importUnitsCsv(text, {
        mapping: suggestUnitColumnMapping(header),
        sourceName: 'units.csv',
      });
      const merged = mergeUnitFigures(workers(), empty);
      expect(merged.snapshot).toBeNull();
      expect(merged.rowsAccepted).toBe(0);
      expect(merged.problems.at(-1)).toEqual({
        line: null,
        subject: 'units.csv',
        reason:
          'nothing was imported, because units.csv has no team figures in it: choose the right file, or remove it to import the workers alone',
        rejected: true,
      });
    },
  );
});
