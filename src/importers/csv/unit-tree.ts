/**
 * Units built from the unit paths of accepted rows: the organisation at the
 * root, 'area' for a unit with units beneath it, 'team' for one without.
 */
import type { Unit } from '../../contract/v1';
import type { ImportProblem } from '../import-result';

export interface PlacedPath {
  line: number;
  names: readonly string[];
  ids: readonly string[];
}

/** A unit beneath a parent, named for reasons; its line is null when it came from another file. */
export interface ChildExample {
  name: string;
  line: number | null;
}

/** For each unit with units beneath it, one of those units and the line that named it, for reasons. */
export function findParents(
  paths: readonly PlacedPath[],
  known: ReadonlyMap<string, ChildExample> = new Map(),
): Map<string, ChildExample> {
  const parents = new Map(known);
  for (const path of paths) {
    for (let level = 0; level + 1 < path.ids.length; level += 1) {
      const id = path.ids[level] ?? '';
      if (!parents.has(id)) parents.set(id, { name: path.names[level + 1] ?? '', line: path.line });
    }
  }
  return parents;
}

/** Why a unit with units beneath it cannot take this row. */
export function parentUnitReason(name: string, child: ChildExample, what: string): string {
  const where = child.line === null ? '' : ` on line ${child.line}`;
  return `'${name}' has units beneath it (e.g. '${child.name}'${where}), so it cannot hold ${what}; workers and team figures belong in a team`;
}

/** Builds the units for the given paths (the organisation first), with a warning for each unit spelt two ways. */
export function buildUnits(
  root: { id: string; name: string },
  paths: readonly PlacedPath[],
): { units: Unit[]; warnings: ImportProblem[] } {
  const rootUnit: Unit = { id: root.id, parentId: null, name: root.name, kind: 'organisation' };
  const units = new Map<string, Unit>([[root.id, rootUnit]]);
  const warnings = addUnits(units, root.id, paths, findParents(paths));
  return { units: [...units.values()], warnings };
}

/** Adds the units on the given paths that are not yet known; a unit now with units beneath it becomes an 'area'. */
export function addUnits(
  units: Map<string, Unit>,
  rootId: string,
  paths: readonly PlacedPath[],
  parents: ReadonlyMap<string, ChildExample>,
): ImportProblem[] {
  const firstLine = new Map<string, number>();
  const spellings = new Set<string>();
  const warnings: ImportProblem[] = [];
  for (const path of paths) {
    path.ids.forEach((id, level) => {
      const name = path.names[level] ?? '';
      const known = units.get(id);
      if (known === undefined) {
        const parentId = level === 0 ? rootId : (path.ids[level - 1] ?? rootId);
        units.set(id, { id, parentId, name, kind: parents.has(id) ? 'area' : 'team' });
        firstLine.set(id, path.line);
        return;
      }
      if (known.kind === 'team' && parents.has(id)) units.set(id, { ...known, kind: 'area' });
      if (known.name !== name && !spellings.has(`${id}\n${name}`)) {
        spellings.add(`${id}\n${name}`);
        const seen = firstLine.get(id);
        warnings.push({
          line: path.line,
          subject: name,
          reason: `'${name}' is read as the same unit as '${known.name}'${seen === undefined ? '' : ` (first on line ${seen})`}: the names differ only in capitals, spaces or punctuation`,
          rejected: false,
        });
      }
    });
  }
  return warnings;
}
