/**
 * Everything the dashboard needs for the view in the URL: the snapshot list,
 * the chosen snapshot (indexed), the unit and worker, the caps in force, and
 * every notice about fallbacks taken on the way.
 */
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { capsForUnit, resolveActiveCaps, resolveTeamTypeCaps } from '../domain/active-caps';
import { resolveAsyeRule } from '../domain/asye-rule';
import { resolveWeighting } from '../domain/weighting';
import { bandsFromCaps } from '../domain/bands';
import { settingsDefaults } from '../domain/organisation-settings';
import { differencesFromOrganisation } from '../domain/settings-differences';
import { orgIndexFor } from '../domain/snapshot-history';
import { comparisonOnlyDates } from '../domain/trend';
import {
  lastGoodSnapshot,
  snapshotListQueryOptions,
  snapshotQueryOptions,
  type SnapshotSource,
} from '../features/org-data/api/snapshots';
import { useViewSearch } from '../lib/view-search';
import { useCapsStore } from '../stores/caps-store';
import { useMeasureSettingsStore } from '../stores/measure-settings-store';
import { DEFAULT_VIEW_MEASURE, type ViewMeasure } from '../domain/measure-options';
import { capsForMeasure, referenceCapPerFte } from '../domain/unit-figures';
import type { LoadSettings } from '../domain/worker-load';
import { useConfig } from './config-context';
import {
  invalidParamNotices,
  resolveAsAt,
  resolveSince,
  resolveUnitAndWorker,
} from './resolve-view';
import { snapshotSourceFor } from './prefetch-first-view';
import { useSnapshotHistory } from './use-snapshot-history';

/** Snapshots with more workers than this are too large to load thirteen of for a trend. */
export const LARGE_SNAPSHOT_WORKERS = 5_000;

/** Reads the URL, the caps preferences and the two queries into one view model. */
export function useDashboardData() {
  const config = useConfig();
  const { search, invalid } = useViewSearch();
  // What everyone here starts from: the organisation's settings where its config sets them.
  const organisation = config.organisationSettings;
  const defaults = useMemo(() => settingsDefaults(organisation), [organisation]);
  const preferredPreset = useCapsStore((state) => state.preferredPreset);
  const customCaps = useCapsStore((state) => state.customCaps);
  const activeCaps = useMemo(
    () =>
      resolveActiveCaps(search.caps, search.capset, preferredPreset, customCaps, organisation.caps),
    [search.caps, search.capset, preferredPreset, customCaps, organisation.caps],
  );
  const savedWeighting = useMeasureSettingsStore((state) => state.weighting) ?? defaults.weighting;
  // The weighting matters only to the points measure; a link names it only then.
  const weightingInForce = useMemo(
    () =>
      resolveWeighting(search.measure === 'points' ? search.weights : undefined, savedWeighting),
    [search.measure, search.weights, savedWeighting],
  );
  const weighting = weightingInForce.scheme;
  const savedAsyeRule = useMeasureSettingsStore((state) => state.asyeRule) ?? defaults.asyeRule;
  const asyeInForce = useMemo(
    () => resolveAsyeRule(search.asye, savedAsyeRule),
    [search.asye, savedAsyeRule],
  );
  const asyeRule = asyeInForce.rule;
  const view = useMemo<ViewMeasure>(
    () => ({
      measure: search.measure ?? DEFAULT_VIEW_MEASURE.measure,
      counting: search.count ?? DEFAULT_VIEW_MEASURE.counting,
      population: search.who ?? DEFAULT_VIEW_MEASURE.population,
    }),
    [search.measure, search.count, search.who],
  );
  const source = useMemo<SnapshotSource>(
    () => snapshotSourceFor(config, { source: search.source }),
    [config, search.source],
  );
  const listQuery = useQuery(snapshotListQueryOptions(source));
  const dates = useMemo(() => listQuery.data?.snapshots ?? [], [listQuery.data]);
  const { asAt, notice: asAtNotice } = resolveAsAt(search.asAt, dates);

  const snapshotQuery = useQuery({
    ...snapshotQueryOptions(source, asAt ?? ''),
    enabled: asAt !== null,
    placeholderData: keepPreviousData,
  });
  // A failed load keeps the last good snapshot on screen, marked stale, rather than a blank page.
  const queryClient = useQueryClient();
  const fallback =
    snapshotQuery.data === undefined && snapshotQuery.isError
      ? lastGoodSnapshot(queryClient, source)
      : null;
  const validated = snapshotQuery.data ?? fallback?.value;
  const fetchedAt = fallback ? fallback.fetchedAt : snapshotQuery.dataUpdatedAt;
  const index = useMemo(() => (validated ? orgIndexFor(validated.snapshot) : null), [validated]);
  const resolved = useMemo(
    () => (index ? resolveUnitAndWorker(search, index) : null),
    [index, search],
  );

  // A team of a kind with its own caps uses them; every other unit uses the organisation's.
  const savedTeamTypeCaps = useCapsStore((state) => state.teamTypeCaps);
  const teamTypeCapsInForce = useMemo(
    () => resolveTeamTypeCaps(search.teamcaps, savedTeamTypeCaps, organisation.teamTypeCaps),
    [search.teamcaps, savedTeamTypeCaps, organisation.teamTypeCaps],
  );
  const teamTypeCaps = teamTypeCapsInForce.byType;
  const unitCaps = useMemo(
    () =>
      capsForUnit(
        activeCaps.preset,
        resolved?.unit.teamType,
        teamTypeCaps,
        teamTypeCapsInForce.origins,
      ),
    [activeCaps, resolved, teamTypeCaps, teamTypeCapsInForce.origins],
  );
  const caps = useMemo(
    () => capsForMeasure(unitCaps.preset.caps, view, weighting),
    [unitCaps, view, weighting],
  );
  const bands = useMemo(() => bandsFromCaps(caps), [caps]);
  const loadSettings = useMemo<LoadSettings>(
    () => ({
      view,
      weighting,
      asyeRule,
      referenceCapPerFte: referenceCapPerFte(unitCaps.preset.caps),
    }),
    [view, weighting, asyeRule, unitCaps],
  );

  // Every snapshot, for trends and "what changed"; loaded once the current view has painted.
  // A national or regional snapshot is megabytes (about 6 MB for England), so from any source
  // history then holds only what the comparisons need.
  const historyLimited =
    config.dataset === 'national' ||
    (validated?.snapshot.workers.length ?? 0) > LARGE_SNAPSHOT_WORKERS;
  // The trend needs every date, but only once someone looks at it: until then (and always at
  // national scale) history holds only what the key figures' comparisons need. A worker page's
  // "changes since" and the board's trend panel want every date from the start.
  const [trendInView, setTrendInView] = useState(false);
  const wantFullHistory = useCallback(() => setTrendInView(true), []);
  // Nor does the trend wait for a scroll for ever: once the page has painted and the browser
  // is idle, the rest of history loads, so a page printed or shot without scrolling has it all.
  const viewShown = resolved !== null;
  useEffect(() => {
    if (!viewShown || historyLimited || trendInView) return;
    return afterPaintWhenIdle(wantFullHistory, TREND_IDLE_DELAY_MS);
  }, [viewShown, historyLimited, trendInView, wantFullHistory]);
  const everyDateWanted =
    !historyLimited && (trendInView || search.worker !== undefined || search.layout === 'board');
  const historyDates = useMemo(
    () => (!everyDateWanted && asAt ? comparisonOnlyDates(dates, asAt) : dates),
    [everyDateWanted, dates, asAt],
  );
  const history = useSnapshotHistory(source, historyDates, validated !== undefined, true);

  // The worker page compares with an earlier snapshot: the one in the link, or the previous.
  const since =
    resolved?.worker && index
      ? resolveSince(search.since, historyLimited ? historyDates : dates, index.asAt)
      : null;

  const differences = useMemo(
    () =>
      differencesFromOrganisation(
        {
          caps: activeCaps.preset,
          teamTypeCaps,
          asyeRule,
          weighting: view.measure === 'points' ? weighting : null,
        },
        organisation,
      ),
    [activeCaps, teamTypeCaps, asyeRule, view.measure, weighting, organisation],
  );

  const notices = [
    ...invalidParamNotices(invalid),
    ...(asAtNotice ? [asAtNotice] : []),
    ...(activeCaps.notice ? [activeCaps.notice] : []),
    ...(teamTypeCapsInForce.notice ? [teamTypeCapsInForce.notice] : []),
    ...(asyeInForce.notice ? [asyeInForce.notice] : []),
    ...(weightingInForce.notice ? [weightingInForce.notice] : []),
    ...(resolved?.notices ?? []),
    ...(since?.notice ? [since.notice] : []),
  ];

  return {
    config,
    source,
    search,
    asAt,
    dates,
    listQuery,
    snapshotQuery,
    rejected: validated?.rejected ?? [],
    /** The date of the snapshot on screen, which differs from asAt while another loads or after it failed. */
    shownAsAt: validated?.snapshot.asAt ?? null,
    fetchedAt,
    index,
    history,
    /** The dates history loads: every date, or (at national scale, or until the trend is looked at) only the comparisons'. */
    historyDates,
    /** Asks for every snapshot date: call when the trend comes into view. */
    wantFullHistory,
    historyLimited,
    since: since?.since ?? null,
    view: resolved,
    activeCaps: activeCaps.preset,
    /** True when the caps in force are a link's own, not saved in this browser. */
    capsFromLink: activeCaps.fromLink,
    unitCaps,
    teamTypeCaps,
    caps,
    bands,
    loadSettings,
    notices,
    /** What everyone here starts from, and what reset goes back to. */
    defaults,
    organisation,
    /** The settings on screen that are not the organisation's. */
    differences,
  };
}

export type DashboardData = ReturnType<typeof useDashboardData>;

/** How long after the first paint, at most, the rest of a trend's history waits for an idle moment. */
const TREND_IDLE_DELAY_MS = 3_000;

/**
 * Runs `task` once the frame showing the view has been painted (two animation
 * frames on) and the browser is then idle, or `timeout` ms later at the
 * latest; returns a cancel. Waiting for the paint matters: an idle moment can
 * come while the first chart is still on its way, and eleven snapshots read
 * then would hold it back.
 */
function afterPaintWhenIdle(task: () => void, timeout: number): () => void {
  let cancelled = false;
  let cancelLater: (() => void) | null = null;
  const frame = window.requestAnimationFrame(() => {
    const next = window.requestAnimationFrame(() => {
      if (cancelled) return;
      if (typeof window.requestIdleCallback !== 'function') {
        const handle = window.setTimeout(task, timeout);
        cancelLater = () => window.clearTimeout(handle);
        return;
      }
      const handle = window.requestIdleCallback(task, { timeout });
      cancelLater = () => window.cancelIdleCallback(handle);
    });
    cancelLater = () => window.cancelAnimationFrame(next);
  });
  return () => {
    cancelled = true;
    window.cancelAnimationFrame(frame);
    cancelLater?.();
  };
}
