/**
 * Imports the optional units file: one row per team with its unallocated
 * cases and vacant FTE. An empty cell means "not reported", never 0.
 */
import type { ImportProblem } from '../import-result';
import { readAmount, readCount, type CellResult } from './cell-values';
import { resolveColumns, type ResolvedColumns } from './column-match';
import { blankLinesWarning, sortProblems } from './finish-snapshot';
import { headerProblems, noDataRowsProblem, parseCsv, type CsvRow } from './parse-csv';
import { cellAt, rowShapeProblem } from './row-checks';
import { readUnitPath } from './unit-paths';
import {
  unitFigureLabels,
  type UnitColumnMapping,
  type UnitFigureField,
} from './unit-figure-columns';

/** The contract's upper limit for a unit's vacant FTE. */
const MAX_VACANT_FTE = 10_000;

export interface UnitFigureRow {
  line: number;
  /** The unit path, top level first; the last name is the team. */
  names: string[];
  /** Absent when the cell was empty: not reported. */
  unallocatedCases?: number;
  vacantFte?: number;
}

export interface UnitFiguresImport {
  rows: UnitFigureRow[];
  problems: ImportProblem[];
  rowsRead: number;
  sourceName: string;
}

export interface UnitsCsvOptions {
  mapping: UnitColumnMapping;
  sourceName: string;
}

/** Imports a units CSV of team figures, listing every refused row with its line and reasons. */
export function importUnitsCsv(text: string, options: UnitsCsvOptions): UnitFiguresImport {
  const parsed = parseCsv(text);
  const header = parsed.header ?? [];
  const { columns, unitPath } = options.mapping;
  const resolved = resolveColumns(header, columns, unitPath, {
    labels: unitFigureLabels,
    required: [],
    unitPathRequired: true,
  });
  const problems = [
    ...headerProblems(parsed),
    ...noDataRowsProblem(parsed),
    ...blankLinesWarning(parsed.blankLines),
    // An empty file has no header to find columns in: 'the file has no rows' says it all.
    ...(parsed.header === null ? [] : resolved.problems),
  ];
  if (columns.unallocatedCases === null && columns.vacantFte === null) {
    problems.push({
      line: null,
      subject: null,
      reason: 'no column is chosen for unallocated cases or vacant FTE, so the file gives nothing',
      rejected: true,
    });
  }
  const found: UnitFiguresImport = {
    rows: [],
    problems,
    rowsRead: parsed.rows.length,
    sourceName: options.sourceName,
  };
  if (parsed.header === null || problems.some((p) => p.rejected && p.line === null)) {
    return { ...found, problems: sortProblems(problems) };
  }

  for (const row of parsed.rows) {
    const read = readFigureRow(row, header, resolved);
    if (read.ok) found.rows.push(read.row);
    else
      problems.push({
        line: row.line,
        subject: read.team,
        reason: read.reasons.join('; '),
        rejected: true,
      });
  }
  return { ...found, problems: sortProblems(problems) };
}

type FigureRowResult =
  { ok: true; row: UnitFigureRow } | { ok: false; team: string | null; reasons: string[] };

function readFigureRow(
  row: CsvRow,
  header: readonly string[],
  resolved: ResolvedColumns<UnitFigureField>,
): FigureRowResult {
  const team =
    resolved.unitPath
      .map((column) => cellAt(row, column))
      .filter((name) => name !== '')
      .at(-1) ?? null;
  const shape = rowShapeProblem(row, header.length);
  if (shape !== null) return { ok: false, team, reasons: [shape] };
  const reasons: string[] = [];
  const take = <T>(result: CellResult<T>): T | undefined => {
    if (result.ok) return result.value;
    reasons.push(result.reason);
    return undefined;
  };
  // An empty figure cell is "not reported": the field is left out, never set to 0.
  const figure = <T>(column: number | null, read: (cell: string) => CellResult<T>) => {
    const cell = cellAt(row, column);
    return cell === '' ? undefined : take(read(cell));
  };
  const names = take(readUnitPath(row.cells, resolved.unitPath, header)) ?? [];
  const unallocatedCases = figure(resolved.index.unallocatedCases, (cell) =>
    readCount(cell, 'unallocated cases'),
  );
  const vacantFte = figure(resolved.index.vacantFte, (cell) =>
    readAmount(cell, 'vacant FTE', MAX_VACANT_FTE),
  );
  if (reasons.length > 0) return { ok: false, team, reasons };
  return {
    ok: true,
    row: {
      line: row.line,
      names,
      ...(unallocatedCases === undefined ? {} : { unallocatedCases }),
      ...(vacantFte === undefined ? {} : { vacantFte }),
    },
  };
}
