/**
 * The problem that stops an import when an optional second file (cases, team
 * figures) has nothing in it, saying what to do instead.
 */
import type { ImportProblem } from '../import-result';

/** A whole-file problem: the optional file has no rows, so nothing is imported. */
export function emptyFileStops(fileName: string, holds: string, main: string): ImportProblem {
  return {
    line: null,
    subject: fileName,
    reason: `nothing was imported, because ${fileName} has no ${holds} in it: choose the right file, or remove it to import the ${main} alone`,
    rejected: true,
  };
}
