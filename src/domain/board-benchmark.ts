/**
 * The board's line against England (and the region, where known): the unit's
 * caseload per FTE beside DfE's published figures for the census that fits
 * the board's date, with the year and source, so a director can say "we are
 * at 21.6 per FTE against England's 15.2 (2025)". Like for like only: on any
 * measure but DfE's own, the board says the comparison is not available
 * instead of setting unlike figures side by side.
 */
import {
  benchmarkSourceLabel,
  benchmarksForDates,
  compareWithBenchmarks,
  describeYearMatch,
  regionInSentence,
  unitBenchmarkScope,
  type DfeBenchmarks,
} from './benchmarks';
import { formatLoad } from './format';
import { isDfeMeasure, type ViewMeasure } from './measure-options';

export interface BoardBenchmarkInput {
  organisation: { name: string; laCode?: string | undefined; region?: string | undefined };
  /** From the organisation down to the unit. */
  path: readonly { kind: string; name: string }[];
  /** True when regions lie beneath the unit (England at national scale). */
  spansRegions: boolean;
  unitName: string;
  asAt: string;
  view: ViewMeasure;
  /** The unit's caseload per FTE on the view's measure; null when it has none to show. */
  value: number | null;
  /** Why the unit's own figure is not shown (a small group, no case holders); null when it is. */
  valueMissing: string | null;
}

export type BoardBenchmark =
  | {
      available: true;
      /** "Child in Need and Child Protection: 21.6 per FTE, against England’s 15.2 and the North West’s 15.8 (DfE, 2025)." */
      sentence: string;
      /** The DfE year, its source and the measure, for the caption. */
      source: string;
      /** What to bear in mind: part of a council, a region the table lacks; null when nothing. */
      note: string | null;
    }
  | { available: false; reason: string };

const DFE_MEASURE_WORDS = 'cases held by case-holding social workers ÷ their FTE';

/** The unit against England and its region on DfE's measure, or why there is no comparison. */
export function boardBenchmark(data: DfeBenchmarks, input: BoardBenchmarkInput): BoardBenchmark {
  if (!isDfeMeasure(input.view)) {
    return {
      available: false,
      reason: `Not available for this measure: DfE publishes only ${DFE_MEASURE_WORDS}, counting children. Choose cases per FTE, counting children, case holders only, to set this unit against England.`,
    };
  }
  const { level, place } = unitBenchmarkScope(
    data,
    input.organisation,
    input.path,
    input.spansRegions,
  );
  const [benchmark] = benchmarksForDates(data, [input.asAt], place.region);
  if (!benchmark) return { available: false, reason: 'The DfE table has no figures.' };
  const sentence =
    input.value === null
      ? `${publishedOnly(benchmark.england, benchmark.region, benchmark.regionName)} (DfE, ${benchmark.year}). ${input.valueMissing ?? ''}`.trim()
      : `${input.unitName}: ${compareWithBenchmarks(input.value, benchmark)}.`;
  const yearNote = describeYearMatch(benchmark.match);
  const notes = [
    level === 'part'
      ? `DfE’s figures are for whole councils; ${input.unitName} is part of one, so read them as a guide, not like for like.`
      : null,
    place.problem,
  ].filter((note): note is string => note !== null);
  return {
    available: true,
    sentence,
    source: `${benchmarkSourceLabel(data, benchmark.year)}: ${DFE_MEASURE_WORDS}.${yearNote ? ` ${yearNote}` : ''}`,
    note: notes.length > 0 ? notes.join(' ') : null,
  };
}

/** England's (and the region's) published figure, when the unit has none of its own to set beside it. */
function publishedOnly(
  england: number | null,
  region: number | null,
  regionName: string | null,
): string {
  const parts = [
    england === null ? null : `England’s ${formatLoad(england)}`,
    region === null || regionName === null
      ? null
      : `${regionInSentence(regionName)}’s ${formatLoad(region)}`,
  ].filter((part): part is string => part !== null);
  return parts.length === 0
    ? 'No published figure for England'
    : `Published caseload per FTE: ${parts.join(' and ')}`;
}
