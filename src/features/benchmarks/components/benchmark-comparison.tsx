/**
 * The comparison itself: one sentence setting the unit against England and
 * the region for the census year that fits the snapshot, the figures by year
 * as a chart and a table, the source, and (for a whole council) its place
 * among all councils. England is set against England only; a region against
 * its own DfE figure.
 */
import { A4_PRINT_WIDTH } from '../../../components/print-width';
import { lazy, Suspense, useMemo } from 'react';
import type { Organisation, Unit } from '../../../contract/v1';
import {
  benchmarksForDates,
  compareWithBenchmarks,
  councilSeries,
  describeYearMatch,
  englandSeries,
  regionSeries,
  type DfeBenchmarks,
} from '../../../domain/benchmarks';
import { dfeLoad } from '../../../domain/dfe-load';
import { formatDate } from '../../../domain/format';
import type { OrgIndex } from '../../../domain/org-index';
import type { LoadSettings } from '../../../domain/worker-load';
import { ErrorBoundary } from '../../../components/error-boundary';
import { benchmarkScopeOf } from './benchmark-scope';
import type { BenchmarkLine } from './benchmark-series';
import { BenchmarksTable } from './benchmarks-table';
import { CouncilsSection } from './councils-section';

const BenchmarksByYearChart = lazy(() =>
  import('./benchmarks-by-year-chart').then((module) => ({
    default: module.BenchmarksByYearChart,
  })),
);

interface BenchmarkComparisonProps {
  data: DfeBenchmarks;
  index: OrgIndex;
  unit: Unit;
  organisation: Organisation;
  settings: LoadSettings;
}

export function BenchmarkComparison({
  data,
  index,
  unit,
  organisation,
  settings,
}: BenchmarkComparisonProps) {
  const { level, place } = useMemo(
    () => benchmarkScopeOf(data, index, unit, organisation),
    [data, index, unit, organisation],
  );
  const load = useMemo(
    () => dfeLoad(index.workersUnder(unit.id), index.unitsUnder(unit.id), settings),
    [index, unit.id, settings],
  );
  const [benchmark] = benchmarksForDates(data, [index.asAt], place.region);
  const lines = useMemo<BenchmarkLine[]>(() => {
    const region = place.region === null ? null : regionSeries(data, place.region);
    const council = place.council ? councilSeries(data, place.council.code) : null;
    return [
      { key: 'england', name: 'England', points: englandSeries(data) },
      ...(region && place.region
        ? [{ key: 'region' as const, name: place.region, points: region }]
        : []),
      ...(council && place.council
        ? [{ key: 'council' as const, name: place.council.name, points: council }]
        : []),
    ];
  }, [data, place]);
  if (!benchmark) return null;

  const firstYear = data.years[0];
  const lastYear = data.years[data.years.length - 1];
  const names = lines.map((line) => line.name).join(', ');
  const notes = [
    describeYearMatch(benchmark.match),
    level === 'part'
      ? `England’s and the region’s figures are for whole councils; ${unit.name} is part of one, so read them as a guide rather than a like-for-like comparison.`
      : null,
    place.problem,
    level !== 'england' && place.region === null && place.problem === null
      ? `The data does not say which region ${level === 'part' ? organisation.name : unit.name} is in, so only England is shown.`
      : null,
  ].filter((note): note is string => note !== null);

  return (
    <>
      <p className="headline">
        {load.status === 'ok'
          ? `${unit.name}: ${compareWithBenchmarks(load.value, benchmark)}.`
          : `${unit.name} has no case holders with a known FTE, so there is no caseload per FTE to set against DfE’s figures.`}
      </p>
      <p className="chart-caption">
        Set against each other on DfE’s measure: cases held by case-holding social workers ÷ their
        FTE, counting children, whatever measure is chosen above. This page is as at{' '}
        {formatDate(index.asAt)}; DfE’s figures are as at 30 September {benchmark.year}.{' '}
        {notes.join(' ')}
      </p>
      <div className="benchmarks__grid">
        <div>
          <h3>Caseload per FTE by year</h3>
          <ErrorBoundary label="the benchmarks chart">
            <Suspense fallback={<p className="loading">Loading chart…</p>}>
              <BenchmarksByYearChart lines={lines} printWidth={A4_PRINT_WIDTH} />
            </Suspense>
          </ErrorBoundary>
        </div>
        <BenchmarksTable
          lines={lines}
          chosenYear={benchmark.year}
          caption={`Published caseload per FTE by year, 30 September ${firstYear ?? ''} to ${lastYear ?? ''}: ${names}`}
        />
      </div>
      <p className="benchmarks__source">
        Source:{' '}
        <a href={data.source.url}>
          {data.source.publisher}, {data.source.title}
        </a>
        , as at 30 September each year ({data.source.licence}). England and regional figures are
        DfE’s own, including councils whose own figures are suppressed.
      </p>
      {level === 'council' && (
        <CouncilsSection
          data={data}
          year={benchmark.year}
          council={place.council}
          name={unit.name}
          ownLoad={load.status === 'ok' ? load.value : null}
        />
      )}
    </>
  );
}
