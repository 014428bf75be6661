/**
 * The lines the benchmarks panel draws, and their look: each line has its own
 * colour and its own dash, so that colour is never the only way to tell them apart.
 */
import type { SeriesPoint } from '../../../domain/benchmarks';

export interface BenchmarkLine {
  key: 'england' | 'region' | 'council';
  name: string;
  points: readonly SeriesPoint[];
}

export const lineStyles: Record<BenchmarkLine['key'], { colour: string; dash: string }> = {
  england: { colour: '#12436d', dash: '' },
  region: { colour: '#28a197', dash: '8 4' },
  council: { colour: '#801650', dash: '2 3' },
};
