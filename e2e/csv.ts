/**
 * Reads a downloaded CSV as a spreadsheet would (RFC 4180: quoted fields may
 * hold commas, doubled quotes and line breaks), so the tests check the cells
 * and not how the text happens to be laid out.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let at = 0; at < body.length; at += 1) {
    const char = body.charAt(at);
    if (quoted) {
      if (char === '"' && body[at + 1] === '"') {
        cell += '"';
        at += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && body[at + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      at += 1;
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** The rows as records keyed by the header, which must give every column a different name. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header = [], ...body] = parseCsv(text);
  if (new Set(header).size !== header.length)
    throw new Error(`Repeated column names: ${header.join(', ')}`);
  return body.map((row) => Object.fromEntries(header.map((name, at) => [name, row[at] ?? ''])));
}
