import { A4_PRINT_WIDTH } from '../../../components/print-width';
import { lazy, Suspense, useEffect, useRef } from 'react';
import type { Band } from '../../../domain/bands';
import { capThreshold, type Cap } from '../../../domain/caps';
import {
  capitalise,
  formatCount,
  formatDate,
  formatList,
  formatLoad,
  formatShare,
} from '../../../domain/format';
import { measureCaption } from '../../../domain/measure-options';
import type { ViewMeasure } from '../../../domain/measure-options';
import { describeUnitTrend, pointStatusWords, type UnitTrendPoint } from '../../../domain/trend';
import { ErrorBoundary } from '../../../components/error-boundary';
import type { TrendReference } from '../../../components/trend-chart';
import { TrendTable, type TrendColumn } from '../../../components/trend-table';
import type { HistoryProgress } from './use-unit-history';

const TrendChart = lazy(() =>
  import('../../../components/trend-chart').then((module) => ({ default: module.TrendChart })),
);
const ShareTrendChart = lazy(() =>
  import('../../../components/share-trend-chart').then((module) => ({
    default: module.ShareTrendChart,
  })),
);

interface UnitTrendSectionProps {
  unitName: string;
  asAt: string;
  trend: readonly UnitTrendPoint[];
  progress: HistoryProgress;
  caps: readonly Cap[];
  bands: readonly Band[];
  view: ViewMeasure;
  /** "Cases per FTE": what the load measures, as on the key figure. */
  measureLabel: string;
  /** "case holder" or "worker". */
  who: string;
  references?: readonly TrendReference[];
  /** True when only the previous snapshot and the one a year earlier are loaded. */
  limited?: boolean;
  /** Called once the section comes near the screen: the trend's earlier snapshots load then. */
  onNearView?: () => void;
}

/** "Over time": the unit's load and its shares over each cap across the snapshots up to this one. */
export function UnitTrendSection({
  unitName,
  asAt,
  trend,
  progress,
  caps,
  bands,
  view,
  measureLabel,
  who,
  references = [],
  limited = false,
  onNearView,
}: UnitTrendSectionProps) {
  const section = useNearView<HTMLElement>(onNearView);
  return (
    <section ref={section} className="chart-section trend-section" aria-labelledby="trend-heading">
      <h2 id="trend-heading">Over time: {unitName}</h2>
      <p className="chart-caption">
        {limited ? 'Three snapshots' : 'Every snapshot'} up to {formatDate(asAt)}.{' '}
        {measureCaption(view)} Earlier snapshots are measured against today’s caps, so a line moves
        only when caseloads do.
        {limited &&
          ' At national scale each snapshot is large, so only the previous snapshot and the one a year earlier are loaded: the points are not evenly spaced in time.'}
      </p>
      <TrendBody
        unitName={unitName}
        asAt={asAt}
        trend={trend}
        progress={progress}
        caps={caps}
        bands={bands}
        measureLabel={measureLabel}
        who={who}
        references={references}
      />
    </section>
  );
}

/**
 * Calls `onNear` once the element is within a screen's height of the
 * viewport (at once where the browser cannot tell, as in jsdom).
 */
function useNearView<T extends Element>(onNear: (() => void) | undefined) {
  const ref = useRef<T>(null);
  useEffect(() => {
    const element = ref.current;
    if (!onNear || !element) return;
    if (typeof IntersectionObserver === 'undefined') {
      onNear();
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer.disconnect();
          onNear();
        }
      },
      { rootMargin: '0px 0px 100% 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [onNear]);
  return ref;
}

/** The trend once it is worked out for this view: progress, sentence, charts and table. */
function TrendBody({
  unitName,
  asAt,
  trend,
  progress,
  caps,
  bands,
  measureLabel,
  who,
  references = [],
}: Omit<UnitTrendSectionProps, 'view'>) {
  const thresholds = caps.map(capThreshold);
  const sentence = describeUnitTrend(trend, measureLabel);
  const columns = trendColumns(measureLabel, who, thresholds, references);
  return (
    <>
      {progress.loading && (
        <p className="loading" role="status">
          Earlier snapshots still loading: {progress.loaded} of {progress.total} so far…
        </p>
      )}
      {progress.failed.length > 0 && (
        <p className="trend-failed">
          Could not load the {progress.failed.length === 1 ? 'snapshot' : 'snapshots'} of{' '}
          {formatList(progress.failed.map(formatDate))}; the trend has a gap there.
        </p>
      )}
      {sentence && <p className="headline trend-sentence">{sentence}</p>}
      {!progress.loading || trend.filter((point) => point.value !== null).length >= 2 ? (
        <>
          <h3>{measureLabel}</h3>
          <ErrorBoundary label="the trend chart">
            <Suspense fallback={<p className="loading">Loading chart…</p>}>
              <TrendChart
                points={trend}
                seriesLabel={unitName}
                valueLabel={measureLabel}
                bands={bands}
                caps={caps}
                references={references}
                printSize={{ width: A4_PRINT_WIDTH, height: 300 }}
              />
            </Suspense>
          </ErrorBoundary>
          <h3>Share of {who}s at or over each cap</h3>
          <ErrorBoundary label="the share trend chart">
            <Suspense fallback={<p className="loading">Loading chart…</p>}>
              <ShareTrendChart
                points={trend}
                thresholds={thresholds}
                bands={bands}
                whoLabel={`${who}s in ${unitName}`}
                printWidth={A4_PRINT_WIDTH}
              />
            </Suspense>
          </ErrorBoundary>
          <details className="trend-details">
            <summary>Show the trend as a table</summary>
            <TrendTable
              caption={`${unitName} at each snapshot up to ${formatDate(asAt)}`}
              points={trend}
              columns={columns}
              note={(point) => pointStatusWords(point.status, `${who}s`)}
            />
          </details>
        </>
      ) : null}
    </>
  );
}

/** The table's columns: the load, band, people counted, share at each cap, and any reference. */
function trendColumns(
  measureLabel: string,
  who: string,
  thresholds: readonly number[],
  references: readonly TrendReference[],
): TrendColumn<UnitTrendPoint>[] {
  return [
    {
      key: 'value',
      header: measureLabel,
      cell: (point) => (point.value === null ? '–' : formatLoad(point.value)),
    },
    { key: 'band', header: 'Band', cell: (point) => point.band?.label ?? '–' },
    {
      key: 'counted',
      header: `${capitalise(who)}s counted`,
      cell: (point) =>
        point.status === 'ok' || point.status === 'no-load' ? String(point.counted) : '–',
    },
    ...thresholds.map((threshold): TrendColumn<UnitTrendPoint> => ({
      key: `at-${threshold}`,
      header: `At ${trim(threshold)}+`,
      cell: (point) => {
        const over = point.overCaps.find((entry) => entry.threshold === threshold);
        return over?.share == null
          ? '–'
          : `${formatShare(over.share)} (${formatCount(over.count)} of ${formatCount(over.of)})`;
      },
    })),
    ...references.map((reference): TrendColumn<UnitTrendPoint> => ({
      key: `ref-${reference.key}`,
      header: reference.label,
      cell: (point) => {
        const value = reference.values[point.asAt];
        return value == null ? '–' : formatLoad(value);
      },
    })),
  ];
}

function trim(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
