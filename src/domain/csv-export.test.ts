import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvCell, neutraliseCell, toCsv } from './csv-export';

describe('neutraliseCell', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+Area North', "'+Area North"],
    ['-2+3', "'-2+3"],
    ['@Area West', "'@Area West"],
    ['\tTabbed', "'\tTabbed"],
    ['\rReturn', "'\rReturn"],
    ['Area = North', 'Area = North'],
    ['CIN/CP Team North', 'CIN/CP Team North'],
    ['', ''],
  ])('%j becomes %j', (text, expected) => {
    expect(neutraliseCell(text)).toBe(expected);
  });
});

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    // Neutralised first, then quoted because of the comma.
    ['=1,2', `"'=1,2"`],
    // A carriage return at the start is neutralised and, being a line break, quoted.
    ['\rx', `"'\rx"`],
    [21.3, '21.3'],
    [-2, '-2'],
    [Number.NaN, ''],
    [null, ''],
  ])('%j is written %j', (cell, expected) => {
    expect(csvCell(cell)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('writes a header and rows with CRLF line ends', () => {
    expect(
      toCsv([
        ['Unit', 'Cases per FTE'],
        ['+Area North', 21.3],
        ['Court, Pre-proceedings', null],
      ]),
    ).toBe('Unit,Cases per FTE\r\n\'+Area North,21.3\r\n"Court, Pre-proceedings",\r\n');
  });
});

describe('csvCell: no text cell opens as a formula', () => {
  it('holds for any text, once a spreadsheet has taken off the quotes', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const written = csvCell(text);
        const inner = written.startsWith('"') ? written.slice(1, -1).replace(/""/g, '"') : written;
        expect(inner).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });
});
