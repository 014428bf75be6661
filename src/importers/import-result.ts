/**
 * What every importer returns: a snapshot in the v1 contract built from the
 * rows that were valid, and every row that was not, with its line number and
 * reason. Nothing is dropped silently. The app validates the snapshot again
 * at the boundary (contract/validate-snapshot.ts) when it loads it.
 */
import type { Snapshot } from '../contract/v1';

/** The kinds of file Loadline imports: a CSV export, or the CSWW census return (XML). */
export type ImportFormat = 'csv' | 'csww';

export interface ImportProblem {
  /** 1-based line (CSV) or record number (XML) in the file, or null for a problem with the whole file. */
  line: number | null;
  /** What the problem is about, e.g. a worker id or a column name, when known. */
  subject: string | null;
  /** Why the row was rejected, or what was wrong, in plain words. */
  reason: string;
  /** True when the row was left out; false for a warning about a kept row. */
  rejected: boolean;
  /**
   * True for a kept row with a value far outside what is usual
   * (contract/plausibility.ts): accepted and counted as given, because it may
   * be true, but shown apart as "Accepted, but check". Absent on imports
   * saved before these checks, and on every other problem.
   */
  check?: boolean;
}

export interface ImportResult {
  /** The snapshot built from the valid rows, or null when nothing usable was found. */
  snapshot: Snapshot | null;
  problems: ImportProblem[];
  /** Rows (or records) read from the file, header excluded. */
  rowsRead: number;
  /** Rows that made it into the snapshot. */
  rowsAccepted: number;
  /** The file's name, for the report and the data source badge. */
  sourceName: string;
}
