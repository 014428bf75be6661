/**
 * "Against England and the region": the unit's caseload set against DfE's
 * published figures, with a switch (kept in the URL) to hide them. The DfE
 * table is a chunk of its own, fetched only while benchmarks are shown.
 */
import { memo } from 'react';
import type { Organisation, Unit } from '../../../contract/v1';
import type { OrgIndex } from '../../../domain/org-index';
import type { LoadSettings } from '../../../domain/worker-load';
import { useBenchmarksShown, useDfeBenchmarks } from '../../../lib/benchmarks';
import { deferred } from '../../../components/deferred';
import { LoadError, Loading } from '../../../components/query-status';
import { BenchmarkComparison } from './benchmark-comparison';
import './benchmarks.css';

export interface BenchmarksPanelProps {
  index: OrgIndex;
  unit: Unit;
  organisation: Organisation;
  settings: LoadSettings;
}

// The panel re-renders whenever the URL changes (it reads the benchmarks switch from
// it); the comparison and its chart only when their own inputs change.
const MemoisedComparison = memo(BenchmarkComparison);

export function BenchmarksPanel(props: BenchmarksPanelProps) {
  const [shown, setShown] = useBenchmarksShown();
  const query = useDfeBenchmarks(shown);
  return (
    <section className="benchmarks" aria-labelledby="benchmarks-heading">
      <div className="section-head">
        <h2 id="benchmarks-heading">Against England and the region</h2>
        <label className="benchmarks__switch">
          <input
            type="checkbox"
            checked={shown}
            onChange={(event) => setShown(event.target.checked)}
          />
          Show DfE benchmarks
        </label>
      </div>
      {!shown ? (
        <p className="chart-caption">
          Benchmarks are hidden. Tick “Show DfE benchmarks” to set this page against England’s and
          the region’s published caseloads.
        </p>
      ) : query.isPending ? (
        <Loading what="the DfE benchmarks" />
      ) : query.isError ? (
        <LoadError
          what="the DfE benchmarks"
          error={query.error}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      ) : (
        <MemoisedComparison data={query.data} {...props} />
      )}
    </section>
  );
}

/** The panel, caught up at low priority after the page's main chart has painted. */
export const DeferredBenchmarksPanel = deferred(BenchmarksPanel);
