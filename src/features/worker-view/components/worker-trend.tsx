import { lazy, Suspense, useDeferredValue, useMemo } from 'react';
import type { Band } from '../../../domain/bands';
import type { Cap } from '../../../domain/caps';
import { formatDate, formatLoad } from '../../../domain/format';
import type { SnapshotHistory } from '../../../domain/snapshot-history';
import { describeWorkerTrend, pointStatusWords, workerTrend } from '../../../domain/trend';
import type { LoadSettings } from '../../../domain/worker-load';
import { ErrorBoundary } from '../../../components/error-boundary';
import { TrendTable } from '../../../components/trend-table';
import { workerLoadLabel } from './load-section';

const TrendChart = lazy(() =>
  import('../../../components/trend-chart').then((module) => ({ default: module.TrendChart })),
);

/** The chart on an A4 page: its 186 mm between margins, and short enough to keep one page. */
const PRINT_SIZE = { width: 700, height: 180 };

interface WorkerTrendProps {
  workerId: string;
  asAt: string;
  history: SnapshotHistory;
  dates: readonly string[];
  caps: readonly Cap[];
  bands: readonly Band[];
  settings: LoadSettings;
}

/**
 * "Caseload over time": the worker's own load at each snapshot up to this
 * one, the bands behind it and their own cap as a step line. Worked out from
 * deferred inputs so the rest of the page paints first.
 */
export function WorkerTrend({
  workerId,
  asAt,
  history,
  dates,
  caps,
  bands,
  settings,
}: WorkerTrendProps) {
  const deferredHistory = useDeferredValue(history);
  const points = useMemo(
    () => workerTrend(deferredHistory, workerId, bands, settings, asAt),
    [deferredHistory, workerId, bands, settings, asAt],
  );
  const label = workerLoadLabel(settings.view);
  const total = dates.filter((date) => date <= asAt).length;
  const loaded = deferredHistory.loaded.filter((entry) => entry.asAt <= asAt).length;
  const failed = deferredHistory.failed.filter((date) => date <= asAt);
  const stillLoading = loaded + failed.length < total;
  const sentence = describeWorkerTrend(points, label);

  return (
    <section className="worker-section worker-trend" aria-labelledby="trend-heading">
      <h2 id="trend-heading">Caseload over time</h2>
      {stillLoading && (
        <p className="loading no-print" role="status">
          Earlier snapshots still loading: {loaded} of {total} so far…
        </p>
      )}
      {failed.length > 0 && (
        <p className="trend-failed">
          Could not load {failed.map(formatDate).join(', ')}; the line has a gap there.
        </p>
      )}
      {sentence && <p className="trend-sentence">{sentence}</p>}
      <ErrorBoundary label="the trend chart">
        <Suspense fallback={<p className="loading">Loading chart…</p>}>
          <TrendChart
            points={points}
            seriesLabel="This worker"
            valueLabel={label}
            bands={bands}
            caps={caps}
            ownCapLabel="Own cap"
            height={220}
            printSize={PRINT_SIZE}
          />
        </Suspense>
      </ErrorBoundary>
      <details className="trend-details no-print">
        <summary>Show the trend as a table</summary>
        <TrendTable
          caption={`This worker at each snapshot up to ${formatDate(asAt)}`}
          points={points}
          columns={[
            {
              key: 'value',
              header: label,
              cell: (point) => (point.value === null ? '–' : formatLoad(point.value)),
            },
            {
              key: 'own-cap',
              header: 'Own cap',
              cell: (point) => (point.ownCap === null ? '–' : formatLoad(point.ownCap)),
            },
            {
              key: 'band',
              header: 'Band',
              cell: (point) => point.band?.label ?? '–',
            },
          ]}
          note={(point) => pointStatusWords(point.status, 'this worker')}
        />
      </details>
    </section>
  );
}
