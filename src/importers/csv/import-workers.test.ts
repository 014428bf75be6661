import {
  importText,
  reasonFor,
  rejectedLines,
  toCsv,
  workerRow,
  workerRows,
  type WorkerRow,
} from './test-support/worker-csv';

describe('importWorkersCsv: a valid file', () => {
  it('builds a contract snapshot of every row', () => {
    const result = importText(toCsv(workerRows(4)));
    expect(result).toMatchObject({ rowsRead: 4, rowsAccepted: 4, sourceName: 'workers.csv' });
    expect(result.problems).toEqual([]);
    expect(result.snapshot).toMatchObject({
      version: 1,
      asAt: '2026-09-30',
      organisation: { id: 'exampleshire-county-council', name: 'Exampleshire County Council' },
    });
    expect(result.snapshot?.workers[0]).toEqual({
      id: 'W1',
      unitId: 'exampleshire-county-council/safeguarding/assessment-team',
      displayName: 'Worker 1',
      role: 'case-holder',
      asye: false,
      agency: false,
      fte: 1,
      casesHeld: 0,
    });
  });
});

describe('importWorkersCsv: rows refused, with line and reason', () => {
  it.each<[string, Partial<WorkerRow>, string]>([
    ['FTE over 1', { fte: '1.5' }, "FTE must be a number from 0 to 1, got '1.5'"],
    ['FTE as a formula', { fte: '=1+1' }, "FTE must be a number from 0 to 1, got '=1+1'"],
    [
      'negative cases',
      { cases_held: '-2' },
      "cases held must be a whole number, 0 or more, got '-2'",
    ],
    [
      'fractional cases',
      { cases_held: '2.5' },
      "cases held must be a whole number, 0 or more, got '2.5'",
    ],
    [
      'cases as a formula',
      { cases_held: '+1' },
      "cases held must be a whole number, 0 or more, got '+1'",
    ],
    [
      'empty cases',
      { cases_held: '' },
      'cases held must be a whole number, 0 or more, got an empty cell',
    ],
    ['an unknown role', { role: 'social worker' }, 'role must be one of'],
    ['ASYE not yes or no', { asye: 'maybe' }, "ASYE must be yes or no, got 'maybe'"],
    ['agency not yes or no', { agency: '' }, 'agency must be yes or no, got an empty cell'],
    ['no worker id', { worker_id: '' }, 'missing worker id'],
    ['no name', { display_name: '  ' }, 'missing display name'],
    [
      'a 201-character name',
      { display_name: 'x'.repeat(201) },
      'display name must be at most 200 characters',
    ],
    [
      'a 101-character id',
      { worker_id: 'w'.repeat(101) },
      'worker id must be at most 100 characters',
    ],
    ['no team', { unit_1: '', unit_2: '' }, "missing team ('unit_1', 'unit_2' are empty)"],
    [
      'a gap in the path',
      { unit_1: '', unit_2: 'Assessment Team' },
      "'unit_1' is empty but a level below it is filled in",
    ],
    ['a 201-character team name', { unit_2: 'T'.repeat(201) }, 'must be at most 200 characters'],
  ])('refuses a row with %s', (_, overrides, reason) => {
    const rows = workerRows(3);
    rows[1] = { ...rows[1]!, ...overrides };
    const result = importText(toCsv(rows));
    expect(rejectedLines(result)).toEqual([3]);
    expect(reasonFor(result, 3)).toContain(reason);
    expect(result.rowsAccepted).toBe(2);
    expect(result.snapshot?.workers.map((w) => w.id)).toEqual(['W1', 'W3']);
  });

  it('gives every reason for a row, not only the first', () => {
    const result = importText(toCsv([workerRow({ fte: '1.5', cases_held: '-2' })]));
    expect(reasonFor(result, 2)).toBe(
      "FTE must be a number from 0 to 1, got '1.5'; cases held must be a whole number, 0 or more, got '-2'",
    );
  });

  it('refuses a later row with a seen worker id, naming the first line', () => {
    const rows = [...workerRows(3), workerRow({ worker_id: 'W2', display_name: 'Someone else' })];
    const result = importText(toCsv(rows));
    expect(result.problems).toEqual([
      {
        line: 5,
        subject: 'W2',
        reason: 'duplicate worker id W2 (first seen on line 3)',
        rejected: true,
      },
    ]);
    expect(result.snapshot?.workers.find((w) => w.id === 'W2')?.displayName).toBe('Worker 2');
  });

  it('refuses a duplicate even when the first row with the id was refused', () => {
    const rows = [workerRow({ fte: 'x' }), workerRow()];
    const result = importText(toCsv(rows));
    expect(rejectedLines(result)).toEqual([2, 3]);
    expect(reasonFor(result, 3)).toBe('duplicate worker id W1 (first seen on line 2)');
    // No row is left, so there is no snapshot to save.
    expect(result.snapshot).toBeNull();
  });

  it.each([
    [
      'an extra cell',
      'W2,Ben,case holder,no,no,1,10,Safeguarding,Assessment Team,surplus',
      'the row has 10 cells but the header has 9',
    ],
    [
      'an unquoted comma in a name',
      'W2,Ortiz, Ben,case holder,no,no,1,10,Safeguarding,Assessment Team',
      'a value with a comma in it must be in double quotes',
    ],
    [
      'a missing cell',
      'W2,Ben,case holder,no,no,1,10,Safeguarding',
      'the row has 8 cells but the header has 9',
    ],
  ])('refuses a row with %s', (_, line, reason) => {
    const text = `${toCsv([workerRow()])}\r\n${line}\r\n${toCsv([workerRow({ worker_id: 'W3' })]).split('\r\n')[1]!}`;
    const result = importText(text);
    expect(rejectedLines(result)).toEqual([3]);
    expect(reasonFor(result, 3)).toContain(reason);
    expect(result.rowsAccepted).toBe(2);
  });
});
