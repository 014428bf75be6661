import fc from 'fast-check';
import { csvCell, toCsv } from './csv-cell';

describe('csvCell: exports carry no formulas', () => {
  it.each<[string | number | null, string]>([
    ['Sam Jones', '"Sam Jones"'],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1+2', `"'+1+2"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\t=1', `"'\t=1"`],
    ['say "hi", then go', '"say ""hi"", then go"'],
    [18, '18'],
    [0.6, '0.6'],
    [-3, '-3'],
    [Number.NaN, ''],
    [null, ''],
  ])('%s -> %s', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('never lets a text cell start with a formula character once unquoted', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const inner = csvCell(text).slice(1, -1).replace(/""/g, '"');
        expect(inner).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });

  it('joins rows with CRLF', () => {
    expect(
      toCsv([
        ['Team', 'Cases'],
        ['North', 18],
      ]),
    ).toBe('"Team","Cases"\r\n"North",18');
  });
});
