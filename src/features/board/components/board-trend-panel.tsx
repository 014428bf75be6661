import { lazy, Suspense, useDeferredValue, useMemo } from 'react';
import type { Band } from '../../../domain/bands';
import { boardTrendCells, withholdSmallGroups } from '../../../domain/board-trend';
import { capThreshold, type Cap } from '../../../domain/caps';
import type { CsvContext } from '../../../domain/csv-context';
import { formatDate } from '../../../domain/format';
import type { SnapshotHistory } from '../../../domain/snapshot-history';
import { describeUnitTrend, unitTrend } from '../../../domain/trend';
import type { LoadSettings } from '../../../domain/worker-load';
import type { SvgLegendItem } from '../../../lib/export-image';
import { ErrorBoundary } from '../../../components/error-boundary';
import type { TrendReference } from '../../../components/trend-chart';
import { BoardPanel } from './board-panel';
import { BoardTable } from './board-table';

const TrendChart = lazy(() =>
  import('../../../components/trend-chart').then((module) => ({ default: module.TrendChart })),
);

interface BoardTrendPanelProps {
  unitId: string;
  unitName: string;
  asAt: string;
  history: SnapshotHistory;
  caps: readonly Cap[];
  bands: readonly Band[];
  settings: LoadSettings;
  /** England and the region, when shown. */
  references: readonly TrendReference[];
  minGroupSize: number;
  withheldWords: string;
  valueLabel: string;
  caption: readonly string[];
  fileStem: string;
  /** Written into every row of the CSV: organisation, unit, date, measure, caps, source. */
  csvContext: CsvContext;
  legend: readonly SvgLegendItem[];
}

/** The unit's load at each snapshot up to this one, with small groups withheld, as a board panel. */
export function BoardTrendPanel(props: BoardTrendPanelProps) {
  const { unitId, asAt, caps, bands, settings, minGroupSize } = props;
  const history = useDeferredValue(props.history);
  const points = useMemo(
    () =>
      withholdSmallGroups(unitTrend(history, unitId, caps, bands, settings, asAt), minGroupSize),
    [history, unitId, caps, bands, settings, asAt, minGroupSize],
  );
  const thresholds = caps.map(capThreshold);
  const cells = () => boardTrendCells(points, props.valueLabel, thresholds, props.withheldWords);
  const drawn = points.filter((point) => point.value !== null).length;
  const withheld = points.filter((point) => point.withheld);
  const sentence = describeUnitTrend(points, props.valueLabel);
  const upToNow = points.length;
  const loaded = history.loaded.filter((entry) => entry.asAt <= asAt).length;

  return (
    <BoardPanel
      className="board-panel--trend"
      title={`Over time: ${props.unitName}`}
      caption={props.caption}
      fileStem={props.fileStem}
      table={cells}
      csvContext={props.csvContext}
      svgLegend={drawn >= 2 ? props.legend : null}
      footer={
        <div className="board-panel__foot">
          {sentence && <p className="board-panel__note">{sentence}</p>}
          {withheld.length > 0 && (
            <p className="board-panel__note">
              Not drawn, {props.withheldWords}: {withheld.map((p) => formatDate(p.asAt)).join(', ')}
              .
            </p>
          )}
          <BoardTable
            cells={cells()}
            caption={`${props.unitName} at each snapshot up to ${formatDate(asAt)}`}
          />
        </div>
      }
    >
      {({ height }) =>
        loaded < upToNow && drawn < 2 ? (
          <p className="board-panel__empty" role="status">
            Earlier snapshots still arriving: {loaded} of {upToNow}…
          </p>
        ) : (
          <ErrorBoundary label="the trend chart">
            <Suspense fallback={<p className="loading">Loading chart…</p>}>
              <TrendChart
                points={points}
                seriesLabel={props.unitName}
                valueLabel={props.valueLabel}
                bands={bands}
                caps={caps}
                references={props.references}
                // The line key sits under the chart, inside the panel: a line for it and each reference.
                height={Math.max(140, height - 28 - 22 * props.references.length)}
                compact
              />
            </Suspense>
          </ErrorBoundary>
        )
      }
    </BoardPanel>
  );
}
