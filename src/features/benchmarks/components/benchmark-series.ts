/**
 * The lines the benchmarks panel draws, and their look: each line has its own
 * colour and its own dash, so that colour is never the only way to tell them
 * apart, and the same look as in the trend (series-looks.ts).
 */
import { seriesLooks } from '../../../components/series-looks';
import type { SeriesPoint } from '../../../domain/benchmarks';

export interface BenchmarkLine {
  key: 'england' | 'region' | 'council';
  name: string;
  points: readonly SeriesPoint[];
}

/** The council's own published figure is drawn as the trend draws the unit's own line. */
export const lineStyles: Record<
  BenchmarkLine['key'],
  { colour: string; dash: string | undefined }
> = {
  england: seriesLooks.england,
  region: seriesLooks.region,
  council: seriesLooks.own,
};
