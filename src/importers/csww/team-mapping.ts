/**
 * Reads the optional team mapping CSV (columns SWENo, team and optionally
 * service_area). The census has no team field, so this file is the only way
 * to place census workers in teams. Any other column (a worker's name, say) is
 * never read, so it cannot reach the snapshot.
 */
import Papa from 'papaparse';
import { findSeparator, separatorName, type CsvSeparator } from '../csv/parse-csv';
import type { ImportProblem } from '../import-result';
import { isValidSweNo, normaliseSweNo, quoteValue } from './swe-number';

export interface TeamAssignment {
  team: string;
  /** null when the file has no service_area column or the cell is empty. */
  serviceArea: string | null;
  /** 1-based line in the mapping CSV. */
  line: number;
}

export type TeamMappingReading =
  | { ok: true; bySweNo: Map<string, TeamAssignment>; problems: ImportProblem[] }
  | { ok: false; problems: ImportProblem[] };

interface CsvLine {
  line: number;
  cells: string[];
  /** Papaparse could not read the row as written, e.g. a quote that is never closed. */
  unreadable: boolean;
}

/** Parses the SWENo-to-team CSV; a row that cannot be used is reported and left out. */
export function readTeamMapping(csvText: string): TeamMappingReading {
  const source = csvText.replace(/^\uFEFF/, '');
  const separator = findSeparator(source);
  const [header, ...rows] = readLines(source, separator);
  const columns = header?.cells.map((cell) => cell.toLowerCase()) ?? [];
  const sweColumn = columns.indexOf('sweno');
  const teamColumn = columns.indexOf('team');
  const areaColumn = columns.indexOf('service_area');
  if (header === undefined || sweColumn < 0 || teamColumn < 0) {
    const reason =
      header === undefined
        ? 'The team mapping CSV is empty.'
        : 'The team mapping CSV needs a header row with the columns SWENo and team (service_area is optional).';
    return {
      ok: false,
      problems: [{ line: null, subject: 'team mapping CSV', reason, rejected: true }],
    };
  }

  const bySweNo = new Map<string, TeamAssignment>();
  const problems: ImportProblem[] = [];
  if (separator !== ',') {
    problems.push({
      line: null,
      subject: 'team mapping CSV',
      reason: `The team mapping CSV separates its columns by ${separatorName(separator)}, not commas, so it was read that way.`,
      rejected: false,
    });
  }
  for (const { line, cells, unreadable } of rows) {
    const sweNo = normaliseSweNo(cells[sweColumn] ?? '');
    const team = cells[teamColumn] ?? '';
    const area = areaColumn < 0 ? '' : (cells[areaColumn] ?? '');
    const reason = rowProblem({ unreadable, sweNo, team, area }, bySweNo);
    if (reason !== null) {
      problems.push({
        line: null,
        subject: isValidSweNo(sweNo) ? sweNo : null,
        reason: `Team mapping CSV, line ${line}: ${reason}; the row was left out.`,
        rejected: true,
      });
      continue;
    }
    bySweNo.set(sweNo, { team, serviceArea: area === '' ? null : area, line });
  }
  return { ok: true, bySweNo, problems };
}

function rowProblem(
  row: { unreadable: boolean; sweNo: string; team: string; area: string },
  earlier: ReadonlyMap<string, TeamAssignment>,
): string | null {
  if (row.unreadable) return 'the row could not be read (check that every quoted cell is closed)';
  if (row.sweNo === '') return 'SWENo is empty';
  if (!isValidSweNo(row.sweNo)) {
    return `SWENo ${quoteValue(row.sweNo)} is not a Social Work England number`;
  }
  if (row.team === '') return 'team is empty';
  if (row.team.length > 200 || row.area.length > 200) {
    return 'a team or service area name is longer than 200 characters';
  }
  const first = earlier.get(row.sweNo);
  return first === undefined ? null : `${row.sweNo} is already mapped on line ${first.line}`;
}

/** Non-blank CSV rows with trimmed cells and the 1-based line each starts on. */
function readLines(source: string, separator: CsvSeparator): CsvLine[] {
  const lines: CsvLine[] = [];
  let rowStart = 0;
  // Line numbers are counted from the text, not from papaparse's row count, so
  // a quoted cell spanning lines cannot shift the numbers of later rows.
  let countedTo = 0;
  let line = 1;
  Papa.parse<string[]>(source, {
    // Decided by the header alone, so a ';' inside a team name cannot change it.
    delimiter: separator,
    skipEmptyLines: false,
    step: (result) => {
      const start = rowStart;
      rowStart = result.meta.cursor;
      line += source.slice(countedTo, start).match(/\r\n|\r|\n/g)?.length ?? 0;
      countedTo = start;
      const cells = result.data.map((cell) => cell.trim());
      if (start >= source.length || cells.every((cell) => cell === '')) return;
      lines.push({ line, cells, unreadable: result.errors.length > 0 });
    },
  });
  return lines;
}
