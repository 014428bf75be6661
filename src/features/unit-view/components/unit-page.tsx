import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { Unit } from '../../../contract/v1';
import type { RejectedRecord } from '../../../contract/validate-snapshot';
import { teamTypeName } from '../../../domain/active-caps';
import type { Band } from '../../../domain/bands';
import { formatCap, type Cap, type CapPreset } from '../../../domain/caps';
import { childRows, sortRows, type ChartRow, type RowOrder } from '../../../domain/chart-rows';
import { formatDate, formatList } from '../../../domain/format';
import { ownCapDescription } from '../../../domain/explain';
import { headlineFor } from '../../../domain/headline';
import { measureCaption, valueUnit } from '../../../domain/measure-options';
import type { OrgIndex } from '../../../domain/org-index';
import type { SnapshotHistory } from '../../../domain/snapshot-history';
import { unitFiguresUnder } from '../../../domain/unit-figures';
import type { LoadSettings } from '../../../domain/worker-load';
import { navigate, type ViewSearch } from '../../../lib/view-search';
import { BandLegend } from '../../../components/band-legend';
// Not lazy: it is small (plain SVG) and on every page, and a lazy component's
// first reveal is held back by React's Suspense throttle.
import { CaseloadChart } from '../../../components/caseload-chart';
import { DataNotes } from '../../../components/data-notes';
import { ErrorBoundary } from '../../../components/error-boundary';
import { useFocusOnChange } from '../../../components/use-focus-on-change';
import { KpiTiles } from './kpi-tiles';
import type { TrendReference } from '../../../components/trend-chart';
import { DeferredUnitPageDetails } from './unit-page-details';
import { useUnitComparisons } from './use-unit-history';
import { Pager } from '../../../components/pager';
import { pageOf } from '../../../domain/paging';

/** Beyond this many bars a chart stops being readable at 1280 px. */
export const MAX_BARS = 40;

interface UnitPageProps {
  index: OrgIndex;
  unit: Unit;
  /** The caps in the measure's units (capacity for weighted points). */
  caps: readonly Cap[];
  bands: readonly Band[];
  preset: CapPreset;
  settings: LoadSettings;
  /** Caps set for kinds of team, to say where they apply below this unit. */
  teamTypeCaps: Readonly<Record<string, readonly Cap[]>>;
  search: ViewSearch;
  rejected: readonly RejectedRecord[];
  /** Every snapshot date, oldest first. */
  dates: readonly string[];
  /** The snapshots loaded so far, for trends and changes. */
  history: SnapshotHistory;
  /** A comparison drawn after the table and before the notes (benchmarks, from the app). */
  comparison?: ReactNode;
  /** Lines to compare the trend with (England, the region), by snapshot date. */
  trendReferences?: readonly TrendReference[];
  /** True when history holds only the snapshots the comparisons need (national scale). */
  historyLimited?: boolean;
  /** Called once the trend comes near the screen, so every snapshot can load for it. */
  onTrendNearView?: () => void;
}

/** A unit's page: headline, key figures, chart of its children or workers, spread, table, notes. */
export function UnitPage({
  index,
  unit,
  caps,
  bands,
  preset,
  settings,
  teamTypeCaps,
  search,
  rejected,
  dates,
  history,
  comparison,
  trendReferences,
  historyLimited = false,
  onTrendNearView,
}: UnitPageProps) {
  // In the address, so a link or a reload keeps the order someone chose.
  const order: RowOrder = search.sort ?? 'load';
  const chooseOrder = (next: RowOrder) =>
    navigate({ ...search, sort: next === 'load' ? undefined : next }, { replace: true });
  // Pages start again at the first when the unit changes.
  const [pages, setPages] = useState({ unitId: unit.id, chart: 0, table: 0 });
  const pagesHere = pages.unitId === unit.id ? pages : { unitId: unit.id, chart: 0, table: 0 };
  const turnChartPage = (page: number) => setPages({ ...pagesHere, chart: page });
  // Stable, so the deferred details are not re-rendered for a new function each time.
  const turnTablePage = useCallback(
    (page: number) =>
      setPages((current) => ({
        ...(current.unitId === unit.id ? current : { unitId: unit.id, chart: 0, table: 0 }),
        table: page,
      })),
    [unit.id],
  );
  const heading = useFocusOnChange<HTMLHeadingElement>(`unit:${unit.id}`);
  const { view } = settings;

  const figures = useMemo(
    () => unitFiguresUnder(index, unit.id, caps, bands, settings),
    [index, unit.id, caps, bands, settings],
  );
  const rows = useMemo(
    () => sortRows(childRows(index, unit.id, caps, bands, settings), order),
    [index, unit.id, caps, bands, settings, order],
  );
  const isTeam = index.isLeaf(unit.id);
  const comparisons = useUnitComparisons(
    history,
    dates,
    index.asAt,
    unit.id,
    caps,
    bands,
    settings,
  );
  const childName = isTeam ? 'Workers' : childKindName(index.children(unit.id));
  const charted = rows.filter((row) => row.counted);
  const chartPage = pageOf(charted, pagesHere.chart, MAX_BARS);
  const orderWords = order === 'load' ? 'highest first' : 'by name';
  const keep: ViewSearch = { ...search, unit: undefined, worker: undefined };
  const linkFor = (row: ChartRow): ViewSearch => ({ ...keep, ...row.target });
  const unitText = valueUnit(view);
  const who = view.population === 'case-holders' ? 'case holder' : 'worker';
  const ownCapRule = ownCapDescription(settings);
  const typesWithOwnCaps = isTeam
    ? []
    : [
        ...new Set(
          index
            .unitsUnder(unit.id)
            .flatMap((child) =>
              child.teamType && teamTypeCaps[child.teamType] ? [child.teamType] : [],
            ),
        ),
      ];

  return (
    <article className="unit-page">
      {/* A new element for each unit, so focusing it is announced even when the old one had focus. */}
      <h1 key={unit.id} ref={heading} tabIndex={-1}>
        {unit.name}
      </h1>
      <p className="page-meta">
        {kindName(unit.kind)} · as at {formatDate(index.asAt)} · {measureCaption(view)}
      </p>
      <p className="headline">{headlineFor(unit.name, figures, { who, unit: unitText })}</p>
      {typesWithOwnCaps.length > 0 && (
        <p className="caps-note">
          {sentence(formatList(typesWithOwnCaps.map((type) => teamTypeName(type).toLowerCase())))}{' '}
          beneath {unit.name} have caps of their own. On this page every worker is compared with the
          organisation’s caps; open one of those teams to see it against its own.
        </p>
      )}
      {isTeam && unit.teamType && teamTypeCaps[unit.teamType] && (
        <p className="caps-note">
          {unit.name} uses the caps set for {teamTypeName(unit.teamType).toLowerCase()} (
          {preset.caps.map(formatCap).join(', ')}), in place of the organisation’s caps.
        </p>
      )}
      <ErrorBoundary label="the key figures">
        <KpiTiles
          figures={figures}
          preset={preset}
          ownCapRule={ownCapRule}
          weighting={settings.weighting}
          comparisons={comparisons}
        />
      </ErrorBoundary>

      <section className="chart-section" aria-labelledby="chart-heading">
        <div className="section-head">
          <h2 id="chart-heading">
            {childName} in {unit.name}: {unitText} against the caps
          </h2>
          <fieldset className="segmented">
            <legend>Sort by</legend>
            <label>
              <input
                type="radio"
                name="order"
                checked={order === 'load'}
                onChange={() => chooseOrder('load')}
              />
              Highest load
            </label>
            <label>
              <input
                type="radio"
                name="order"
                checked={order === 'name'}
                onChange={() => chooseOrder('name')}
              />
              Name
            </label>
          </fieldset>
        </div>
        <p className="chart-caption">
          {isTeam
            ? `Each bar is one ${who}; the short black mark on a bar is that worker’s own cap (${ownCapRule}).${
                view.population === 'case-holders'
                  ? ' Managers and staff without cases are in the table, not the chart.'
                  : ''
              }`
            : `Each bar is one ${childName.toLowerCase().replace(/s$/, '')}.`}{' '}
          {measureCaption(view)} As at {formatDate(index.asAt)}.{' '}
          {view.measure === 'points'
            ? `Capacity: ${settings.weighting.capacityPerFte} points per FTE, from ${settings.weighting.name}.`
            : `Caps: ${preset.name}.`}
        </p>
        {charted.length === 0 ? (
          <p className="empty-state">
            {unit.aggregate
              ? `${unit.name} reports totals in place of workers, so there are no bars to draw; its figures are above.`
              : `No ${who}s with a known load here, so there are no bars to draw.`}
          </p>
        ) : (
          <ErrorBoundary label="the chart">
            <CaseloadChart
              rows={chartPage.items}
              bands={bands}
              caps={caps}
              view={view}
              linkFor={linkFor}
            />
          </ErrorBoundary>
        )}
        <Pager
          page={chartPage}
          noun="bars"
          order={orderWords}
          label="Pages of the chart"
          onPage={turnChartPage}
        />
        <BandLegend bands={bands} rows={rows} barsAre={childName} />
      </section>

      <DeferredUnitPageDetails
        index={index}
        unit={unit}
        caps={caps}
        bands={bands}
        preset={preset}
        settings={settings}
        rows={rows}
        orderWords={orderWords}
        childName={childName}
        who={who}
        tablePage={pagesHere.table}
        onTablePage={turnTablePage}
        search={search}
        dates={dates}
        history={history}
        trendReferences={trendReferences}
        historyLimited={historyLimited}
        onTrendNearView={onTrendNearView}
      />
      {comparison}
      <DataNotes
        excluded={figures.excluded}
        notCounted={figures.notCounted.length}
        rejected={rejected}
        view={view}
        suppressedUnits={figures.suppressedUnits}
        unknownTotals={figures.unknownTotals}
        totalsUnits={figures.totalsUnits}
        totalsCounted={figures.totalsCounted.length}
        implausible={figures.implausible}
      />
    </article>
  );
}

function sentence(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

function kindName(kind: string): string {
  const names: Record<string, string> = {
    organisation: 'Organisation',
    region: 'Region',
    council: 'Council',
    area: 'Service area',
    team: 'Team',
  };
  return names[kind] ?? kind;
}

function childKindName(children: readonly Unit[]): string {
  const kinds = new Set(children.map((child) => child.kind));
  const [only] = kinds;
  if (kinds.size !== 1 || only === undefined) return 'Units';
  const plurals: Record<string, string> = {
    area: 'Service areas',
    team: 'Teams',
    council: 'Councils',
    region: 'Regions',
  };
  return plurals[only] ?? 'Units';
}
