import { lazy, Suspense, useMemo, useState } from 'react';
import type { Unit } from '../../../contract/v1';
import type { RejectedRecord } from '../../../contract/validate-snapshot';
import type { Band } from '../../../domain/bands';
import { capThreshold, type CapPreset } from '../../../domain/caps';
import { childRows, sortRows, type ChartRow, type RowOrder } from '../../../domain/chart-rows';
import { formatDate } from '../../../domain/format';
import { headlineFor } from '../../../domain/headline';
import type { OrgIndex } from '../../../domain/org-index';
import { summariseUnit } from '../../../domain/unit-summary';
import type { ViewSearch } from '../../../lib/view-search';
import { BandLegend } from '../../../components/band-legend';
import { CaseloadTable } from '../../../components/caseload-table';
import { DataNotes } from '../../../components/data-notes';
import { ErrorBoundary } from '../../../components/error-boundary';
import { useFocusOnChange } from '../../../components/use-focus-on-change';
import { KpiTiles } from './kpi-tiles';

const CaseloadChart = lazy(() =>
  import('../../../components/caseload-chart').then((module) => ({
    default: module.CaseloadChart,
  })),
);

/** Beyond this many bars a chart stops being readable at 1280 px. */
export const MAX_BARS = 40;

interface UnitPageProps {
  index: OrgIndex;
  unit: Unit;
  bands: readonly Band[];
  preset: CapPreset;
  search: ViewSearch;
  rejected: readonly RejectedRecord[];
}

/** A unit's page: headline, key figures, chart of its children or workers, table, notes. */
export function UnitPage({ index, unit, bands, preset, search, rejected }: UnitPageProps) {
  const [order, setOrder] = useState<RowOrder>('load');
  const [showAll, setShowAll] = useState(false);
  const heading = useFocusOnChange<HTMLHeadingElement>(unit.id);

  const caps = preset.caps;
  const summary = useMemo(
    () => summariseUnit(index.workersUnder(unit.id), index.unitsUnder(unit.id), caps),
    [index, unit.id, caps],
  );
  const rows = useMemo(
    () => sortRows(childRows(index, unit.id, caps, bands), order),
    [index, unit.id, caps, bands, order],
  );
  const isTeam = index.isLeaf(unit.id);
  const childName = isTeam ? 'Workers' : childKindName(index.children(unit.id));
  const charted = rows.filter((row) => row.counted);
  const shown = showAll ? charted : charted.slice(0, MAX_BARS);
  const keep: ViewSearch = { asAt: search.asAt, caps: search.caps };
  const linkFor = (row: ChartRow): ViewSearch => ({ ...keep, ...row.target });
  const topCap = caps[caps.length - 1];

  return (
    <article className="unit-page">
      <h1 ref={heading} tabIndex={-1}>
        {unit.name}
      </h1>
      <p className="page-meta">
        {kindName(unit.kind)} · as at {formatDate(index.asAt)} · cases per FTE, case holders only
      </p>
      <p className="headline">{headlineFor(unit.name, summary)}</p>
      <KpiTiles summary={summary} preset={preset} />

      <section className="chart-section" aria-labelledby="chart-heading">
        <div className="section-head">
          <h2 id="chart-heading">
            {childName} in {unit.name}: cases per FTE against the caps
          </h2>
          <fieldset className="segmented">
            <legend>Sort by</legend>
            <label>
              <input
                type="radio"
                name="order"
                checked={order === 'load'}
                onChange={() => setOrder('load')}
              />
              Highest load
            </label>
            <label>
              <input
                type="radio"
                name="order"
                checked={order === 'name'}
                onChange={() => setOrder('name')}
              />
              Name
            </label>
          </fieldset>
        </div>
        <p className="chart-caption">
          {isTeam
            ? 'Each bar is one case holder: their cases ÷ their FTE. Managers and staff without cases are in the table, not the chart.'
            : `Each bar is one ${childName.toLowerCase().replace(/s$/, '')}: cases held by its case holders ÷ their FTE.`}{' '}
          As at {formatDate(index.asAt)}. Caps: {preset.name}.
        </p>
        {charted.length === 0 ? (
          <p className="empty-state">
            No case holders with FTE recorded here, so there are no bars to draw.
          </p>
        ) : (
          <ErrorBoundary label="the chart">
            <Suspense fallback={<p className="loading">Loading chart…</p>}>
              <CaseloadChart rows={shown} bands={bands} caps={caps} linkFor={linkFor} />
            </Suspense>
          </ErrorBoundary>
        )}
        {charted.length > MAX_BARS && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setShowAll((all) => !all)}
          >
            {showAll ? `Show the ${MAX_BARS} highest only` : `Show all ${charted.length} bars`}
          </button>
        )}
        <BandLegend bands={bands} rows={rows} />
      </section>

      <section aria-labelledby="table-heading">
        <h2 id="table-heading">
          {childName} in {unit.name} as a table
        </h2>
        <CaseloadTable
          rows={rows}
          bands={bands}
          kind={isTeam ? 'worker' : 'unit'}
          caption={`${childName} in ${unit.name}, as at ${formatDate(index.asAt)}`}
          linkFor={linkFor}
          topCapLabel={topCap ? `${capThreshold(topCap)}+` : undefined}
        />
      </section>
      <DataNotes
        excluded={summary.excluded}
        notCounted={summary.notCaseHolders.length}
        rejected={rejected}
      />
    </article>
  );
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
