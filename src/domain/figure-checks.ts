/**
 * Which of a unit's key figures rest on a record with a value far outside the
 * usual (contract/plausibility.ts). Such a record is counted as sent, so a
 * figure that includes it says so beside the number, not only in the notes:
 * one worker sent with 150 cases moves a team's load and is its "highest".
 */
import { plural } from './format';
import type { UnitFigures } from './unit-figures';

export interface FigureChecks {
  /** Counted workers whose own values are to be checked. */
  countedToCheck: number;
  /** Whether the highest load belongs to one of them. */
  highestToCheck: boolean;
}

export function figureChecks(
  figures: Pick<UnitFigures, 'counted' | 'implausible' | 'highestLoad'>,
): FigureChecks {
  const flagged = new Set(
    figures.implausible.filter((record) => record.kind === 'worker').map((record) => record.id),
  );
  if (flagged.size === 0) return { countedToCheck: 0, highestToCheck: false };
  let countedToCheck = 0;
  let highestToCheck = false;
  for (const load of figures.counted) {
    if (!flagged.has(load.worker.id)) continue;
    countedToCheck += 1;
    if (load.value === figures.highestLoad) highestToCheck = true;
  }
  return { countedToCheck, highestToCheck };
}

/** The line a key figure shows when it includes records to check, or null. */
export function includesToCheckLine(count: number): string | null {
  if (count === 0) return null;
  return `Includes ${plural(count, 'record')} to check (see the notes)`;
}
