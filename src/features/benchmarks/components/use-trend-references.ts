/**
 * England's and the region's caseload per FTE at each snapshot date, as
 * reference lines for a unit's trend. DfE publishes one measure only (cases
 * of case holders per FTE, counting children), so the lines appear only when
 * the trend is on that measure; otherwise they would compare unlike figures.
 */
import { useMemo } from 'react';
import type { Organisation } from '../../../contract/v1';
import { benchmarkPlace, referenceLinesFor } from '../../../domain/benchmarks';
import type { ViewMeasure } from '../../../domain/measure-options';
import { useBenchmarksShown, useDfeBenchmarks } from '../../../lib/benchmarks';
import type { TrendReference } from '../../../components/trend-chart';

const NONE: readonly TrendReference[] = [];

/** True when a unit's load is on DfE's own measure, so the lines are like for like. */
export function isDfeMeasure(view: ViewMeasure): boolean {
  return (
    view.measure === 'per-fte' && view.counting === 'children' && view.population === 'case-holders'
  );
}

export function useTrendReferences(
  organisation: Organisation | undefined,
  dates: readonly string[],
  asAt: string | null,
  view: ViewMeasure,
): readonly TrendReference[] {
  const [shown] = useBenchmarksShown();
  const wanted = shown && isDfeMeasure(view) && organisation !== undefined;
  const { data } = useDfeBenchmarks(wanted);
  return useMemo(() => {
    if (!wanted || !data || asAt === null) return NONE;
    const upToNow = dates.filter((date) => date <= asAt);
    return referenceLinesFor(data, upToNow, benchmarkPlace(data, organisation).region);
  }, [wanted, data, organisation, dates, asAt]);
}
