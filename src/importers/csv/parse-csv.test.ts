import { parseCsv } from './parse-csv';

function linesOf(text: string): number[] {
  return parseCsv(text).rows.map((row) => row.line);
}

describe('parseCsv line numbers', () => {
  it.each([
    ['plain rows', 'a,b\n1,2\n3,4\n', [2, 3]],
    ['no final line break', 'a,b\n1,2\n3,4', [2, 3]],
    ['Windows line breaks', 'a,b\r\n1,2\r\n3,4\r\n', [2, 3]],
    ['old Mac line breaks', 'a,b\r1,2\r3,4\r', [2, 3]],
    ['a quoted cell spanning two lines', 'a,b\n"x\ny",2\n3,4\n', [2, 4]],
    ['a quoted cell spanning three lines', 'a,b\n1,"p\r\nq\r\nr"\n3,4\n', [2, 5]],
    ['blank lines between rows', 'a,b\n1,2\n\n\n3,4\n', [2, 5]],
    ['a byte-order mark', '\uFEFFa,b\n1,2\n', [2]],
    ['blank lines above the header', '\n\na,b\n1,2\n', [4]],
  ])('numbers rows by their first line: %s', (_, text, lines) => {
    expect(linesOf(text)).toEqual(lines);
  });

  it('skips blank lines (and lines of empty cells) but lists them', () => {
    const parsed = parseCsv('a,b\n1,2\n\n , \n,,\n3,4\n\n');
    expect(parsed.rows.map((row) => row.cells)).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(parsed.blankLines).toEqual([3, 4, 5, 7]);
  });

  it('trims cells and keeps quoted commas and line breaks inside one cell', () => {
    const parsed = parseCsv('name,team\n"  Khan, Amira ","Line one\nLine two"\n');
    expect(parsed.rows[0]?.cells).toEqual(['Khan, Amira', 'Line one\nLine two']);
  });

  it('keeps formula-like cells as text', () => {
    const parsed = parseCsv('name\n=SUM(A1:A9)\n+44 1234\n-dash\n@handle\n');
    expect(parsed.rows.map((row) => row.cells[0])).toEqual([
      '=SUM(A1:A9)',
      '+44 1234',
      '-dash',
      '@handle',
    ]);
  });

  it('reports a quote that is never closed, with the line the row starts on', () => {
    const parsed = parseCsv('a,b\n1,2\n3,"open\n4,5\n');
    expect(parsed.rows.map((row) => row.line)).toEqual([2, 3]);
    expect(parsed.rows[1]?.parseErrors).toEqual([
      'a quoted cell is never closed, so everything up to line 4 was read as one cell',
    ]);
  });
});

describe('parseCsv separators', () => {
  it.each<[string, string, ',' | ';' | '\t', string[][]]>([
    ['commas', 'a,b\n1,2\n', ',', [['1', '2']]],
    ['semicolons', 'a;b\n1;2\n', ';', [['1', '2']]],
    ['tabs', 'a\tb\n1\t2\n', '\t', [['1', '2']]],
    [
      'semicolons below blank lines and a byte-order mark',
      '\uFEFF\n\na;b\n1;2\n',
      ';',
      [['1', '2']],
    ],
    ['commas, with a semicolon inside a name', 'a,b\n"x;y",2\n', ',', [['x;y', '2']]],
    ['commas, with a semicolon in a header', 'team;area,b\n1,2\n', ',', [['1', '2']]],
    ['one column', 'a\n1\n', ',', [['1']]],
  ])('reads a file separated by %s', (_, text, separator, rows) => {
    const parsed = parseCsv(text);
    expect(parsed.separator).toBe(separator);
    expect(parsed.rows.map((row) => row.cells)).toEqual(rows);
  });

  it('keeps a comma inside a cell of a semicolon file as part of the cell', () => {
    const parsed = parseCsv('name;fte\nKhan, Amira;0.6\n');
    expect(parsed.header).toEqual(['name', 'fte']);
    expect(parsed.rows[0]?.cells).toEqual(['Khan, Amira', '0.6']);
  });
});
