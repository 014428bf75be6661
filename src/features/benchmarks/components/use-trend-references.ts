/**
 * England's and the region's caseload per FTE at each snapshot date, as
 * reference lines for a unit's trend. DfE publishes one measure only (cases
 * of case holders per FTE, counting children), so the lines appear only when
 * the trend is on that measure; otherwise they would compare unlike figures.
 */
import { useMemo } from 'react';
import type { Organisation, Unit } from '../../../contract/v1';
import { referenceLinesFor } from '../../../domain/benchmarks';
import type { OrgIndex } from '../../../domain/org-index';
import { isDfeMeasure, type ViewMeasure } from '../../../domain/measure-options';
import { useBenchmarksShown, useDfeBenchmarks } from '../../../lib/benchmarks';
import type { TrendReference } from '../../../components/trend-chart';
import { benchmarkScopeOf } from './benchmark-scope';

const NONE: readonly TrendReference[] = [];

/** The lines for the unit shown: England's, and the region's the unit is in (none above regions). */
export function useTrendReferences(
  place: { organisation: Organisation; index: OrgIndex; unit: Unit } | undefined,
  dates: readonly string[],
  asAt: string | null,
  view: ViewMeasure,
): readonly TrendReference[] {
  const [shown] = useBenchmarksShown();
  const wanted = shown && isDfeMeasure(view) && place !== undefined;
  const { data } = useDfeBenchmarks(wanted);
  const organisation = place?.organisation;
  const index = place?.index;
  const unit = place?.unit;
  return useMemo(() => {
    if (!wanted || !data || asAt === null || !organisation || !index || !unit) return NONE;
    const upToNow = dates.filter((date) => date <= asAt);
    const { place: where } = benchmarkScopeOf(data, index, unit, organisation);
    return referenceLinesFor(data, upToNow, where.region);
  }, [wanted, data, organisation, index, unit, dates, asAt]);
}
