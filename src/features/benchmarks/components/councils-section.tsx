/**
 * The organisation among all councils for the census year in use: a known
 * council by its own published figure; otherwise this snapshot's figure,
 * placed among the councils' and said to be so.
 */
import { lazy, Suspense, useMemo } from 'react';
import {
  councilDistribution,
  councilPosition,
  describePosition,
  distributionBins,
  positionOfValue,
  type BenchmarkCouncil,
  type DfeBenchmarks,
} from '../../../domain/benchmarks';
import { formatList, formatLoad } from '../../../domain/format';
import { ErrorBoundary } from '../../../components/error-boundary';
import { TableScroll } from '../../../components/table-scroll';

const CouncilsChart = lazy(() =>
  import('./councils-chart').then((module) => ({ default: module.CouncilsChart })),
);

interface CouncilsSectionProps {
  data: DfeBenchmarks;
  year: number;
  /** The council the organisation is, when its code is known. */
  council: BenchmarkCouncil | null;
  name: string;
  /** This snapshot's caseload per FTE on DfE's measure, for an organisation not known by code. */
  ownLoad: number | null;
}

export function CouncilsSection({ data, year, council, name, ownLoad }: CouncilsSectionProps) {
  const distribution = useMemo(() => councilDistribution(data, year), [data, year]);
  const known = council ? councilPosition(data, year, council.code) : null;
  const position =
    known ?? (council === null && ownLoad !== null ? positionOfValue(distribution, ownLoad) : null);
  const markLabel = council ? council.name : 'This snapshot';
  const marked = position ? position.value : null;
  const bins = distributionBins(distribution, marked);
  const suppressedFigure = council ? council.figures[String(year)]?.caseload : undefined;

  return (
    <>
      <h3 id="councils-heading">Among all councils, 30 September {year}</h3>
      <p>
        {position
          ? describePosition(council ? council.name : name, position)
          : council
            ? `${council.name}’s figure for ${year} is ${typeof suppressedFigure === 'string' ? `suppressed (${suppressedFigure})` : 'not published'}, so it has no place among the councils.`
            : `${name} has no caseload per FTE in this snapshot to place among the councils.`}
        {council === null &&
          position &&
          ` The data gives no local authority code for ${name}, so its own published figure is not shown.`}
      </p>
      <div className="benchmarks__grid">
        <div>
          <ErrorBoundary label="the councils chart">
            <Suspense fallback={<p className="loading">Loading chart…</p>}>
              <CouncilsChart
                bins={bins}
                markLabel={markLabel}
                markedName={
                  council
                    ? `Councils in the same bar as ${council.name}`
                    : 'Councils in the same bar as this snapshot'
                }
              />
            </Suspense>
          </ErrorBoundary>
          {/* Under the chart, not on its axis, where a narrow screen would cut it off. */}
          <p className="chart-caption">
            Each bar counts the councils from the figure under it to just under the next: the bar at
            12 holds 12.0 to 12.9.
          </p>
        </div>
        <TableScroll label={`Councils by published caseload per FTE, 30 September ${year}`}>
          <table className="data-table">
            <caption>
              Councils by published caseload per FTE, 30 September {year} (
              {distribution.values.length} councils)
            </caption>
            <thead>
              <tr>
                <th scope="col">Cases per FTE</th>
                <th scope="col" className="numeric">
                  Councils
                </th>
                <th scope="col">{markLabel}</th>
              </tr>
            </thead>
            <tbody>
              {bins.map((bin) => (
                <tr key={bin.from} className={bin.marked ? 'benchmarks__marked' : undefined}>
                  <th scope="row">
                    {bin.from}.0 to {bin.from}.9
                  </th>
                  <td className="numeric">{bin.count}</td>
                  <td>{bin.marked && marked !== null ? `Here (${formatLoad(marked)})` : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </div>
      {distribution.suppressed.length > 0 && (
        <p className="benchmarks__source">
          Not placed, because their figures are suppressed in the published table:{' '}
          {formatList(
            distribution.suppressed.map(
              (entry) => `${entry.name}${entry.marker ? ` (${entry.marker})` : ''}`,
            ),
          )}
          .
        </p>
      )}
    </>
  );
}
