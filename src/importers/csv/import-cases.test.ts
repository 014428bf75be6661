import Papa from 'papaparse';
import type { ImportResult } from '../import-result';
import { suggestCaseColumnMapping } from './case-columns';
import { importCasesCsv, type CaseImport } from './import-cases';
import { mergeCaseDetails } from './merge-case-details';
import { importText, toCsv, workerRow } from './test-support/worker-csv';

const caseHeader = [
  'worker_id',
  'case_id',
  'case_type',
  'in_court_proceedings',
  'sibling_group_id',
  'allocation_date',
];

function casesCsv(rows: readonly string[][]): string {
  return Papa.unparse({ fields: caseHeader, data: rows.map((row) => [...row]) });
}

function importCases(text: string): CaseImport {
  return importCasesCsv(text, {
    mapping: suggestCaseColumnMapping(caseHeader),
    sourceName: 'cases.csv',
  });
}

/** W1 holds 2 cases, W2 holds 1, W3 holds 0. */
function workers(): ImportResult {
  return importText(
    toCsv([
      workerRow({ worker_id: 'W1', cases_held: '2' }),
      workerRow({ worker_id: 'W2', cases_held: '1' }),
      workerRow({ worker_id: 'W3', cases_held: '0' }),
    ]),
  );
}

const goodCases = [
  ['W1', 'C1', 'CP', 'yes', 'SG7', '14/09/2026'],
  ['W1', 'C2', 'child protection', 'Y', 'SG7', '2026-09-14'],
  ['W2', 'C3', 'LAC', 'no', '', '01/02/2025'],
];

describe('importCasesCsv', () => {
  it('reads cases by worker, with contract types and ISO dates', () => {
    const cases = importCases(casesCsv(goodCases));
    expect(cases).toMatchObject({ rowsRead: 3, rowsAccepted: 3, problems: [] });
    expect(cases.byWorker.get('W1')?.map((c) => c.detail)).toEqual([
      {
        id: 'C1',
        type: 'child-protection',
        inCourtProceedings: true,
        siblingGroupId: 'SG7',
        allocatedOn: '2026-09-14',
      },
      {
        id: 'C2',
        type: 'child-protection',
        inCourtProceedings: true,
        siblingGroupId: 'SG7',
        allocatedOn: '2026-09-14',
      },
    ]);
    expect(cases.byWorker.get('W2')?.[0]).toEqual({
      line: 4,
      detail: {
        id: 'C3',
        type: 'looked-after',
        inCourtProceedings: false,
        siblingGroupId: null,
        allocatedOn: '2025-02-01',
      },
    });
  });

  it.each([
    [
      ['W1', 'C9', 'CPP', 'no', '', '2026-09-01'],
      "case type must be one of CIN (child in need), CP (child protection), LAC or CLA (looked after), care leaver, other; got 'CPP'",
    ],
    [
      ['W1', 'C9', 'CP', 'sometimes', '', '2026-09-01'],
      "in court proceedings must be yes or no, got 'sometimes'",
    ],
    [
      ['W1', 'C9', 'CP', 'no', '', '31/02/2026'],
      "allocation date is not a real calendar date, got '31/02/2026'",
    ],
    [
      ['W1', 'C9', 'CP', 'no', '', '09/14/2026'],
      "allocation date is not a real calendar date, got '09/14/2026'",
    ],
    [
      ['W1', 'C9', 'CP', 'no', '', 'Sept 2026'],
      "allocation date must be a date written YYYY-MM-DD or DD/MM/YYYY, got 'Sept 2026'",
    ],
    [['', 'C9', 'CP', 'no', '', '2026-09-01'], 'missing worker id'],
    [['W1', '', 'CP', 'no', '', '2026-09-01'], 'missing case id'],
    [['W1', 'C1', 'CP', 'no', '', '2026-09-01'], 'duplicate case id C1 (first seen on line 2)'],
  ])('refuses the row %j', (row, reason) => {
    const cases = importCases(casesCsv([...goodCases, row]));
    expect(cases.problems).toEqual([expect.objectContaining({ line: 5, reason, rejected: true })]);
    expect(cases.rowsAccepted).toBe(3);
  });

  it('reads nothing when a required column is missing', () => {
    const cases = importCasesCsv(casesCsv(goodCases), {
      mapping: { columns: { ...suggestCaseColumnMapping(caseHeader).columns, allocatedOn: null } },
      sourceName: 'cases.csv',
    });
    expect(cases.byWorker.size).toBe(0);
    expect(cases.problems.map((p) => p.reason)).toEqual([
      'no column is chosen for allocation date, which every row needs',
    ]);
  });
});

describe('mergeCaseDetails', () => {
  it('attaches cases when the count matches, and an empty list for a worker with none', () => {
    const merged = mergeCaseDetails(workers(), importCases(casesCsv(goodCases)));
    expect(merged.problems).toEqual([]);
    expect(merged.sourceName).toBe('workers.csv, cases.csv');
    expect(merged.snapshot?.workers.map((w) => [w.id, w.caseDetails?.map((c) => c.id)])).toEqual([
      ['W1', ['C1', 'C2']],
      ['W2', ['C3']],
      ['W3', []],
    ]);
  });

  it('keeps cases held and attaches nothing when the counts differ, with a warning', () => {
    const merged = mergeCaseDetails(
      workers(),
      importCases(casesCsv(goodCases.slice(0, 1).concat(goodCases.slice(2)))),
    );
    expect(merged.problems).toEqual([
      {
        line: null,
        subject: 'W1',
        reason:
          'worker W1 holds 2 cases in workers.csv but cases.csv lists 1; cases held stays 2 and no case detail is attached',
        rejected: false,
      },
    ]);
    const w1 = merged.snapshot?.workers.find((w) => w.id === 'W1');
    expect(w1?.casesHeld).toBe(2);
    expect(w1 && 'caseDetails' in w1).toBe(false);
    expect(merged.rowsAccepted).toBe(3);
  });

  it('reports cases of workers who are not in the snapshot', () => {
    const merged = mergeCaseDetails(
      workers(),
      importCases(casesCsv([...goodCases, ['W99', 'C4', 'CIN', 'no', '', '2026-01-01']])),
    );
    expect(merged.problems).toEqual([
      {
        line: 5,
        subject: 'C4',
        reason:
          'cases.csv: case C4 names worker W99, who is not among the imported workers (not in the workers file, or refused there)',
        rejected: true,
      },
    ]);
  });

  it("names the cases file in its problems' reasons", () => {
    const merged = mergeCaseDetails(
      workers(),
      importCases(casesCsv([...goodCases, ['W1', 'C8', 'X', 'no', '', '2026-01-01']])),
    );
    expect(merged.problems[0]).toMatchObject({ line: 5, rejected: true });
    expect(merged.problems[0]?.reason).toMatch(/^cases\.csv: case type must be one of/);
  });

  it('attaches nothing, and warns once, when the cases file could not be read', () => {
    const unreadable = importCasesCsv(casesCsv(goodCases), {
      mapping: { columns: { ...suggestCaseColumnMapping(caseHeader).columns, caseId: null } },
      sourceName: 'cases.csv',
    });
    const merged = mergeCaseDetails(workers(), unreadable);
    expect(merged.problems.map((p) => [p.reason, p.rejected])).toEqual([
      ['cases.csv: no column is chosen for case id, which every row needs', true],
      ['case detail from cases.csv was not attached: the file could not be read', false],
    ]);
    expect(merged.snapshot?.workers.some((w) => 'caseDetails' in w)).toBe(false);
  });

  it.each([
    ['a header and no rows', caseHeader.join(',')],
    ['nothing at all', ''],
  ])('stops, with nothing to save, when the cases file has %s', (_, text) => {
    const merged = mergeCaseDetails(workers(), importCases(text));
    expect(merged.snapshot).toBeNull();
    expect(merged.rowsAccepted).toBe(0);
    // The cases file's own problem (no rows of data, or no rows at all), then what it means.
    expect(merged.problems).toHaveLength(2);
    expect(merged.problems[0]?.reason).toMatch(
      /^cases\.csv: the file has (column names but )?no rows/,
    );
    expect(merged.problems.at(-1)).toEqual({
      line: null,
      subject: 'cases.csv',
      reason:
        'nothing was imported, because cases.csv has no cases in it: choose the right file, or remove it to import the workers alone',
      rejected: true,
    });
  });

  it('says so when there is no snapshot to attach to', () => {
    const none: ImportResult = {
      snapshot: null,
      problems: [],
      rowsRead: 0,
      rowsAccepted: 0,
      sourceName: 'w.csv',
    };
    const merged = mergeCaseDetails(none, importCases(casesCsv(goodCases)));
    expect(merged.snapshot).toBeNull();
    expect(merged.problems.map((p) => p.reason)).toEqual([
      'case detail from cases.csv was not attached: there are no workers to attach it to',
    ]);
  });
});
