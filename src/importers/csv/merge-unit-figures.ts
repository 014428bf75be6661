/**
 * Puts the units file's team figures (unallocated cases, vacant FTE) on the
 * teams of an import. A team named only in the units file (say, all posts
 * vacant) is added; figures on a unit with units beneath it are refused,
 * since the contract keeps them on teams and never repeats them as totals.
 */
import type { Snapshot, Unit } from '../../contract/v1';
import type { ImportProblem, ImportResult } from '../import-result';
import { teamCheckProblems } from '../plausibility-problems';
import { emptyFileStops } from './empty-file';
import { finishSnapshot } from './finish-snapshot';
import type { UnitFigureRow, UnitFiguresImport } from './import-unit-figures';
import { unitPathIds } from './unit-paths';
import { addUnits, findParents, parentUnitReason, type ChildExample } from './unit-tree';

type Placed = UnitFigureRow & { ids: string[] };

/** Puts team figures from a units file on the imported snapshot's teams, adding teams it names that have no workers. */
export function mergeUnitFigures(result: ImportResult, figures: UnitFiguresImport): ImportResult {
  const inUnits = (problem: ImportProblem): ImportProblem => ({
    ...problem,
    reason: `${figures.sourceName}: ${problem.reason}`,
  });
  const problems = [...result.problems, ...figures.problems.map(inUnits)];
  const sourceName = `${result.sourceName}, ${figures.sourceName}`;
  const snapshot = result.snapshot;
  const root = snapshot?.units.find((unit) => unit.parentId === null);
  if (snapshot === null || root === undefined) {
    problems.push({
      line: null,
      subject: null,
      reason: `team figures from ${figures.sourceName} were not added: there are no units to add them to`,
      rejected: true,
    });
    return { ...result, problems, sourceName };
  }

  // As with a cases file: a units file with no rows is the wrong file or a cut-short export.
  if (figures.rowsRead === 0) {
    problems.push(emptyFileStops(figures.sourceName, 'team figures', 'workers'));
    return { ...result, snapshot: null, rowsAccepted: 0, problems, sourceName };
  }
  const units = new Map(snapshot.units.map((unit) => [unit.id, unit]));
  const withWorkers = new Set(snapshot.workers.map((worker) => worker.unitId));
  const refuse = (row: Placed, reason: string) =>
    problems.push(
      inUnits({ line: row.line, subject: row.names.at(-1) ?? null, reason, rejected: true }),
    );

  // First pass: a path may not run through a team that holds workers, and may not be given twice.
  const firstLine = new Map<string, number>();
  const candidates: Placed[] = [];
  for (const row of figures.rows) {
    const placed = { ...row, ids: unitPathIds(root.id, row.names) };
    const leaf = placed.ids.at(-1) ?? root.id;
    const seen = firstLine.get(leaf);
    const team = placed.ids.slice(0, -1).findIndex((id) => withWorkers.has(id));
    if (seen !== undefined) {
      refuse(
        placed,
        `figures for '${row.names.at(-1) ?? ''}' are given twice (first on line ${seen})`,
      );
    } else if (team >= 0) {
      refuse(
        placed,
        `'${row.names[team] ?? ''}' is a team with workers, so it cannot have units beneath it`,
      );
    } else {
      candidates.push(placed);
    }
    firstLine.set(leaf, seen ?? row.line);
  }

  // Second pass: figures go on teams, so a unit with units beneath it is refused.
  const parents = findParents(candidates, existingParents(snapshot.units, units));
  const accepted = candidates.filter((row) => {
    const child = parents.get(row.ids.at(-1) ?? root.id);
    if (child !== undefined)
      refuse(row, parentUnitReason(row.names.at(-1) ?? '', child, 'team figures'));
    return child === undefined;
  });

  problems.push(...addUnits(units, root.id, accepted, parents).map(inUnits));
  for (const row of accepted) {
    const id = row.ids.at(-1) ?? root.id;
    const unit = units.get(id);
    if (unit === undefined) continue;
    const given: Partial<Unit> = {};
    if (row.unallocatedCases !== undefined) given.unallocatedCases = row.unallocatedCases;
    if (row.vacantFte !== undefined) given.vacantFte = row.vacantFte;
    units.set(id, { ...unit, ...given });
    // Kept as given; a figure far outside the usual is listed to be checked.
    problems.push(...teamCheckProblems({ ...unit, ...given }, row.line).map(inUnits));
  }
  const draft: Snapshot = { ...snapshot, units: [...units.values()] };
  return finishSnapshot({
    draft,
    workerLine: () => null,
    problems,
    rowsRead: result.rowsRead,
    sourceName,
  });
}

function existingParents(
  list: readonly Unit[],
  byId: ReadonlyMap<string, Unit>,
): Map<string, ChildExample> {
  const parents = new Map<string, ChildExample>();
  for (const unit of list) {
    if (unit.parentId !== null && !parents.has(unit.parentId) && byId.has(unit.parentId)) {
      parents.set(unit.parentId, { name: unit.name, line: null });
    }
  }
  return parents;
}
