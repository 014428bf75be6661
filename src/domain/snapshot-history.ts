/**
 * The snapshots loaded so far for trends and "what changed" comparisons:
 * each as an index with its date, plus the dates still on their way and
 * those that could not be loaded, so a view can say which points are missing.
 */
import type { Snapshot } from '../contract/v1';
import { buildOrgIndex, type OrgIndex } from './org-index';

export interface DatedIndex {
  asAt: string;
  index: OrgIndex;
}

export interface SnapshotHistory {
  /** Loaded snapshots, oldest first. */
  loaded: readonly DatedIndex[];
  /** Dates still loading. */
  pending: readonly string[];
  /** Dates that could not be loaded or failed validation. */
  failed: readonly string[];
}

export const EMPTY_HISTORY: SnapshotHistory = { loaded: [], pending: [], failed: [] };

/** The loaded snapshots up to and including a date, oldest first. */
export function historyUpTo(history: SnapshotHistory, asAt: string): readonly DatedIndex[] {
  return history.loaded.filter((entry) => entry.asAt <= asAt);
}

/** The loaded snapshot for one date, if it is loaded. */
export function snapshotAt(history: SnapshotHistory, asAt: string): OrgIndex | undefined {
  return history.loaded.find((entry) => entry.asAt === asAt)?.index;
}

const indexes = new WeakMap<Snapshot, OrgIndex>();

/** One index per snapshot object, so the current view and the history share the work. */
export function orgIndexFor(snapshot: Snapshot): OrgIndex {
  const cached = indexes.get(snapshot);
  if (cached) return cached;
  const built = buildOrgIndex(snapshot);
  indexes.set(snapshot, built);
  return built;
}
