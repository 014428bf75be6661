import { useQuery } from '@tanstack/react-query';
import { Suspense, useCallback, useEffect, useState } from 'react';
import { AppLink } from '../components/app-link';
import { importsQueryOptions } from '../lib/imported-data';
import { Breadcrumbs, type Crumb } from '../components/breadcrumbs';
import { Notice } from '../components/notice';
import { ErrorBoundary } from '../components/error-boundary';
import { LoadError, Loading } from '../components/query-status';
import { DeferredBenchmarksPanel } from '../features/benchmarks/components/benchmarks-panel';
import { StaleDataBanner } from '../components/stale-data-banner';
import { formatDate } from '../domain/format';
import { CapsEditor } from '../features/caps/components/caps-editor';
import { UnitPage } from '../features/unit-view/components/unit-page';
import { demoBadgeText } from '../lib/demo-dataset';
import { navigate, type ViewSearch } from '../lib/view-search';
import { useCapsStore } from '../stores/caps-store';
import { useMeasureSettingsStore } from '../stores/measure-settings-store';
import { type Cap, type PresetId } from '../domain/caps';
import { capsToLinkText } from '../domain/caps-in-link';
import { useSettingsInAddress } from './use-settings-in-address';
import { OrganisationSettingsNotice } from './organisation-settings-notice';
import type { OrgIndex } from '../domain/org-index';
import type { TrendReference } from '../components/trend-chart';
import { BoardScreen, ImportPanel, preloadViews, WorkerPage } from './lazy-views';
import { PageHeader } from './page-header';
import { ViewOptions } from './view-options';
import { MeasureSettingsEditor } from '../features/measure-settings/components/measure-settings-editor';
import { useTrendReferences } from '../features/benchmarks/components/use-trend-references';
import { useDashboardData, type DashboardData } from './use-dashboard-data';
import { useOnline } from './use-online';

/** The whole page: header, caps editor, breadcrumbs, and the view in the URL. */
export function Dashboard() {
  const data = useDashboardData();
  const { search, listQuery, index, view, config } = data;
  const organisation = data.snapshotQuery.data?.snapshot.organisation;
  const trendReferences = useTrendReferences(
    organisation && index && view ? { organisation, index, unit: view.unit } : undefined,
    // The dates the trend draws (at national scale, only those history loads), so the
    // source's "2 of 13 dates" counts what is on the chart.
    data.historyLimited ? data.historyDates : data.dates,
    data.asAt,
    data.loadSettings.view,
  );
  const capsPanel = usePanel('caps-editor');
  const settingsPanel = usePanel('measure-settings');
  const importPanel = usePanel('import-panel');
  const imports = useQuery({ ...importsQueryOptions(), enabled: config.allowsImports });
  const importedHere = imports.data?.imports ?? {};
  const showingImported = data.source.kind === 'imported';
  const importRecord = data.asAt ? importedHere[data.asAt] : undefined;
  const demoLabel = config.isDemo && !showingImported ? demoBadgeText[config.dataset] : null;
  const sourceLabel = showingImported
    ? `imported file ${importRecord?.sourceName ?? ''}`.trim()
    : config.sourceLabel;
  const sourceSwitch =
    config.isDemo && showingImported ? (
      <AppLink
        className="source-switch"
        to={{ ...search, source: undefined, asAt: undefined, unit: undefined, worker: undefined }}
      >
        Back to the demo data
      </AppLink>
    ) : config.isDemo && Object.keys(importedHere).length > 0 ? (
      <AppLink
        className="source-switch"
        to={{ ...search, source: 'imported', asAt: undefined, unit: undefined, worker: undefined }}
      >
        Show your imported data
      </AppLink>
    ) : null;
  const customCaps = useCapsStore((state) => state.customCaps);
  const choosePreset = useCapsStore((state) => state.choosePreset);
  const ownTeamTypeCaps = useCapsStore((state) => state.teamTypeCaps);
  const clearTeamTypeCaps = useCapsStore((state) => state.clearTeamTypeCaps);
  const resetAsyeRule = useMeasureSettingsStore((state) => state.resetAsyeRule);
  const resetWeighting = useMeasureSettingsStore((state) => state.resetWeighting);
  const storageNotice = useCapsStore((state) => state.storageNotice);
  const dismissStorageNotice = useCapsStore((state) => state.dismissStorageNotice);
  const online = useOnline();
  const settingsNotice = useMeasureSettingsStore((state) => state.storageNotice);
  const dismissSettingsNotice = useMeasureSettingsStore((state) => state.dismissStorageNotice);

  const organisationName =
    index?.organisationName ?? listQuery.data?.organisation.name ?? 'Loadline';
  // Crumbs keep everything but the place: snapshot, caps and measure stay as they are.
  const keep: ViewSearch = { ...search, unit: undefined, worker: undefined, since: undefined };
  const crumbs: Crumb[] =
    view && index
      ? [
          ...index
            .pathTo(view.unit.id)
            .map((unit) => ({ label: unit.name, to: { ...keep, unit: unit.id } })),
          ...(view.worker
            ? [
                {
                  label: view.worker.displayName,
                  to: { ...keep, unit: view.unit.id, worker: view.worker.id },
                },
              ]
            : []),
        ]
      : [];

  const onBoard = search.layout === 'board';
  // The board never names a worker, not even in the tab's title.
  const pageName = onBoard ? view?.unit.name : (view?.worker?.displayName ?? view?.unit.name);
  // Once a view is on screen, the views a person may open next load while the browser is idle.
  const viewShown = index !== null;
  useEffect(() => {
    if (!viewShown) return;
    if (typeof window.requestIdleCallback !== 'function') {
      const handle = window.setTimeout(preloadViews, 500);
      return () => window.clearTimeout(handle);
    }
    const handle = window.requestIdleCallback(preloadViews, { timeout: 3_000 });
    return () => window.cancelIdleCallback(handle);
  }, [viewShown]);
  useEffect(() => {
    document.title = pageName
      ? `${pageName}: ${onBoard ? 'board report' : 'caseloads'} – Loadline`
      : 'Loadline: caseloads against caps';
  }, [pageName, onBoard]);

  useSettingsInAddress(search, data.activeCaps, data.defaults);

  function changePreset(preset: PresetId) {
    // The default here (the organisation's caps, where set) is kept as "not chosen", so a
    // person who picks it follows the organisation's caps when they change.
    choosePreset(preset === data.defaults.caps.id ? null : preset);
    navigate({ ...search, caps: preset, capset: linkTextFor(preset, customCaps) });
  }

  /** Back to everything the organisation set: this browser's own choices and the link's go. */
  function returnToOrganisationSettings() {
    choosePreset(null);
    const organisation = data.organisation;
    if (organisation.asyeRule) resetAsyeRule();
    if (organisation.weighting) resetWeighting();
    if (Object.keys(organisation.teamTypeCaps).length > 0) {
      for (const teamType of Object.keys(ownTeamTypeCaps)) clearTeamTypeCaps(teamType);
    }
    navigate({
      ...search,
      caps: undefined,
      capset: undefined,
      asye: organisation.asyeRule ? undefined : search.asye,
      weights: organisation.weighting ? undefined : search.weights,
      teamcaps: Object.keys(organisation.teamTypeCaps).length > 0 ? undefined : search.teamcaps,
    });
  }

  if (onBoard) {
    return (
      <Suspense
        fallback={
          <main id="main" className="page-main">
            <Loading what="the board layout" />
          </main>
        }
      >
        <BoardScreen
          data={data}
          trendReferences={trendReferences}
          organisationName={organisationName}
          sourceLabel={sourceLabel}
          demoLabel={demoLabel}
        />
      </Suspense>
    );
  }

  return (
    <>
      <a href="#main" className="skip-link">
        Skip to main content
      </a>
      <PageHeader
        organisationName={organisationName}
        index={index}
        sourceLabel={sourceLabel}
        demoLabel={demoLabel}
        sourceSwitch={sourceSwitch}
        importOpen={config.allowsImports ? importPanel.open : null}
        onToggleImport={importPanel.toggle}
        dates={data.dates}
        asAt={data.asAt}
        onAsAtChange={(asAt) => navigate({ ...search, asAt })}
        presetId={data.activeCaps.id}
        organisationCaps={data.organisation.caps}
        hasCustomCaps={customCaps !== null}
        capsFromLink={data.capsFromLink}
        onPresetChange={changePreset}
        boardLayout={view && !view.worker ? { ...search, layout: 'board' } : null}
        capsEditorOpen={capsPanel.open}
        onToggleCapsEditor={capsPanel.toggle}
      />
      <ViewOptions
        view={data.loadSettings.view}
        onChange={(patch) => navigate({ ...search, ...patch })}
        settingsOpen={settingsPanel.open}
        onToggleSettings={settingsPanel.toggle}
      />
      {importPanel.open && (
        <Suspense fallback={<Loading what="the import form" />}>
          <ImportPanel search={search} onClose={importPanel.close} />
        </Suspense>
      )}
      {settingsPanel.open && (
        <MeasureSettingsEditor
          defaults={data.defaults}
          organisation={data.organisation}
          onClose={settingsPanel.close}
        />
      )}
      {capsPanel.open && (
        <CapsEditor
          activePreset={data.activeCaps}
          defaultPreset={data.defaults.caps}
          organisationCaps={data.organisation.caps}
          organisationTeamTypeCaps={data.organisation.teamTypeCaps}
          teamTypes={teamTypesIn(index)}
          onSaved={(saved) =>
            navigate({ ...search, caps: 'custom', capset: capsToLinkText(saved) })
          }
          onReset={() => navigate({ ...search, caps: data.defaults.caps.id, capset: undefined })}
          onClose={capsPanel.close}
        />
      )}
      {crumbs.length > 0 && <Breadcrumbs crumbs={crumbs} />}
      <main id="main" className="page-main" tabIndex={-1}>
        {!online && (
          <Notice tone="warning">
            You are offline. What is on screen stays as it is; Loadline will fetch new data when the
            connection is back.
          </Notice>
        )}
        {config.notice && <Notice tone="warning">{config.notice}</Notice>}
        {storageNotice && (
          <Notice tone="warning" onDismiss={dismissStorageNotice}>
            {storageNotice}
          </Notice>
        )}
        {settingsNotice && (
          <Notice tone="warning" onDismiss={dismissSettingsNotice}>
            {settingsNotice}
          </Notice>
        )}
        {showingImported &&
          importRecord &&
          importRecord.problems.some((problem) => problem.rejected) && (
            <Notice tone="warning">
              <p>
                When {importRecord.sourceName} was imported,{' '}
                {importRecord.problems.filter((problem) => problem.rejected).length} problems kept
                rows out of every figure on this page:
              </p>
              <ul className="notice__list">
                {importRecord.problems
                  .filter((problem) => problem.rejected)
                  .slice(0, 5)
                  .map((problem, position) => (
                    <li key={position}>
                      {problem.line === null ? 'Whole file' : `Line ${problem.line}`}
                      {problem.subject ? ` (${problem.subject})` : ''}: {problem.reason}
                    </li>
                  ))}
              </ul>
              <p>Open “Import data” for the full report.</p>
            </Notice>
          )}
        <OrganisationSettingsNotice
          differences={data.differences}
          onUseOrganisations={returnToOrganisationSettings}
        />
        {data.notices.map((notice) => (
          <Notice key={notice} tone="warning">
            {notice}
          </Notice>
        ))}
        {data.rejected.length > 0 && (
          <Notice tone="warning">
            {data.rejected.length} record{data.rejected.length === 1 ? '' : 's'} in this snapshot
            failed the data checks and {data.rejected.length === 1 ? 'is' : 'are'} left out of every
            figure; the rest is shown. <a href="#data-notes-heading">See which, and why</a>.
          </Notice>
        )}
        <ErrorBoundary label="this view">
          <DashboardContent data={data} trendReferences={trendReferences} />
        </ErrorBoundary>
      </main>
      <footer className="page-footer">
        <p>
          Loadline counts caseloads as the Department for Education does: cases held by case holders
          divided by their full-time equivalent (FTE).
        </p>
      </footer>
    </>
  );
}

/**
 * A panel opened and closed by a toggle button that names it in aria-controls.
 * Closing it from inside (its Close button, or a save that closes it) hands
 * focus back to that button: the panel and the focus in it are about to go,
 * and focus left on <body> would send a keyboard user back to the top.
 */
function usePanel(panelId: string) {
  const [open, setOpen] = useState(false);
  const toggle = useCallback(() => setOpen((current) => !current), []);
  const close = useCallback(() => {
    setOpen(false);
    document.querySelector<HTMLElement>(`[aria-controls="${panelId}"]`)?.focus();
  }, [panelId]);
  return { open, toggle, close };
}

/** The caps text a link to this preset carries: only caps set in this browser need one. */
function linkTextFor(preset: PresetId, customCaps: readonly Cap[] | null): string | undefined {
  return preset === 'custom' && customCaps && customCaps.length > 0
    ? capsToLinkText(customCaps)
    : undefined;
}

/** The kinds of team in the snapshot, for caps by kind of team. */
function teamTypesIn(index: OrgIndex | null): string[] {
  if (!index) return [];
  const types = index
    .unitsUnder(index.root.id)
    .flatMap((unit) => (unit.teamType ? [unit.teamType] : []));
  return [...new Set(types)].sort();
}

function DashboardContent({
  data,
  trendReferences,
}: {
  data: DashboardData;
  trendReferences: readonly TrendReference[];
}) {
  const { listQuery, snapshotQuery, index, view } = data;
  if (listQuery.isPending) return <Loading what="the list of snapshots" />;
  if (listQuery.isError) {
    return (
      <LoadError
        what="the list of snapshots"
        error={listQuery.error}
        onRetry={() => void listQuery.refetch()}
        retrying={listQuery.isFetching}
        isPage
      />
    );
  }
  if (data.dates.length === 0 && data.source.kind === 'imported') {
    return (
      <>
        <h1>Nothing imported yet</h1>
        <p>Import a CSV export or your CSWW census return to see your dashboard.</p>
        <Suspense fallback={<Loading what="the import form" />}>
          <ImportPanel search={data.search} onClose={null} />
        </Suspense>
      </>
    );
  }
  if (data.dates.length === 0) {
    return (
      <div className="empty-state">
        <h1>No snapshots yet</h1>
        <p>
          The data source has no caseload snapshots to show. When a snapshot is added it will appear
          here.
        </p>
      </div>
    );
  }
  const { asAt, shownAsAt } = data;
  const retry = () => void snapshotQuery.refetch();
  if (snapshotQuery.isError && (!index || !shownAsAt || !asAt)) {
    return (
      <LoadError
        what="this snapshot"
        error={snapshotQuery.error}
        onRetry={retry}
        retrying={snapshotQuery.isFetching}
        isPage
      />
    );
  }
  const loading = (
    <Loading
      what={asAt ? `the snapshot for ${formatDate(asAt)}` : 'the snapshot'}
      failureCount={snapshotQuery.failureCount}
      failureReason={snapshotQuery.failureReason}
      maxAttempts={data.config.retries + 1}
      meanwhile={
        shownAsAt && shownAsAt !== asAt
          ? `Until it arrives, the page below shows the snapshot for ${formatDate(shownAsAt)}.`
          : undefined
      }
    />
  );
  if (!index || !view) return loading;
  const status = snapshotQuery.isError ? (
    <StaleDataBanner
      requestedAsAt={asAt ?? index.asAt}
      shownAsAt={index.asAt}
      fetchedAt={data.fetchedAt}
      error={snapshotQuery.error}
      onRetry={retry}
      retrying={snapshotQuery.isFetching}
    />
  ) : snapshotQuery.isPlaceholderData ? (
    loading
  ) : null;
  const snapshot = snapshotQuery.data?.snapshot;
  const common = {
    index,
    caps: data.caps,
    settings: data.loadSettings,
    bands: data.bands,
    preset: data.unitCaps.preset,
    search: data.search,
    rejected: data.rejected,
    // Every date the trend will show: at national scale only the ones history loads.
    dates: data.historyLimited ? data.historyDates : data.dates,
    history: data.history,
  };
  return (
    <>
      {status}
      {view.worker ? (
        <Suspense fallback={<Loading what="the worker's page" />}>
          <WorkerPage {...common} worker={view.worker} unit={view.unit} since={data.since} />
        </Suspense>
      ) : (
        <UnitPage
          {...common}
          unit={view.unit}
          teamTypeCaps={data.teamTypeCaps}
          historyLimited={data.historyLimited}
          onTrendNearView={data.wantFullHistory}
          trendReferences={trendReferences}
          comparison={
            snapshot && (
              <DeferredBenchmarksPanel
                index={index}
                unit={view.unit}
                organisation={snapshot.organisation}
                settings={data.loadSettings}
              />
            )
          }
        />
      )}
    </>
  );
}
