/**
 * Finding a worker by name, for opening their page directly: a directory of
 * the workers in a snapshot (name and team, never a figure) and a search over
 * it that stays quick at national scale (30,000 workers).
 */
import type { OrgIndex } from './org-index';

/** One worker as the finder shows them: who, and where they work. Nothing about their cases. */
export interface WorkerEntry {
  id: string;
  unitId: string;
  name: string;
  /** Their team's name, with its council when the snapshot holds more than one council. */
  team: string;
}

export interface WorkerDirectory {
  /**
   * Sorted by name, then team; each with its name folded for matching (see
   * foldForSearch) between single spaces, so a word's start is " " + word.
   */
  items: readonly { entry: WorkerEntry; key: string }[];
}

export interface WorkerMatches {
  /** The first matches, best first, at most the limit asked for. */
  shown: readonly WorkerEntry[];
  /** How many workers match in all. */
  total: number;
}

/** How many matches a finder shows at once: enough to choose from, few enough to read. */
export const SHOWN_MATCHES = 20;

/**
 * Text folded so that a search ignores case, accents and punctuation:
 * "Zoë O’Brien-Smith" becomes "zoe o brien smith".
 */
export function foldForSearch(text: string): string {
  // Most names are plain ASCII: the Unicode-aware path is several times slower at 30,000 names.
  if (/^[\x20-\x7e]*$/.test(text)) {
    return text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  }
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Every worker in the snapshot with their team, sorted by name as folded
 * (so "Émile" sorts with "Emile"), then by team.
 */
export function workerDirectory(index: OrgIndex): WorkerDirectory {
  const teamNames = new Map<string, string>();
  const teamOf = (unitId: string): string => {
    let name = teamNames.get(unitId);
    if (name === undefined) {
      name = teamLabel(index, unitId);
      teamNames.set(unitId, name);
    }
    return name;
  };
  const items = index.workersUnder(index.root.id).map((worker) => {
    const entry: WorkerEntry = {
      id: worker.id,
      unitId: worker.unitId,
      name: worker.displayName,
      team: teamOf(worker.unitId),
    };
    return { entry, key: ` ${foldForSearch(worker.displayName)} ` };
  });
  items.sort((a, b) => compareText(a.key, b.key) || compareText(a.entry.team, b.entry.team));
  return { items };
}

/** Plain code-point order: a locale-aware compare takes twice as long over 30,000 names. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The worker's unit, and the council it belongs to when that is not the
 * whole organisation: at national scale every council has an "Assessment
 * Team 1", and the council tells them apart.
 */
function teamLabel(index: OrgIndex, unitId: string): string {
  const unit = index.unit(unitId);
  if (!unit) return unitId;
  let above = unit.parentId === null ? undefined : index.unit(unit.parentId);
  while (above && above.parentId !== null) {
    if (above.kind === 'council') return `${unit.name}, ${above.name}`;
    above = index.unit(above.parentId);
  }
  return unit.name;
}

/**
 * The workers whose name has a word starting with each word typed, in any
 * order ("sha wil" finds William Shaw). Names that start with what was typed
 * come first; each group keeps the directory's order. Nothing is found for
 * an empty search.
 */
export function findWorkers(
  directory: WorkerDirectory,
  query: string,
  limit: number = SHOWN_MATCHES,
): WorkerMatches {
  const folded = foldForSearch(query);
  if (folded === '') return { shown: [], total: 0 };
  // Longest word first: it rules out most names at the first test.
  const words = folded
    .split(' ')
    .sort((a, b) => b.length - a.length)
    .map((word) => ` ${word}`);
  const whole = ` ${folded}`;
  const starting: WorkerEntry[] = [];
  const containing: WorkerEntry[] = [];
  let total = 0;
  for (const { entry, key } of directory.items) {
    if (!words.every((word) => key.includes(word))) continue;
    total += 1;
    if (key.startsWith(whole)) {
      if (starting.length < limit) starting.push(entry);
    } else if (containing.length < limit) {
      containing.push(entry);
    }
  }
  return { shown: [...starting, ...containing].slice(0, limit), total };
}
