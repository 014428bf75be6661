import { suggestColumnMapping } from './worker-columns';
import {
  importText,
  rejectedLines,
  toCsv,
  workerHeader,
  workerRow,
  workerRows,
} from './test-support/worker-csv';

describe('importWorkersCsv: the whole file', () => {
  it('reads nothing when a required column is not mapped', () => {
    const text = toCsv(workerRows(2));
    const mapping = suggestColumnMapping([...workerHeader]);
    const result = importText(text, { ...mapping, columns: { ...mapping.columns, fte: null } });
    expect(result.snapshot).toBeNull();
    expect(result.rowsAccepted).toBe(0);
    expect(result.rowsRead).toBe(2);
    expect(result.problems).toEqual([
      {
        line: null,
        subject: 'FTE',
        reason: 'no column is chosen for FTE, which every row needs',
        rejected: true,
      },
    ]);
  });

  it('reads nothing when a mapped column is not in the file', () => {
    const text = toCsv(workerRows(2)).replace('cases_held', 'caseload');
    const result = importText(text);
    expect(result.snapshot).toBeNull();
    expect(result.problems[0]?.reason).toBe(
      "the column 'cases_held' chosen for cases held is not in the file's header",
    );
  });

  it('reads nothing when no unit column is chosen', () => {
    const mapping = suggestColumnMapping([...workerHeader]);
    const result = importText(toCsv(workerRows(1)), { ...mapping, unitPath: [] });
    expect(result.snapshot).toBeNull();
    expect(result.problems[0]?.subject).toBe('team');
  });

  it.each(['', '\n\n'])('says the file %j has no rows', (text) => {
    const result = importText(text);
    expect(result.snapshot).toBeNull();
    expect(result.problems.map((p) => p.reason)).toContain('the file has no rows');
  });

  it.each([`${workerHeader.join(',')}\n`, `${workerHeader.join(',')}\r\n\r\n,,,,,,,,\r\n`])(
    'stops, with nothing to save, for a header with no rows of data: %j',
    (text) => {
      const result = importText(text);
      expect(result.snapshot).toBeNull();
      expect(result).toMatchObject({ rowsRead: 0, rowsAccepted: 0 });
      expect(result.problems).toContainEqual({
        line: null,
        subject: null,
        reason:
          'the file has column names but no rows of data below them, so there is nothing to import; check that the export is complete',
        rejected: true,
      });
    },
  );

  it('skips blank lines with one warning that lists them', () => {
    const [header, ...rows] = toCsv(workerRows(3)).split('\r\n');
    const text = [header, rows[0], '', rows[1], ',,,,,,,,', rows[2], ''].join('\n');
    const result = importText(text);
    expect(result.rowsAccepted).toBe(3);
    expect(result.problems).toEqual([
      {
        line: null,
        subject: null,
        reason: '2 blank lines were skipped (lines 3, 5)',
        rejected: false,
      },
    ]);
  });

  it('warns once, and reads "no", when there is no ASYE or agency column', () => {
    const header = workerHeader.filter((h) => h !== 'asye' && h !== 'agency');
    const result = importText(toCsv(workerRows(2), header), suggestColumnMapping(header));
    expect(result.rowsAccepted).toBe(2);
    expect(result.snapshot?.workers.every((w) => !w.asye && !w.agency)).toBe(true);
    expect(result.problems.map((p) => [p.subject, p.rejected])).toEqual([
      ['ASYE', false],
      ['agency', false],
    ]);
  });

  it('stops, with nothing to save, when every row is refused', () => {
    const rows = [workerRow({ fte: '2' }), workerRow({ worker_id: 'W2', cases_held: '-1' })];
    const result = importText(toCsv(rows));
    expect(result).toMatchObject({ snapshot: null, rowsRead: 2, rowsAccepted: 0 });
    expect(result.problems.map((p) => [p.line, p.reason])).toEqual([
      [
        null,
        'none of the 2 rows could be used, so there is nothing to import; the reasons are listed by line',
      ],
      [2, "FTE must be a number from 0 to 1, got '2'"],
      [3, "cases held must be a whole number, 0 or more, got '-1'"],
    ]);
  });

  it('stops, asking for the date in plain words, when the as-at date is blank', () => {
    const result = importText(toCsv(workerRows(2)), undefined, { asAt: '' });
    expect(result.snapshot).toBeNull();
    expect(result.rowsAccepted).toBe(0);
    expect(result.problems).toEqual([
      {
        line: null,
        subject: 'As at date',
        reason: 'Enter the date the figures are as at, for example 31/10/2026.',
        rejected: true,
      },
    ]);
  });

  it('stops, naming the date, for an as-at date that is not real', () => {
    const bad = importText(toCsv(workerRows(1)), undefined, { asAt: '2026-02-30' });
    expect(bad.snapshot).toBeNull();
    expect(bad.rowsAccepted).toBe(0);
    expect(bad.problems.map((p) => p.reason)).toEqual([
      "The as-at date must be a real date, for example 31/10/2026; got '2026-02-30'.",
    ]);
  });

  it('reads a file whose columns are separated by semicolons, and says so', () => {
    const text = [
      workerHeader.join(';'),
      'W1;Zoë Brontë;case holder;no;no;0.6;12;Safeguarding;Assessment Team',
      'W2;Ben Ortiz;case holder;no;no;0,5;9;Safeguarding;Assessment Team',
    ].join('\r\n');
    const result = importText(text);
    expect(result.rowsAccepted).toBe(1);
    expect(result.snapshot?.workers[0]).toMatchObject({ displayName: 'Zoë Brontë', fte: 0.6 });
    expect(result.problems).toEqual([
      {
        line: null,
        subject: null,
        reason:
          'the columns in this file are separated by semicolons (;), not commas, so it was read that way',
        rejected: false,
      },
      {
        line: 3,
        subject: 'W2',
        reason:
          "FTE must be a number from 0 to 1, got '0,5'; write the decimal point as a full stop (0.6, not 0,6), with no commas in numbers",
        rejected: true,
      },
    ]);
  });
});

describe('importWorkersCsv: safety', () => {
  it('strips a byte-order mark from the first header', () => {
    const result = importText(`\uFEFF${toCsv(workerRows(1))}`);
    expect(result.rowsAccepted).toBe(1);
    expect(result.problems).toEqual([]);
  });

  it.each([
    '=HYPERLINK("http://evil.example","click")',
    '+44 20 7946 0000',
    '-Dash',
    '@handle',
    'Khan, "Amira"',
  ])('keeps the name %j as plain text', (name) => {
    const result = importText(toCsv([workerRow({ display_name: name, unit_2: name })]));
    expect(result.problems).toEqual([]);
    expect(result.snapshot?.workers[0]?.displayName).toBe(name);
    expect(result.snapshot?.units.at(-1)?.name).toBe(name);
  });

  it.each([
    ['<img src=x onerror=alert(1)>', /must not contain markup/],
    ['Line one\nLine two', /must not contain control characters/],
  ])('rejects the name %j with the reason, as the data contract does', (name, reason) => {
    const result = importText(toCsv([workerRow({ display_name: name })]));
    expect(result.snapshot?.workers ?? []).toEqual([]);
    expect(result.problems.map((problem) => problem.reason).join(' ')).toMatch(reason);
  });

  it('trims spaces around every cell', () => {
    const text = `${workerHeader.join(' , ')}\n  W1 ,  Amira Khan , case holder , yes , no , 0.6 , 12 , Safeguarding ,  Team A \n`;
    const result = importText(text);
    expect(result.snapshot?.workers[0]).toMatchObject({
      id: 'W1',
      displayName: 'Amira Khan',
      asye: true,
      fte: 0.6,
      casesHeld: 12,
    });
    expect(result.snapshot?.units.at(-1)?.name).toBe('Team A');
  });

  it('gives a rejected row after a name spanning lines the line it starts on', () => {
    const rows = [
      workerRow({ display_name: 'Two\nlines' }),
      workerRow({ worker_id: 'W2', fte: '2' }),
    ];
    // The name with a line break is itself rejected (a control character), on line 2.
    expect(rejectedLines(importText(toCsv(rows)))).toEqual([2, 4]);
  });
});
