/**
 * Reads CSV text into rows that know their line number in the file, in one
 * pass of papaparse. Blank lines are skipped but reported; papaparse's own
 * errors (quotes that do not pair up) are kept with the row they belong to.
 */
import Papa from 'papaparse';
import type { ImportProblem } from '../import-result';

export interface CsvRow {
  /** 1-based line of the file on which the row starts (a quoted cell may span lines). */
  line: number;
  /** Cells with spaces trimmed at both ends. */
  cells: string[];
  /** Papaparse's complaints about this row, in plain words. */
  parseErrors: string[];
}

export interface ParsedCsv {
  /** The first non-blank row, trimmed; null when the file has no rows at all. */
  header: string[] | null;
  headerLine: number;
  /** Papaparse's complaints about the header row. */
  headerErrors: string[];
  rows: CsvRow[];
  /** Lines skipped because every cell on them was empty. */
  blankLines: number[];
}

const BOM = '\uFEFF';

/** Parses CSV text into trimmed rows with 1-based line numbers; the first non-blank row is the header. */
export function parseCsv(text: string, options: { headerOnly?: boolean } = {}): ParsedCsv {
  // Excel's "CSV UTF-8" starts with a byte-order mark; it is not part of the first header.
  const source = text.startsWith(BOM) ? text.slice(BOM.length) : text;
  const lines = new LineCounter(source);
  const parsed: ParsedCsv = {
    header: null,
    headerLine: 0,
    headerErrors: [],
    rows: [],
    blankLines: [],
  };
  let rowStart = 0;

  Papa.parse<string[]>(source, {
    // Comma only: guessing the delimiter can misread a file whose names contain ';' or '|'.
    delimiter: ',',
    // Blank lines are found here rather than by papaparse, so that they can be counted.
    skipEmptyLines: false,
    step: (result, parser) => {
      const start = rowStart;
      rowStart = result.meta.cursor;
      // Papaparse ends a file that ends with a line break with one empty row; it is not a line.
      if (start >= source.length) return;
      const line = lines.lineAt(start);
      const cells = result.data.map((cell) => cell.trim());
      const parseErrors = result.errors.map((error) => describeParseError(error, lines, rowStart));
      if (cells.every((cell) => cell === '') && parseErrors.length === 0) {
        parsed.blankLines.push(line);
      } else if (parsed.header === null) {
        parsed.header = cells;
        parsed.headerLine = line;
        parsed.headerErrors = parseErrors;
        if (options.headerOnly === true) parser.abort();
      } else {
        parsed.rows.push({ line, cells, parseErrors });
      }
    },
  });
  return parsed;
}

function describeParseError(error: Papa.ParseError, lines: LineCounter, end: number): string {
  if (error.code === 'MissingQuotes') {
    const last = lines.lineAt(Math.max(0, end - 1));
    return `a quoted cell is never closed, so everything up to line ${last} was read as one cell`;
  }
  if (error.code === 'InvalidQuotes') {
    return 'a quoted cell has text after its closing quote (write a quote inside a quoted cell as "")';
  }
  return `the row could not be read: ${error.message}`;
}

/** Turns character offsets into 1-based line numbers; offsets must be asked for in increasing order. */
class LineCounter {
  private offset = 0;
  private line = 1;

  constructor(private readonly text: string) {}

  lineAt(target: number): number {
    // Counts \n, \r\n and a lone \r as one line break each, as a text editor does.
    for (; this.offset < target; this.offset += 1) {
      const char = this.text.charCodeAt(this.offset);
      if (char === 10) this.line += 1;
      else if (char === 13 && this.text.charCodeAt(this.offset + 1) !== 10) this.line += 1;
    }
    return this.line;
  }
}

/** Each header and its problems: an empty file, or a header named twice. */
export function headerProblems(parsed: ParsedCsv): ImportProblem[] {
  if (parsed.header === null) {
    return [{ line: null, subject: null, reason: 'the file has no rows', rejected: true }];
  }
  const seen = new Set<string>();
  const problems: ImportProblem[] = parsed.headerErrors.map((reason) => ({
    line: parsed.headerLine,
    subject: null,
    reason: `header: ${reason}`,
    rejected: false,
  }));
  for (const name of parsed.header) {
    if (name !== '' && seen.has(name)) {
      problems.push({
        line: parsed.headerLine,
        subject: name,
        reason: `the column '${name}' appears more than once in the header; it cannot be used until one is renamed`,
        rejected: false,
      });
    }
    seen.add(name);
  }
  return problems;
}

/** Reads only the header row of a CSV file, for the column-mapping step. */
export function readCsvHeaders(text: string): { headers: string[]; problems: ImportProblem[] } {
  const parsed = parseCsv(text, { headerOnly: true });
  return { headers: parsed.header ?? [], problems: headerProblems(parsed) };
}
