import { useMemo } from 'react';
import type { Organisation, Unit } from '../../../contract/v1';
import { boardBenchmark, type BoardBenchmark } from '../../../domain/board-benchmark';
import type { ViewMeasure } from '../../../domain/measure-options';
import type { OrgIndex } from '../../../domain/org-index';
import { useBenchmarksShown, useDfeBenchmarks } from '../../../lib/benchmarks';

export interface BoardBenchmarkPlace {
  index: OrgIndex;
  unit: Unit;
  /** The snapshot's organisation: its LA code and region place it among DfE's figures. */
  organisation: Organisation | undefined;
  view: ViewMeasure;
  /** The unit's own figure, or null with the reason when it has none to show. */
  value: number | null;
  valueMissing: string | null;
}

/**
 * The board's line against England: DfE's table loads as its own chunk, and
 * nothing is said until it is in, nor when benchmarks are switched off
 * (`benchmarks=off`, kept in the URL from the dashboard).
 */
export function useBoardBenchmark(place: BoardBenchmarkPlace): BoardBenchmark | null {
  const { index, unit, organisation, view, value, valueMissing } = place;
  const [shown] = useBenchmarksShown();
  const wanted = shown && organisation !== undefined;
  const { data } = useDfeBenchmarks(wanted);
  return useMemo(() => {
    if (!wanted || !data) return null;
    const spansRegions = index
      .unitsUnder(unit.id)
      .some((below) => below.kind === 'region' && below.id !== unit.id);
    return boardBenchmark(data, {
      organisation,
      path: index.pathTo(unit.id),
      spansRegions,
      unitName: unit.name,
      asAt: index.asAt,
      view,
      value,
      valueMissing,
    });
  }, [wanted, data, organisation, index, unit, view, value, valueMissing]);
}
