/**
 * Reads CSV text into rows that know their line number in the file, in one
 * pass of papaparse. Blank lines are skipped but reported; papaparse's own
 * errors (quotes that do not pair up) are kept with the row they belong to.
 * The separator is a comma unless the header row shows otherwise (see
 * findSeparator).
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

/** The characters a CSV file may use between its columns. */
export type CsvSeparator = ',' | ';' | '\t';

export interface ParsedCsv {
  /** The separator the file was read with. */
  separator: CsvSeparator;
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
  const separator = findSeparator(source);
  const parsed: ParsedCsv = {
    separator,
    header: null,
    headerLine: 0,
    headerErrors: [],
    rows: [],
    blankLines: [],
  };
  let rowStart = 0;

  Papa.parse<string[]>(source, {
    delimiter: separator,
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

/**
 * The separator, decided by the header row alone: a comma, unless read with
 * commas the header is one column that holds semicolons (Excel's "CSV" where
 * the decimal mark is a comma) or tabs (Excel's "Text"). A needed header is
 * never one column, and column names rarely hold ';', whereas data rows may
 * (names, teams), so papaparse's own guess from the first rows is not used.
 */
export function findSeparator(source: string): CsvSeparator {
  const found: { header: string[] | null } = { header: null };
  Papa.parse<string[]>(source, {
    delimiter: ',',
    skipEmptyLines: 'greedy',
    step: (result, parser) => {
      found.header = result.data;
      parser.abort();
    },
  });
  const only = found.header?.length === 1 ? (found.header[0] ?? '') : '';
  const columns = (separator: string) => only.split(separator).length;
  if (columns(';') > 1 && columns(';') >= columns('\t')) return ';';
  if (columns('\t') > 1) return '\t';
  return ',';
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

const SEPARATOR_NAMES: Record<CsvSeparator, string> = {
  ',': 'commas',
  ';': 'semicolons (;)',
  '\t': 'tabs',
};

/** The separator in words, for a report: "semicolons (;)". */
export function separatorName(separator: CsvSeparator): string {
  return SEPARATOR_NAMES[separator];
}

/** Each header and its problems: an empty file, a separator other than a comma, or a header named twice. */
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
  if (parsed.separator !== ',') {
    problems.push({
      line: null,
      subject: null,
      reason: `the columns in this file are separated by ${separatorName(parsed.separator)}, not commas, so it was read that way`,
      rejected: false,
    });
  }
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

/**
 * A whole-file problem when a header has no data rows below it: an import of
 * nothing would replace the saved snapshot for that date with an empty one.
 */
export function noDataRowsProblem(parsed: ParsedCsv): ImportProblem[] {
  if (parsed.header === null || parsed.rows.length > 0) return [];
  return [
    {
      line: null,
      subject: null,
      reason:
        'the file has column names but no rows of data below them, so there is nothing to import; check that the export is complete',
      rejected: true,
    },
  ];
}

/** Reads only the header row of a CSV file, for the column-mapping step. */
export function readCsvHeaders(text: string): { headers: string[]; problems: ImportProblem[] } {
  const parsed = parseCsv(text, { headerOnly: true });
  return { headers: parsed.header ?? [], problems: headerProblems(parsed) };
}
