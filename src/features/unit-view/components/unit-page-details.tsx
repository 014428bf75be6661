/**
 * The unit page below its main chart: the spread, the trend over time and
 * the table. Rendered at low priority (see components/deferred), so a cap
 * change or a drill-down paints the main chart first.
 */
import { A4_PRINT_WIDTH } from '../../../components/print-width';
import { lazy, Suspense } from 'react';
import type { Unit } from '../../../contract/v1';
import type { Band } from '../../../domain/bands';
import { capThreshold, type Cap, type CapPreset } from '../../../domain/caps';
import type { ChartRow } from '../../../domain/chart-rows';
import { formatDate, formatList, formatLoad } from '../../../domain/format';
import { valueUnit } from '../../../domain/measure-options';
import type { OrgIndex } from '../../../domain/org-index';
import { pageOf } from '../../../domain/paging';
import type { SnapshotHistory } from '../../../domain/snapshot-history';
import { inOrderOf, spreadRows } from '../../../domain/spread-rows';
import type { LoadSettings } from '../../../domain/worker-load';
import type { ViewSearch } from '../../../lib/view-search';
import { BandKey } from '../../../components/band-key';
import { CaseloadTable } from '../../../components/caseload-table';
import { deferred } from '../../../components/deferred';
import { ErrorBoundary } from '../../../components/error-boundary';
import { Pager } from '../../../components/pager';
import { SpreadTable } from '../../../components/spread-table';
import type { TrendReference } from '../../../components/trend-chart';
import { loadLabel } from './kpi-tiles';
import { UnitShareActions } from './unit-share-actions';
import { UnitTrendSection } from './unit-trend-section';
import { useUnitTrend } from './use-unit-history';

// Loaded when the spread first renders, after the main chart has painted: fetching and
// compiling Recharts at start-up held the first chart back by about 50 ms.
const SpreadChart = lazy(() =>
  import('../../../components/spread-chart').then((module) => ({ default: module.SpreadChart })),
);

/** Rows of the table shown at once: enough to read, few enough to render at once. */
export const MAX_TABLE_ROWS = 40;

export interface UnitPageDetailsProps {
  index: OrgIndex;
  unit: Unit;
  caps: readonly Cap[];
  bands: readonly Band[];
  /** The caps' preset, whose name and source a downloaded table carries. */
  preset: CapPreset;
  settings: LoadSettings;
  /** The unit's children (or workers), in the chosen order. */
  rows: readonly ChartRow[];
  /** "highest first" or "by name", for the pager. */
  orderWords: string;
  childName: string;
  /** "worker" or "case holder". */
  who: string;
  tablePage: number;
  onTablePage: (page: number) => void;
  search: ViewSearch;
  dates: readonly string[];
  history: SnapshotHistory;
  trendReferences?: readonly TrendReference[];
  historyLimited: boolean;
  onTrendNearView?: () => void;
}

function UnitPageDetails({
  index,
  unit,
  caps,
  bands,
  preset,
  settings,
  rows,
  orderWords,
  childName,
  who,
  tablePage,
  onTablePage,
  search,
  dates,
  history,
  trendReferences,
  historyLimited,
  onTrendNearView,
}: UnitPageDetailsProps) {
  const { view } = settings;
  const isTeam = index.isLeaf(unit.id);
  const spread = inOrderOf(spreadRows(index, unit.id, caps, bands, settings), rows);
  const past = useUnitTrend(history, dates, index.asAt, unit.id, caps, bands, settings);
  // Units with totals have no workers, so no spread: leave their rows out and say so.
  const spreadShown = spread.filter((row) => row.total > 0 || row.totalsUnits === 0);
  const totalsOnlyRows = spread.filter((row) => row.total === 0 && row.totalsUnits > 0);
  const page = pageOf(rows, tablePage, MAX_TABLE_ROWS);
  const unitText = valueUnit(view);
  const topCap = caps[caps.length - 1];
  const countedName = `${who[0]?.toUpperCase() ?? ''}${who.slice(1)}s`;
  const keep: ViewSearch = { ...search, unit: undefined, worker: undefined };
  const linkFor = (row: ChartRow): ViewSearch => ({ ...keep, ...row.target });
  return (
    <>
      {!unit.aggregate && (
        <section className="chart-section" aria-labelledby="spread-heading">
          <h2 id="spread-heading">Spread: how many {who}s sit in each band</h2>
          <p className="chart-caption">
            {isTeam ? unit.name : `Each bar is one ${childName.toLowerCase().replace(/s$/, '')}`}:
            counted {who}s by the band their own {unitText} falls in. An average hides these people;
            this shows them.
            {totalsOnlyRows.length > 0 &&
              ` Not shown, because totals do not say how each worker’s load falls: ${formatList(totalsOnlyRows.map((row) => row.name))}.`}
          </p>
          {spreadShown.length > 0 && (
            <>
              <BandKey bands={bands} label="Bands in the spread, calmest first" />
              <ErrorBoundary label="the spread chart">
                <Suspense fallback={<p className="loading">Loading chart…</p>}>
                  <SpreadChart
                    rows={spreadShown}
                    bands={bands}
                    countName={countedName}
                    printWidth={A4_PRINT_WIDTH}
                  />
                </Suspense>
              </ErrorBoundary>
              <ErrorBoundary label="the spread table">
                <SpreadTable
                  rows={spreadShown}
                  bands={bands}
                  caption={`${countedName} in each band, as at ${formatDate(index.asAt)}`}
                />
              </ErrorBoundary>
            </>
          )}
        </section>
      )}

      <UnitTrendSection
        unitName={unit.name}
        asAt={index.asAt}
        trend={past.trend}
        progress={past.progress}
        caps={caps}
        bands={bands}
        view={view}
        measureLabel={loadLabel(view)}
        who={who}
        references={trendReferences}
        limited={historyLimited}
        onNearView={onTrendNearView}
      />

      {!unit.aggregate && (
        <section aria-labelledby="table-heading">
          <h2 id="table-heading">
            {childName} in {unit.name} as a table
          </h2>
          <UnitShareActions
            index={index}
            unit={unit}
            caps={caps}
            bands={bands}
            preset={preset}
            settings={settings}
          />
          <ErrorBoundary label="the table">
            <CaseloadTable
              rows={page.items}
              bands={bands}
              view={view}
              kind={isTeam ? 'worker' : 'unit'}
              caption={`${childName} in ${unit.name}, as at ${formatDate(index.asAt)}: ${unitText}`}
              linkFor={linkFor}
              topCapLabel={
                topCap ? `${formatLoad(capThreshold(topCap)).replace(/\.0$/, '')}+` : undefined
              }
            />
          </ErrorBoundary>
          <Pager
            page={page}
            noun="rows"
            order={orderWords}
            label="Pages of the table"
            onPage={onTablePage}
          />
        </section>
      )}
    </>
  );
}

/** The details, caught up at low priority after the main chart has painted. */
export const DeferredUnitPageDetails = deferred(UnitPageDetails);
