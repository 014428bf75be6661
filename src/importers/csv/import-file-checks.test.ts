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

  it('gives an empty snapshot, not an error, for a header with no rows', () => {
    const result = importText(`${workerHeader.join(',')}\n`);
    expect(result).toMatchObject({ rowsRead: 0, rowsAccepted: 0, problems: [] });
    expect(result.snapshot?.units).toHaveLength(1);
  });

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

  it('refuses the snapshot, with the contract reason, for an as-at date that is not real', () => {
    const bad = importText(toCsv(workerRows(1)), undefined, { asAt: '2026-02-30' });
    expect(bad.snapshot).toBeNull();
    expect(bad.rowsAccepted).toBe(0);
    expect(bad.problems.map((p) => p.reason)).toContain(
      'the data contract refused the snapshot: asAt: is not a real calendar date',
    );
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
