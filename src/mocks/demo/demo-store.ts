/**
 * The built-in demo data, generated on first use and cached: every caller
 * (MSW handlers, tests, a future offline mode) sees the very same objects.
 * They are frozen so that one caller sorting a list in place cannot change
 * what the next caller sees.
 */
import { CONTRACT_VERSION, type Snapshot, type SnapshotList } from '../../contract/v1';
import { monthEnds } from './dates';
import { DEMO_ORGANISATION, DEMO_SEED, demoCouncilShape } from './demo-shape';
import { generateCouncil } from './generate-council';

/** Month ends from October 2025 to October 2026: thirteen snapshots. */
export const DEMO_SNAPSHOT_DATES: readonly string[] = monthEnds('2025-10', 13);

interface DemoData {
  list: SnapshotList;
  byDate: Map<string, Snapshot>;
}

let cache: DemoData | undefined;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function build(): DemoData {
  const organisation = { ...DEMO_ORGANISATION };
  const months = generateCouncil({
    seed: DEMO_SEED,
    shape: demoCouncilShape,
    snapshotDates: DEMO_SNAPSHOT_DATES,
  });
  const byDate = new Map<string, Snapshot>();
  for (const month of months) {
    byDate.set(month.asAt, deepFreeze({ version: CONTRACT_VERSION, organisation, ...month }));
  }
  const list: SnapshotList = {
    version: CONTRACT_VERSION,
    organisation,
    snapshots: months.map((month) => month.asAt),
  };
  return { list: deepFreeze(list), byDate };
}

function data(): DemoData {
  cache ??= build();
  return cache;
}

/** The demo council's snapshot list, dates ascending (frozen; copy before changing). */
export function demoSnapshotList(): SnapshotList {
  return data().list;
}

/** The demo snapshot for a YYYY-MM-DD date, or undefined if there is none (frozen). */
export function demoSnapshot(asAt: string): Snapshot | undefined {
  return data().byDate.get(asAt);
}

/** Every demo snapshot, oldest first (frozen), for trends and tests. */
export function demoSnapshots(): Snapshot[] {
  return [...data().byDate.values()];
}
