import type { ImportProblem } from '../../importers/import-result';
import { problemHeadings, problemsCsv, reportSummary } from './problem-report';

const problems: ImportProblem[] = [
  { line: null, subject: null, reason: '=HYPERLINK("x")', rejected: true },
  {
    line: 7,
    subject: '-W3',
    reason: "cases held must be a whole number, 0 or more, got '-2'",
    rejected: true,
  },
  { line: 9, subject: '@team', reason: 'say "hi", ok', rejected: false },
  {
    line: 11,
    subject: 'W10',
    reason: '150 cases held is more than 60',
    rejected: false,
    check: true,
  },
];

describe('problemsCsv', () => {
  it('writes every problem with its line, subject, outcome (rejected, kept with a warning, or accepted but to check) and reason, with no cell a formula', () => {
    expect(problemsCsv(problems, 'csv')).toBe(
      [
        'Line,Row or field,What happened,Reason',
        `Whole file,,Rejected,"'=HYPERLINK(""x"")"`,
        `7,'-W3,Rejected,"cases held must be a whole number, 0 or more, got '-2'"`,
        `9,'@team,Warning: kept,"say ""hi"", ok"`,
        '11,W10,"Accepted, but check",150 cases held is more than 60',
        '',
      ].join('\r\n'),
    );
  });

  it('heads the first column Record for a census file, whose problems are numbered by record', () => {
    expect(problemsCsv([], 'csww')).toBe('Record,Row or field,What happened,Reason\r\n');
    expect(problemHeadings('csww')[0]).toBe('Record');
  });

  it('leaves none out, however many there are', () => {
    const many = Array.from({ length: 334 }, (_, index) => ({
      line: index + 2,
      subject: `W${index + 1}`,
      reason: 'missing team',
      rejected: true,
    }));
    const lines = problemsCsv(many, 'csv').split('\r\n');
    // A heading line, 334 problems and the empty string after the last line end.
    expect(lines).toHaveLength(336);
    expect(lines[334]).toBe('335,W334,Rejected,missing team');
  });
});

describe('reportSummary', () => {
  it('counts rows, rejections, rows to check and other warnings, each apart', () => {
    expect(reportSummary({ rowsRead: 6, rowsAccepted: 5, problems }, true)).toBe(
      '5 of 6 rows accepted; 2 problems rejected rows or the file; 1 accepted row to check; 1 warning.',
    );
  });

  it('says there is nothing to save when nothing usable was found', () => {
    expect(
      reportSummary({ rowsRead: 0, rowsAccepted: 0, problems: problems.slice(0, 1) }, false),
    ).toBe(
      '0 of 0 rows accepted; 1 problem rejected rows or the file. Nothing usable was found, so there is nothing to save.',
    );
  });
});
