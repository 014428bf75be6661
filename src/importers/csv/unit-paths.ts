/**
 * Unit paths read from the unit path columns, and their ids. Ids come from the
 * path itself (slugs joined with '/', under the organisation's id), so the
 * same team gets the same id in next month's file, whatever the row order.
 */
import { unitSchema } from '../../contract/v1';
import type { CellResult } from './cell-values';
import { fitId, idPart, shown } from './text-keys';

/** The organisation's id, from its name. */
export function organisationId(name: string): string {
  return fitId(idPart(name.trim() === '' ? 'organisation' : name.trim()));
}

/** The ids of each unit on a path, top first; the last is the unit the row belongs in. */
export function unitPathIds(rootId: string, names: readonly string[]): string[] {
  const ids: string[] = [];
  let parent = rootId;
  for (const name of names) {
    parent = fitId(`${parent}/${idPart(name)}`);
    ids.push(parent);
  }
  return ids;
}

/** Reads a row's unit path: trailing empty levels shorten it; an empty level above a filled one is refused. */
export function readUnitPath(
  cells: readonly string[],
  columns: readonly number[],
  headers: readonly string[],
): CellResult<string[]> {
  const names = columns.map((column) => cells[column] ?? '');
  const labels = columns.map((column) => headers[column] ?? '');
  let depth = names.length;
  while (depth > 0 && names[depth - 1] === '') depth -= 1;
  if (depth === 0) {
    const where = labels.map((label) => `'${label}'`).join(', ');
    return {
      ok: false,
      reason: `missing team (${where} ${labels.length > 1 ? 'are' : 'is'} empty)`,
    };
  }
  const path = names.slice(0, depth);
  const reasons: string[] = [];
  path.forEach((name, level) => {
    if (name === '') {
      // A gap is refused rather than closed up: the team would land under the wrong unit.
      reasons.push(
        `'${labels[level] ?? ''}' is empty but a level below it is filled in; fill in every level above the team`,
      );
      return;
    }
    const checked = unitSchema.shape.name.safeParse(name);
    if (!checked.success) {
      const message = checked.error.issues.map((issue) => issue.message).join(', ');
      reasons.push(`'${labels[level] ?? ''}' ${shown(name)} ${message}`);
    }
  });
  return reasons.length > 0 ? { ok: false, reason: reasons.join('; ') } : { ok: true, value: path };
}

/** A readUnitPath for one file, remembering each distinct path: a large file names the same teams thousands of times. */
export function pathReader(
  columns: readonly number[],
  headers: readonly string[],
): (cells: readonly string[]) => CellResult<string[]> {
  const seen = new Map<string, CellResult<string[]>>();
  return (cells) => {
    const key = JSON.stringify(columns.map((column) => cells[column] ?? ''));
    let result = seen.get(key);
    if (result === undefined) {
      result = readUnitPath(cells, columns, headers);
      seen.set(key, result);
    }
    // A copy, so that no caller can change what another row gets.
    return result.ok ? { ok: true, value: [...result.value] } : result;
  };
}

/** unitPathIds for one file, remembering each distinct path. */
export function pathIdMaker(rootId: string): (names: readonly string[]) => string[] {
  const seen = new Map<string, string[]>();
  return (names) => {
    const key = JSON.stringify(names);
    let ids = seen.get(key);
    if (ids === undefined) {
      ids = unitPathIds(rootId, names);
      seen.set(key, ids);
    }
    return [...ids];
  };
}
