/**
 * A unit's trend on the board: points from a snapshot where fewer workers
 * were counted than the board's minimum group size are withheld (a gap with
 * its reason), as the board's other figures are, and the CSV behind the chart.
 */
import { roundToTenth } from '../contract/rounding';
import type { CsvCell } from './csv-export';
import { formatDate, formatLoad } from './format';
import { isSmallGroup } from './board-rows';
import type { UnitTrendPoint } from './trend';

export interface BoardTrendPoint extends UnitTrendPoint {
  /** True when this date's figures are withheld for a small group. */
  withheld: boolean;
}

/** The trend with small groups' figures withheld. */
export function withholdSmallGroups(
  points: readonly UnitTrendPoint[],
  minGroupSize: number,
): BoardTrendPoint[] {
  return points.map((point) => {
    const withheld = point.status === 'ok' && isSmallGroup(point.counted, minGroupSize);
    return withheld
      ? {
          ...point,
          value: null,
          band: null,
          overCaps: point.overCaps.map((over) => ({ ...over, share: null })),
          withheld,
        }
      : { ...point, withheld };
  });
}

/** Date, load and the share at or over each cap, one row per snapshot: the CSV and the hidden table. */
export function boardTrendCells(
  points: readonly BoardTrendPoint[],
  valueLabel: string,
  thresholds: readonly number[],
  withheldWords: string,
): CsvCell[][] {
  const header: CsvCell[] = [
    'Date',
    valueLabel,
    ...thresholds.map((threshold) => `Share at ${formatLoad(threshold).replace(/\.0$/, '')}+`),
  ];
  const body = points.map((point): CsvCell[] => {
    if (point.withheld) return [formatDate(point.asAt), withheldWords, ...thresholds.map(() => '')];
    const shares = thresholds.map((threshold) => {
      const share = point.overCaps.find((over) => over.threshold === threshold)?.share ?? null;
      return share === null ? null : `${Math.round(share * 100)}%`;
    });
    return [
      formatDate(point.asAt),
      point.value === null ? null : roundToTenth(point.value),
      ...shares,
    ];
  });
  return [header, ...body];
}
