/**
 * Memory for unit figures, so that nothing is worked out twice. At national
 * scale a unit's figures walk 30,000 workers; a page needs them for the unit,
 * for each child's chart row and for each child's spread row, and again on
 * every re-render. Keys are the lists themselves (an org index hands out the
 * same list for a unit every time) and the settings by value, so entries go
 * when their snapshot goes. Inputs are never changed in place (snapshots are
 * read-only), which is what makes keying by identity safe.
 */
import type { Unit, Worker } from '../contract/v1';
import type { Band } from './bands';
import type { Cap } from './caps';
import type { LoadSettings } from './worker-load';

const RECENT_SETTINGS = 8;
const FIGURES_PER_LIST = 4;

const recentSettings: LoadSettings[] = [];

const recentLoadSettings: LoadSettings[] = [];

/** Settings that give the same loads: all but the reference cap, which sets own caps only. */
function sameLoads(a: LoadSettings, b: LoadSettings): boolean {
  return (
    a.view.measure === b.view.measure &&
    a.view.counting === b.view.counting &&
    a.view.population === b.view.population &&
    a.weighting === b.weighting &&
    a.asyeRule === b.asyeRule
  );
}

function sameSettings(a: LoadSettings, b: LoadSettings): boolean {
  return sameLoads(a, b) && a.referenceCapPerFte === b.referenceCapPerFte;
}

/** One object for all settings equal by value (by `same`), so it can key a WeakMap. */
function canonical(
  settings: LoadSettings,
  recent: LoadSettings[] = recentSettings,
  same: (a: LoadSettings, b: LoadSettings) => boolean = sameSettings,
): LoadSettings {
  const found = recent.find((seen) => same(seen, settings));
  if (found) return found;
  recent.unshift(settings);
  if (recent.length > RECENT_SETTINGS) recent.pop();
  return settings;
}

const stages = new WeakMap<
  readonly Worker[],
  WeakMap<LoadSettings, { units: readonly Unit[]; stage: unknown }>
>();

/**
 * The caps-free part of a unit's figures: computed once per lists and
 * settings, whatever the reference cap (the caller adjusts own caps).
 */
export function memoLoadStage<T>(
  workers: readonly Worker[],
  units: readonly Unit[],
  settings: LoadSettings,
  compute: () => T,
): T {
  const key = canonical(settings, recentLoadSettings, sameLoads);
  let bySettings = stages.get(workers);
  if (!bySettings) {
    bySettings = new WeakMap();
    stages.set(workers, bySettings);
  }
  const found = bySettings.get(key);
  if (found && found.units === units) return found.stage as T;
  const stage = compute();
  bySettings.set(key, { units, stage });
  return stage;
}

interface FiguresEntry {
  units: readonly Unit[];
  caps: readonly Cap[];
  bands: readonly Band[];
  settings: LoadSettings;
  figures: unknown;
}

const figures = new WeakMap<readonly Worker[], FiguresEntry[]>();

/** A unit's whole figures: computed once per lists, caps, bands and settings. */
export function memoFigures<T>(
  workers: readonly Worker[],
  units: readonly Unit[],
  caps: readonly Cap[],
  bands: readonly Band[],
  settings: LoadSettings,
  compute: () => T,
): T {
  const key = canonical(settings);
  const entries = figures.get(workers) ?? [];
  const found = entries.find(
    (entry) =>
      entry.units === units &&
      entry.caps === caps &&
      entry.bands === bands &&
      entry.settings === key,
  );
  if (found) return found.figures as T;
  const computed = compute();
  entries.unshift({ units, caps, bands, settings: key, figures: computed });
  if (entries.length > FIGURES_PER_LIST) entries.pop();
  figures.set(workers, entries);
  return computed;
}
