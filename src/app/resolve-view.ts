/**
 * Turns the URL's view state into a view that exists. A bad or stale link
 * falls back to the nearest sensible view, with a notice saying what
 * happened, instead of a blank page.
 */
import type { Unit, Worker } from '../contract/v1';
import { formatDate } from '../domain/format';
import type { OrgIndex } from '../domain/org-index';
import type { ViewSearch } from '../lib/view-search';

const paramNames: Record<keyof ViewSearch, string> = {
  unit: 'unit',
  worker: 'worker',
  asAt: 'snapshot date',
  caps: 'caps preset',
  capset: 'caps in the link',
  teamcaps: 'caps for kinds of team',
  asye: 'ASYE rule',
  weights: 'weighting scheme',
  measure: 'measure',
  count: 'counting rule',
  who: 'choice of who is counted',
  source: 'data source',
  since: 'date to compare with',
  sort: 'order of the chart',
  benchmarks: 'benchmarks switch',
  layout: 'layout',
  demo: 'demo data',
};

/** Picks the snapshot date: the one asked for when it exists, else the latest. */
export function resolveAsAt(
  wanted: string | undefined,
  available: readonly string[],
): { asAt: string | null; notice: string | null } {
  const latest = available[available.length - 1] ?? null;
  if (wanted === undefined || available.includes(wanted))
    return { asAt: wanted ?? latest, notice: null };
  return {
    asAt: latest,
    notice: latest
      ? `There is no snapshot for ${formatDate(wanted)}, so the latest (${formatDate(latest)}) is shown.`
      : null,
  };
}

/**
 * Picks the earlier snapshot a worker is compared with: the one asked for when
 * it is a snapshot before `asAt`, else the one just before `asAt`.
 */
export function resolveSince(
  wanted: string | undefined,
  available: readonly string[],
  asAt: string,
): { since: string | null; notice: string | null } {
  const earlier = available.filter((date) => date < asAt);
  const previous = earlier[earlier.length - 1] ?? null;
  if (wanted === undefined || earlier.includes(wanted))
    return { since: wanted ?? previous, notice: null };
  const fallback = previous
    ? `so the changes shown are since the previous snapshot (${formatDate(previous)})`
    : 'and there is no earlier snapshot to compare with';
  return {
    since: previous,
    notice: `There is no snapshot for ${formatDate(wanted)} before ${formatDate(asAt)} to compare with, ${fallback}.`,
  };
}

export interface ResolvedView {
  unit: Unit;
  worker: Worker | null;
  notices: string[];
}

/** Finds the unit and worker the URL names in this snapshot, falling back with notices. */
export function resolveUnitAndWorker(search: ViewSearch, index: OrgIndex): ResolvedView {
  const notices: string[] = [];
  let unit = index.root;
  let unitFound = search.unit === undefined;
  if (search.unit !== undefined) {
    const found = index.unit(search.unit);
    if (found) {
      unit = found;
      unitFound = true;
    } else {
      notices.push(
        `The unit “${search.unit}” is not in the ${formatDate(index.asAt)} snapshot, so the whole organisation is shown.`,
      );
    }
  }
  let worker: Worker | null = null;
  if (search.worker !== undefined) {
    const found = index.worker(search.worker);
    // A worker is shown when they are in the linked unit or any unit beneath it.
    const underLinkedUnit =
      found !== undefined &&
      unitFound &&
      index.pathTo(found.unitId).some((step) => step.id === unit.id);
    if (found && underLinkedUnit) {
      worker = found;
      unit = index.unit(found.unitId) ?? unit;
    } else {
      notices.push(
        `The worker in the link is not in ${unit.name} on ${formatDate(index.asAt)}, so ${unit.name} is shown.`,
      );
    }
  }
  return { unit, worker, notices };
}

/** Notices for URL parameters that could not be read at all. */
export function invalidParamNotices(invalid: readonly (keyof ViewSearch)[]): string[] {
  return invalid.map(
    (key) => `The link’s ${paramNames[key]} could not be read, so the default is used instead.`,
  );
}
