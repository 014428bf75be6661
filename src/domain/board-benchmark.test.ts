import { loadDfeBenchmarks } from './benchmark-data';
import { boardBenchmark, type BoardBenchmarkInput } from './board-benchmark';
import type { DfeBenchmarks } from './benchmarks';
import { DEFAULT_VIEW_MEASURE } from './measure-options';

let data: DfeBenchmarks;
beforeAll(async () => {
  data = await loadDfeBenchmarks();
});

// The worked examples are DfE's own totals (csww_indicators_2017_to_2025.csv, 30 September):
// caseload per FTE = cases ÷ FTE of case-holding social workers, to one decimal place.
const tenth = (value: number) => Math.round(value * 10) / 10;
const ENGLAND_2025 = tenth(321_661 / 21_105.4); // 15.24 -> 15.2
const NORTH_WEST_2025 = tenth(49_351 / 3_116.7); // 15.83 -> 15.8
const ENGLAND_2024 = tenth(320_461 / 20_803.5); // 15.40 -> 15.4
const NORTH_WEST_2024 = tenth(49_555 / 2_982.1); // 16.62 -> 16.6
const LONDON_2025 = tenth(50_003 / 3_622.1); // 13.80 -> 13.8

const council: BoardBenchmarkInput = {
  organisation: { name: 'Northbridge Council (demo data)', region: 'North West' },
  path: [{ kind: 'organisation', name: 'Northbridge Council (demo data)' }],
  spansRegions: false,
  unitName: 'Northbridge Council (demo data)',
  asAt: '2026-10-31',
  view: DEFAULT_VIEW_MEASURE,
  value: 21.64,
  valueMissing: null,
};

describe('boardBenchmark', () => {
  it('sets a council against England and its region for the latest census, with the year and source', () => {
    expect([ENGLAND_2025, NORTH_WEST_2025]).toEqual([15.2, 15.8]);
    const result = boardBenchmark(data, council);
    expect(result).toEqual({
      available: true,
      sentence:
        'Northbridge Council (demo data): 21.6 per FTE, against England’s 15.2 and the North West’s 15.8 (DfE, 2025).',
      source:
        'DfE, Children’s social work workforce, 30 September 2025: cases held by case-holding social workers ÷ their FTE. That is the latest census DfE has published.',
      note: null,
    });
  });

  it('takes the census that fits an older snapshot: 2024 for December 2024', () => {
    expect([ENGLAND_2024, NORTH_WEST_2024]).toEqual([15.4, 16.6]);
    const result = boardBenchmark(data, { ...council, asAt: '2024-12-31', value: 17.2 });
    expect(result.available && result.sentence).toBe(
      'Northbridge Council (demo data): 17.2 per FTE, against England’s 15.4 and the North West’s 16.6 (DfE, 2024).',
    );
    // The snapshot's own census: no note that an older one stands in.
    expect(result.available && result.source).toBe(
      'DfE, Children’s social work workforce, 30 September 2024: cases held by case-holding social workers ÷ their FTE.',
    );
  });

  it('sets a region against its own DfE figure', () => {
    expect(LONDON_2025).toBe(13.8);
    const result = boardBenchmark(data, {
      ...council,
      organisation: { name: 'England (national-scale demo data)' },
      path: [
        { kind: 'organisation', name: 'England (national-scale demo data)' },
        { kind: 'region', name: 'London' },
      ],
      unitName: 'London',
      value: 17.4,
    });
    expect(result.available && result.sentence).toBe(
      'London: 17.4 per FTE, against England’s 15.2 and London’s 13.8 (DfE, 2025).',
    );
  });

  it('says a team is part of a council, so DfE’s figures are a guide and not like for like', () => {
    const result = boardBenchmark(data, {
      ...council,
      path: [...council.path, { kind: 'team', name: 'CIN/CP Team North' }],
      unitName: 'CIN/CP Team North',
      value: 22,
    });
    expect(result.available && result.note).toBe(
      'DfE’s figures are for whole councils; CIN/CP Team North is part of one, so read them as a guide, not like for like.',
    );
  });

  it('gives England’s and the region’s figures alone when the unit’s own is withheld', () => {
    const result = boardBenchmark(data, {
      ...council,
      value: null,
      valueMissing: 'Its own figure is suppressed (fewer than 5 workers).',
    });
    expect(result.available && result.sentence).toBe(
      'Published caseload per FTE: England’s 15.2 and the North West’s 15.8 (DfE, 2025). Its own figure is suppressed (fewer than 5 workers).',
    );
  });

  it.each([
    { name: 'weighted points', change: { measure: 'points' as const } },
    { name: 'families', change: { counting: 'families' as const } },
    { name: 'everyone counted', change: { population: 'everyone' as const } },
  ])('compares nothing on another measure: $name', ({ change }) => {
    const result = boardBenchmark(data, {
      ...council,
      view: { ...DEFAULT_VIEW_MEASURE, ...change },
    });
    expect(result.available).toBe(false);
    expect(!result.available && result.reason).toMatch(/^Not available for this measure: DfE /);
  });
});
