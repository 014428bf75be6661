/**
 * Matching a file's headers to the fields an importer needs, and checking a
 * mapping (suggested, or corrected by a person) against the actual header.
 */
import type { ImportProblem } from '../import-result';
import { matchKey } from './text-keys';

/** For each field, the header of the column that holds it (as written in the file), or null. */
export type ColumnChoice<F extends string> = Record<F, string | null>;

/** Picks a header for each field from its aliases: fields in the given order, aliases best first, each header used once. */
export function suggestColumns<F extends string>(
  headers: readonly string[],
  aliases: Readonly<Record<F, readonly string[]>>,
  fields: readonly F[],
  used: Set<string>,
): ColumnChoice<F> {
  const byKey = new Map<string, string>();
  for (const header of headers) {
    const key = matchKey(header);
    // The first of two headers with the same key wins, as a person reading left to right would pick.
    if (key !== '' && !byKey.has(key)) byKey.set(key, header.trim());
  }
  const choice = Object.fromEntries(fields.map((field) => [field, null])) as ColumnChoice<F>;
  for (const field of fields) {
    for (const alias of aliases[field]) {
      const header = byKey.get(alias);
      if (header !== undefined && !used.has(header)) {
        choice[field] = header;
        used.add(header);
        break;
      }
    }
  }
  return choice;
}

const NUMBERED_LEVEL = /^(?:unit|level|tier|orglevel|unitlevel)(\d+)$/;

/** Named unit levels, top first: a directorate holds service areas, which hold teams. */
const NAMED_LEVELS: readonly (readonly string[])[] = [
  ['directorate', 'division', 'department'],
  ['servicearea', 'service', 'area', 'locality', 'servicename', 'areaname'],
  ['team', 'teamname', 'unit', 'unitname', 'workteam'],
];

/** Picks the unit path columns, top level first: numbered ones (unit_1, unit_2) if any, else named ones (service area, team). */
export function suggestUnitPath(headers: readonly string[], used: Set<string>): string[] {
  const free = headers.map((header) => header.trim()).filter((header) => !used.has(header));
  const numbered = free
    .map((header) => ({ header, level: NUMBERED_LEVEL.exec(matchKey(header))?.[1] }))
    .filter((entry): entry is { header: string; level: string } => entry.level !== undefined)
    .sort((a, b) => Number(a.level) - Number(b.level))
    .map((entry) => entry.header);
  const named = NAMED_LEVELS.flatMap((keys) =>
    free.filter((header) => keys.includes(matchKey(header))),
  );
  const path = [...new Set(numbered.length > 0 ? numbered : named)];
  for (const header of path) used.add(header);
  return path;
}

/** Headers that no field uses, for the person correcting the mapping. */
export function unusedHeaders(headers: readonly string[], used: ReadonlySet<string>): string[] {
  return headers.map((header) => header.trim()).filter((h) => h !== '' && !used.has(h));
}

/** Where a mapping's columns sit in the header, with whole-file problems for columns that cannot be used. */
export interface ResolvedColumns<F extends string> {
  index: Record<F, number | null>;
  unitPath: number[];
  problems: ImportProblem[];
}

/** Finds each chosen column in the header; a required field with no usable column is a whole-file problem. */
export function resolveColumns<F extends string>(
  header: readonly string[],
  choice: ColumnChoice<F>,
  unitPath: readonly string[],
  rules: { labels: Readonly<Record<F, string>>; required: readonly F[]; unitPathRequired: boolean },
): ResolvedColumns<F> {
  const problems: ImportProblem[] = [];
  const positions = new Map<string, number[]>();
  header.forEach((name, position) => {
    positions.set(name, [...(positions.get(name) ?? []), position]);
  });
  const find = (name: string, label: string): number | null => {
    const found = positions.get(name.trim()) ?? [];
    if (found.length === 1) return found[0] ?? null;
    problems.push({
      line: null,
      subject: name,
      reason:
        found.length === 0
          ? `the column '${name}' chosen for ${label} is not in the file's header`
          : `the column '${name}' chosen for ${label} appears ${found.length} times in the header; rename one`,
      rejected: true,
    });
    return null;
  };

  const index = {} as Record<F, number | null>;
  for (const field of Object.keys(choice) as F[]) {
    const name = choice[field];
    index[field] = name === null ? null : find(name, rules.labels[field]);
    if (name === null && rules.required.includes(field)) {
      problems.push({
        line: null,
        subject: rules.labels[field],
        reason: `no column is chosen for ${rules.labels[field]}, which every row needs`,
        rejected: true,
      });
    }
  }
  const path = unitPath.map((name, level) => find(name, `unit level ${level + 1}`));
  if (rules.unitPathRequired && unitPath.length === 0) {
    problems.push({
      line: null,
      subject: 'team',
      reason: 'no column is chosen for the team (or the unit path, e.g. service area then team)',
      rejected: true,
    });
  }
  return { index, unitPath: path.filter((p): p is number => p !== null), problems };
}
