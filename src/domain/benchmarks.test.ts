import { describe, expect, it } from 'vitest';
import {
  benchmarkPlace,
  unitBenchmarkScope,
  benchmarksForDates,
  benchmarkSourceLabel,
  compareWithBenchmarks,
  councilDistribution,
  councilPosition,
  councilSeries,
  describeYearMatch,
  describePosition,
  distributionBins,
  englandSeries,
  ordinal,
  positionOfValue,
  rankWords,
  referenceLinesFor,
  regionInSentence,
  regionSeries,
  yearForDate,
  type DfeBenchmarks,
} from './benchmarks';
import bundled from './dfe-benchmarks.json';

// The bundled table, as the app loads it. Every expected figure below was
// read from the published CSV by hand (data/dfe/), not from this code.
const data = bundled as DfeBenchmarks;

const pointFor = <T extends { year: number }>(series: readonly T[] | null, year: number) =>
  series?.find((point) => point.year === year);

describe('englandSeries', () => {
  it('gives the published England figures: 2024 is 320,461 cases ÷ 20,803.5 FTE = 15.4', () => {
    const england = englandSeries(data);
    expect(england.map((point) => point.year)).toEqual([
      2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025,
    ]);
    expect(pointFor(england, 2024)).toEqual({
      year: 2024,
      value: 15.4,
      marker: null,
      cases: 320_461,
      fte: 20_803.5,
    });
    expect(Math.round((320_461 / 20_803.5) * 10) / 10).toBe(15.4);
    expect(pointFor(england, 2017)?.value).toBe(17.7);
    expect(pointFor(england, 2025)?.value).toBe(15.2);
  });
});

describe('regionSeries', () => {
  it('gives the North West in 2024: 49,555 cases ÷ 2,982.1 FTE = 16.6, whatever the case of the name', () => {
    const northWest = pointFor(regionSeries(data, 'north west'), 2024);
    expect(northWest).toMatchObject({ value: 16.6, cases: 49_555, fte: 2_982.1 });
    expect(Math.round((49_555 / 2_982.1) * 10) / 10).toBe(16.6);
  });

  it('knows London’s halves and DfE’s spelling of Yorkshire', () => {
    expect(pointFor(regionSeries(data, 'Inner London'), 2025)?.value).toBe(12.8);
    expect(pointFor(regionSeries(data, 'Yorkshire and the Humber'), 2024)?.value).toBe(15.8);
  });

  it('is null for a region the table does not have', () => {
    expect(regionSeries(data, 'Atlantis')).toBeNull();
  });
});

describe('councilSeries', () => {
  it.each(['340', 'E08000011', ' e08000011 '])(
    'finds Knowsley by %j: 1,353 cases ÷ 80.2 FTE = 16.9 in 2025',
    (code) => {
      expect(pointFor(councilSeries(data, code), 2025)).toMatchObject({
        value: 16.9,
        cases: 1_353,
        fte: 80.2,
      });
    },
  );

  it('keeps a suppressed figure unknown, with its marker', () => {
    expect(pointFor(councilSeries(data, '213'), 2025)).toEqual({
      year: 2025,
      value: null,
      marker: 'x',
      cases: null,
      fte: null,
    });
  });

  it('is null for a code no council has', () => {
    expect(councilSeries(data, '999')).toBeNull();
    expect(councilSeries(data, '')).toBeNull();
  });
});

describe('yearForDate', () => {
  it.each([
    ['2025-09-30', 2025, 'same'],
    ['2025-10-31', 2025, 'same'],
    ['2025-09-29', 2024, 'same'],
    ['2026-03-31', 2025, 'same'],
    ['2026-10-31', 2025, 'older'],
    ['2030-01-31', 2025, 'older'],
    ['2017-09-29', 2017, 'newer'],
    ['2016-01-31', 2017, 'newer'],
  ] as const)('sets %s against %i (%s)', (asAt, year, match) => {
    expect(yearForDate(data, asAt)).toEqual({ year, match });
  });
});

describe('benchmarksForDates', () => {
  it('takes each date’s census year and names the source', () => {
    expect(benchmarksForDates(data, ['2025-03-31', '2026-10-31'], 'North West')).toEqual([
      {
        asAt: '2025-03-31',
        year: 2024,
        match: 'same',
        england: 15.4,
        region: 16.6,
        regionName: 'North West',
        source: 'DfE, Children’s social work workforce, 30 September 2024',
      },
      {
        asAt: '2026-10-31',
        year: 2025,
        match: 'older',
        england: 15.2,
        region: 15.8,
        regionName: 'North West',
        source: 'DfE, Children’s social work workforce, 30 September 2025',
      },
    ]);
  });

  it('has no regional figure without a region', () => {
    const [row] = benchmarksForDates(data, ['2025-10-31']);
    expect(row).toMatchObject({ england: 15.2, region: null, regionName: null });
  });

  it('labels the source by year', () => {
    expect(benchmarkSourceLabel(data, 2023)).toBe(
      'DfE, Children’s social work workforce, 30 September 2023',
    );
  });
});

describe('referenceLinesFor', () => {
  it('gives England and the region a value per date, labelled with the years used', () => {
    const lines = referenceLinesFor(data, ['2025-08-31', '2025-10-31', '2026-10-31'], 'North West');
    expect(lines.map(({ key, label, values }) => ({ key, label, values }))).toEqual([
      {
        key: 'england',
        label: 'England (DfE 2024–2025)',
        values: { '2025-08-31': 15.4, '2025-10-31': 15.2, '2026-10-31': 15.2 },
      },
      {
        key: 'region',
        label: 'North West (DfE 2024–2025)',
        values: { '2025-08-31': 16.6, '2025-10-31': 15.8, '2026-10-31': 15.8 },
      },
    ]);
    expect(lines[0]?.source).toMatch(/1 of 3 dates fall outside the published years/);
  });

  it('draws nothing for a trend with no dates', () => {
    expect(referenceLinesFor(data, [], 'North West')).toEqual([]);
  });

  it('draws England alone when the region is unknown', () => {
    const lines = referenceLinesFor(data, ['2025-10-31'], 'Atlantis');
    expect(lines.map((line) => line.label)).toEqual(['England (DfE 2025)']);
  });
});

describe('councilDistribution', () => {
  it('holds the 149 councils with a 2025 figure, highest first, and the 2 suppressed', () => {
    const distribution = councilDistribution(data, 2025);
    expect(distribution.values).toHaveLength(149);
    expect(distribution.values[0]).toMatchObject({ name: 'North East Lincolnshire', value: 20.9 });
    expect(distribution.values[distribution.values.length - 1]).toMatchObject({
      name: 'Isles of Scilly',
      value: 6,
    });
    expect(distribution.suppressed.map((entry) => [entry.name, entry.marker])).toEqual([
      ['Kensington and Chelsea', 'x'],
      ['Westminster', 'x'],
    ]);
  });
});

describe('councilPosition and describePosition', () => {
  it('places Knowsley (16.9 in 2025): 31 higher, 3 others at 16.9, 114 lower', () => {
    const position = councilPosition(data, 2025, '340');
    expect(position).toMatchObject({
      rank: 32,
      rankFromLowest: 115,
      of: 149,
      higher: 31,
      equal: 3,
      lower: 114,
      published: true,
    });
    expect(describePosition('Knowsley', position!)).toBe(
      'Knowsley’s 16.9 cases per FTE is joint 32nd highest of 149 councils (DfE, 2025).',
    );
  });

  it('is null for a suppressed council or an unknown code', () => {
    expect(councilPosition(data, 2025, 'E09000033')).toBeNull();
    expect(councilPosition(data, 2025, '999')).toBeNull();
  });

  it('places a snapshot’s own figure among the councils without counting it as one', () => {
    const position = positionOfValue(councilDistribution(data, 2025), 18.8);
    expect(position).toMatchObject({ rank: 11, of: 149, higher: 10, lower: 139, equal: 0 });
    expect(describePosition('Northbridge', position)).toBe(
      'Northbridge’s 18.8 cases per FTE in this snapshot would be 11th highest among the 149 councils’ published figures for 2025: 10 are higher and 139 lower.',
    );
  });

  it('counts from the nearer end', () => {
    const lowest = positionOfValue(councilDistribution(data, 2025), 5);
    expect(rankWords(lowest)).toBe('the lowest');
    const highest = positionOfValue(councilDistribution(data, 2025), 30);
    expect(rankWords(highest)).toBe('the highest');
  });
});

describe('ordinal', () => {
  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [102, '102nd'],
    [112, '112th'],
  ])('%i is %s', (n, text) => {
    expect(ordinal(n)).toBe(text);
  });
});

describe('distributionBins', () => {
  it('bins 2025 one case wide, from 6 to 20.9, marking the figure’s bin', () => {
    const bins = distributionBins(councilDistribution(data, 2025), 16.9);
    expect(bins[0]).toMatchObject({ from: 6, to: 7, count: 1, marked: false });
    expect(bins[bins.length - 1]).toMatchObject({ from: 20, to: 21, count: 2 });
    const sixteen = bins.find((bin) => bin.from === 16);
    expect(sixteen).toMatchObject({ count: 23, marked: true });
    expect(sixteen?.councils).toContain('Knowsley');
    expect(bins.filter((bin) => bin.marked)).toHaveLength(1);
    expect(bins.reduce((total, bin) => total + bin.count, 0)).toBe(149);
  });
});

describe('compareWithBenchmarks', () => {
  it('sets a figure against England and the region in one line', () => {
    const [row] = benchmarksForDates(data, ['2025-10-31'], 'North West');
    expect(compareWithBenchmarks(18.8, row!)).toBe(
      '18.8 per FTE, against England’s 15.2 and the North West’s 15.8 (DfE, 2025)',
    );
  });

  it('reads naturally for regions without “the”', () => {
    expect(regionInSentence('London')).toBe('London');
    expect(regionInSentence('Yorkshire and The Humber')).toBe('Yorkshire and The Humber');
    expect(regionInSentence('East of England')).toBe('the East of England');
  });
});

describe('benchmarkPlace', () => {
  it('finds a council by its CSWW code and takes its region from the table', () => {
    const place = benchmarkPlace(data, { name: 'Local authority 340', laCode: '340' });
    expect(place.council?.name).toBe('Knowsley');
    expect(place.region).toBe('North West');
    expect(place.problem).toBeNull();
  });

  it('puts a London council in Inner or Outer London', () => {
    expect(benchmarkPlace(data, { name: 'Camden', laCode: 'E09000007' }).region).toBe(
      'Inner London',
    );
  });

  it('uses the region given, in DfE’s spelling', () => {
    expect(benchmarkPlace(data, { name: 'Northbridge', region: 'north west' })).toEqual({
      council: null,
      region: 'North West',
      problem: null,
    });
  });

  it('says which code or region the table does not have', () => {
    const place = benchmarkPlace(data, { name: 'X', laCode: '999', region: 'Atlantis' });
    expect(place).toMatchObject({ council: null, region: null });
    expect(place.problem).toBe(
      'No council in the DfE table has the code 999. The DfE table has no region called “Atlantis”.',
    );
  });
});

describe('unitBenchmarkScope', () => {
  const knowsley = { name: 'Knowsley', laCode: '340' };
  const step = (kind: string, name: string) => ({ kind, name });

  it('treats a council’s own organisation as the council, and its teams as parts of it', () => {
    const root = [step('organisation', 'Knowsley')];
    expect(unitBenchmarkScope(data, knowsley, root, false)).toMatchObject({
      level: 'council',
      place: { council: { name: 'Knowsley' }, region: 'North West', problem: null },
    });
    const team = [...root, step('area', 'Front door'), step('team', 'Team 1')];
    expect(unitBenchmarkScope(data, knowsley, team, false)).toMatchObject({
      level: 'part',
      place: { council: { name: 'Knowsley' }, region: 'North West' },
    });
  });

  it('compares England with England only: no region, no council', () => {
    const england = { name: 'England' };
    expect(unitBenchmarkScope(data, england, [step('organisation', 'England')], true)).toEqual({
      level: 'england',
      place: { council: null, region: null, problem: null },
    });
  });

  it('takes the region from the region unit above, and a council unit is a council of it', () => {
    const england = { name: 'England' };
    const region = [step('organisation', 'England'), step('region', 'north east')];
    expect(unitBenchmarkScope(data, england, region, false)).toEqual({
      level: 'region',
      place: { council: null, region: 'North East', problem: null },
    });
    const council = [...region, step('council', 'Marton Council')];
    expect(unitBenchmarkScope(data, england, council, false)).toEqual({
      level: 'council',
      place: { council: null, region: 'North East', problem: null },
    });
    expect(
      unitBenchmarkScope(data, england, [...council, step('team', 'Team 1')], false).level,
    ).toBe('part');
  });

  it('never gives a council unit the organisation’s council code', () => {
    const path = [step('organisation', 'Knowsley'), step('council', 'Another council')];
    expect(unitBenchmarkScope(data, knowsley, path, false).place.council).toBeNull();
  });

  it('says when a region unit has a name DfE does not use', () => {
    const path = [step('organisation', 'England'), step('region', 'Wessex')];
    expect(unitBenchmarkScope(data, { name: 'England' }, path, false).place).toEqual({
      council: null,
      region: null,
      problem: 'The DfE table has no region called “Wessex”.',
    });
  });
});

describe('describeYearMatch', () => {
  it('says why another census is used without repeating the dates the caption gives', () => {
    expect(describeYearMatch('same')).toBeNull();
    expect(describeYearMatch('older')).toBe('That is the latest census DfE has published.');
    expect(describeYearMatch('newer')).toBe('That is the earliest census in DfE’s table.');
  });
});
