/**
 * England, regional and council benchmarks from DfE's published "Children's
 * social work workforce" statistics (caseload per FTE of case holders, as at
 * 30 September each year). Pure functions over the bundled table
 * (dfe-benchmarks.json, built by `npm run dfe:benchmarks`): series by year,
 * the year that fits a snapshot date, reference lines for a trend, and a
 * council's place among all councils. Suppressed values stay unknown.
 */
import type { SuppressionMarker } from '../contract/v1';
import { roundToTenth } from '../contract/rounding';
import { formatLoad } from './format';

/** A published value: a number, a suppression marker, or null when the cell is empty. */
export type PublishedNumber = number | SuppressionMarker | null;

export interface BenchmarkFigure {
  /** DfE's published caseload per FTE (cases ÷ case-holder FTE), to one decimal place. */
  caseload: PublishedNumber;
  cases: PublishedNumber;
  /** FTE of case-holding social workers, agency included. */
  fte: PublishedNumber;
}

export interface BenchmarkArea {
  /** ONS code: E92000001 for England, E12… for a region, E06/E08/E09/E10… for a council. */
  code: string;
  name: string;
  /** By year of the 30 September reference date ("2025"); a year missing means no row. */
  figures: Record<string, BenchmarkFigure>;
}

export interface BenchmarkCouncil extends BenchmarkArea {
  /** The 3-digit code a CSWW return carries in its LEA field. */
  oldCode: string;
  /** The council's region as DfE names it; London councils are Inner or Outer London. */
  region: string;
}

export interface DfeBenchmarks {
  source: {
    title: string;
    publisher: string;
    url: string;
    licence: string;
    referenceDay: string;
    file: string;
  };
  /** Every year in the table, oldest first. */
  years: number[];
  england: BenchmarkArea;
  regions: BenchmarkArea[];
  councils: BenchmarkCouncil[];
}

/** One year of a series; value null when unknown, with the marker when suppressed. */
export interface SeriesPoint {
  year: number;
  value: number | null;
  marker: SuppressionMarker | null;
  cases: number | null;
  fte: number | null;
}

const asNumber = (value: PublishedNumber | undefined): number | null =>
  typeof value === 'number' ? value : null;
const asMarker = (value: PublishedNumber | undefined): SuppressionMarker | null =>
  typeof value === 'string' ? value : null;

function seriesOf(data: DfeBenchmarks, area: BenchmarkArea): SeriesPoint[] {
  return data.years.map((year) => {
    const figure = area.figures[String(year)];
    return {
      year,
      value: asNumber(figure?.caseload),
      marker: asMarker(figure?.caseload),
      cases: asNumber(figure?.cases),
      fte: asNumber(figure?.fte),
    };
  });
}

const normalise = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/** England's published caseload per FTE for every year in the table. */
export function englandSeries(data: DfeBenchmarks): SeriesPoint[] {
  return seriesOf(data, data.england);
}

/** The region named (any case: "North West", "Yorkshire and the Humber"), or undefined. */
export function findRegion(data: DfeBenchmarks, name: string): BenchmarkArea | undefined {
  const wanted = normalise(name);
  return data.regions.find((region) => normalise(region.name) === wanted || region.code === name);
}

/** A region's published series, or null when the table has no such region. */
export function regionSeries(data: DfeBenchmarks, region: string): SeriesPoint[] | null {
  const found = findRegion(data, region);
  return found ? seriesOf(data, found) : null;
}

/** The council with this code: ONS (E08000011) or the 3-digit code of a CSWW return (340). */
export function findCouncil(data: DfeBenchmarks, laCode: string): BenchmarkCouncil | undefined {
  const wanted = laCode.trim().toUpperCase();
  if (wanted === '') return undefined;
  return data.councils.find((council) => council.code === wanted || council.oldCode === wanted);
}

/** A council's published series, or null when no council has the code. */
export function councilSeries(data: DfeBenchmarks, laCode: string): SeriesPoint[] | null {
  const found = findCouncil(data, laCode);
  return found ? seriesOf(data, found) : null;
}

/**
 * How the chosen DfE year fits a date: `same` when it is the latest census
 * on or before the date; `older` when the table stops before that census;
 * `newer` when the date comes before the table's first census.
 */
export type YearMatch = 'same' | 'older' | 'newer';

/** The census date of a DfE year: 30 September. */
export function censusDate(year: number): string {
  return `${year}-09-30`;
}

/** The DfE year to set against a YYYY-MM-DD date: the latest census on or before it. */
export function yearForDate(data: DfeBenchmarks, asAt: string): { year: number; match: YearMatch } {
  const calendarYear = Number(asAt.slice(0, 4));
  const wanted = asAt >= censusDate(calendarYear) ? calendarYear : calendarYear - 1;
  const first = data.years[0];
  if (first === undefined) throw new Error('The DfE table has no years.');
  const onOrBefore = data.years.filter((year) => year <= wanted);
  const year = onOrBefore[onOrBefore.length - 1];
  if (year === undefined) return { year: first, match: 'newer' };
  return { year, match: year === wanted ? 'same' : 'older' };
}

/** The source of a year's figures, for a caption: "DfE, Children’s social work workforce, 30 September 2025". */
export function benchmarkSourceLabel(data: DfeBenchmarks, year: number): string {
  return `DfE, ${data.source.title}, ${data.source.referenceDay} ${year}`;
}

/**
 * Why a census other than the snapshot's own is used, in words; null when it
 * is that date's census. Said after both dates are given, so it names neither.
 */
export function describeYearMatch(match: YearMatch): string | null {
  if (match === 'same') return null;
  return match === 'older'
    ? 'That is the latest census DfE has published.'
    : 'That is the earliest census in DfE’s table.';
}

export interface BenchmarkForDate {
  asAt: string;
  year: number;
  match: YearMatch;
  england: number | null;
  /** The region's published figure; null when unknown or no region was given. */
  region: number | null;
  /** The region's name as DfE writes it; null when none was given or it is not in the table. */
  regionName: string | null;
  source: string;
}

/** For each snapshot date, the DfE year that fits it and England's and the region's figures. */
export function benchmarksForDates(
  data: DfeBenchmarks,
  dates: readonly string[],
  region?: string | null,
): BenchmarkForDate[] {
  const regionArea = region ? findRegion(data, region) : undefined;
  return dates.map((asAt) => {
    const { year, match } = yearForDate(data, asAt);
    const key = String(year);
    return {
      asAt,
      year,
      match,
      england: asNumber(data.england.figures[key]?.caseload),
      region: regionArea ? asNumber(regionArea.figures[key]?.caseload) : null,
      regionName: regionArea?.name ?? null,
      source: benchmarkSourceLabel(data, year),
    };
  });
}

/** A reference line for a trend chart: one value per snapshot date. */
export interface ReferenceLine {
  key: 'england' | 'region';
  /** For the legend: "England (DfE 2025)", "North West (DfE 2024–2025)". */
  label: string;
  /** By snapshot date (YYYY-MM-DD); null where the published figure is unknown. */
  values: Record<string, number | null>;
  /** For the caption: which DfE years, and what the dates are set against. */
  source: string;
}

/**
 * Reference lines for England and the region across the dates of a trend:
 * each date takes the DfE year that fits it (see yearForDate). The region's
 * line is left out when no region is given or the table does not have it.
 */
export function referenceLinesFor(
  data: DfeBenchmarks,
  dates: readonly string[],
  region?: string | null,
): ReferenceLine[] {
  if (dates.length === 0) return [];
  const rows = benchmarksForDates(data, dates, region);
  const years = [...new Set(rows.map((row) => row.year))].sort((a, b) => a - b);
  const first = years[0];
  const last = years[years.length - 1];
  const span =
    first === undefined || last === undefined
      ? ''
      : first === last
        ? `${first}`
        : `${first}–${last}`;
  const stale = rows.filter((row) => row.match !== 'same').length;
  const source = `${data.source.publisher}, ${data.source.title}, ${data.source.referenceDay} ${span}: each date is set against the latest census on or before it${
    stale > 0
      ? `; ${stale} of ${rows.length} dates fall outside the published years and take the nearest`
      : ''
  }.`;
  const line = (
    key: ReferenceLine['key'],
    name: string,
    pick: (row: BenchmarkForDate) => number | null,
  ): ReferenceLine => ({
    key,
    label: `${name} (DfE ${span})`,
    values: Object.fromEntries(rows.map((row) => [row.asAt, pick(row)])),
    source,
  });
  const regionName = rows[0]?.regionName ?? (region ? findRegion(data, region)?.name : undefined);
  return [
    line('england', 'England', (row) => row.england),
    ...(regionName ? [line('region', regionName, (row) => row.region)] : []),
  ];
}

/** One council's published figure for a year. */
export interface CouncilValue {
  code: string;
  name: string;
  region: string;
  value: number;
}

export interface CouncilDistribution {
  year: number;
  /** Councils with a published figure, highest first (ties by name). */
  values: CouncilValue[];
  /** Councils in the table that year whose figure is suppressed, with the marker. */
  suppressed: { code: string; name: string; marker: SuppressionMarker | null }[];
}

/** Every council's published caseload per FTE for a year, for a distribution chart. */
export function councilDistribution(data: DfeBenchmarks, year: number): CouncilDistribution {
  const key = String(year);
  const values: CouncilValue[] = [];
  const suppressed: CouncilDistribution['suppressed'] = [];
  for (const council of data.councils) {
    const figure = council.figures[key];
    if (!figure) continue;
    const value = asNumber(figure.caseload);
    if (value === null) {
      suppressed.push({
        code: council.code,
        name: council.name,
        marker: asMarker(figure.caseload),
      });
    } else {
      values.push({ code: council.code, name: council.name, region: council.region, value });
    }
  }
  values.sort((a, b) => b.value - a.value || a.name.localeCompare(b.name, 'en-GB'));
  return { year, values, suppressed };
}

/** Where a figure sits among the councils: how many are higher, equal and lower. */
export interface CouncilPosition {
  value: number;
  year: number;
  /** 1 for the highest; councils with the same figure share a rank. */
  rank: number;
  /** Counting from the lowest: 1 for the lowest. */
  rankFromLowest: number;
  /** Councils ranked (with a published figure), the one placed included when it is one of them. */
  of: number;
  higher: number;
  lower: number;
  /** Other councils with the same figure at one decimal place. */
  equal: number;
  /** True when the figure placed is a council's own published one; false for this snapshot's figure. */
  published: boolean;
}

/**
 * A known council's place among all councils by its published figure; null
 * when no council has the code, or its figure that year is not published.
 */
export function councilPosition(
  data: DfeBenchmarks,
  year: number,
  laCode: string,
): CouncilPosition | null {
  const council = findCouncil(data, laCode);
  if (!council) return null;
  const distribution = councilDistribution(data, year);
  const own = distribution.values.find((entry) => entry.code === council.code);
  if (!own) return null;
  const others = distribution.values.filter((entry) => entry.code !== council.code);
  return placeAmong(others, own.value, year, true);
}

/** Where a figure of one's own (such as this snapshot's) would sit among the councils' published ones. */
export function positionOfValue(distribution: CouncilDistribution, value: number): CouncilPosition {
  return placeAmong(distribution.values, roundToTenth(value), distribution.year, false);
}

function placeAmong(
  others: readonly CouncilValue[],
  value: number,
  year: number,
  published: boolean,
): CouncilPosition {
  const higher = others.filter((entry) => entry.value > value).length;
  const lower = others.filter((entry) => entry.value < value).length;
  const equal = others.length - higher - lower;
  return {
    value,
    year,
    rank: higher + 1,
    rankFromLowest: lower + 1,
    of: others.length + (published ? 1 : 0),
    higher,
    lower,
    equal,
    published,
  };
}

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 112th. */
export function ordinal(n: number): string {
  const lastTwo = n % 100;
  const last = n % 10;
  const suffix =
    lastTwo >= 11 && lastTwo <= 13
      ? 'th'
      : last === 1
        ? 'st'
        : last === 2
          ? 'nd'
          : last === 3
            ? 'rd'
            : 'th';
  return `${n}${suffix}`;
}

/** "12th highest", "joint 3rd lowest", "the highest": from whichever end is nearer. */
export function rankWords(position: CouncilPosition): string {
  const fromTop = position.rank <= position.rankFromLowest;
  const rank = fromTop ? position.rank : position.rankFromLowest;
  const end = fromTop ? 'highest' : 'lowest';
  const joint = position.equal > 0 ? 'joint ' : '';
  return rank === 1
    ? `${joint === '' ? 'the' : 'joint'} ${end}`
    : `${joint}${ordinal(rank)} ${end}`;
}

/** A sentence: "Knowsley’s 22.3 cases per FTE is the 12th highest of 151 councils (DfE, 2025)." */
export function describePosition(name: string, position: CouncilPosition): string {
  const figure = `${formatLoad(position.value)} cases per FTE`;
  if (position.published) {
    return `${name}’s ${figure} is ${rankWords(position)} of ${position.of} councils (DfE, ${position.year}).`;
  }
  return `${name}’s ${figure} in this snapshot would be ${rankWords(position)} among the ${position.of} councils’ published figures for ${position.year}: ${position.higher} are higher${
    position.equal > 0 ? `, ${position.equal} the same` : ''
  } and ${position.lower} lower.`;
}

/** One bar of a distribution: councils whose figure is at least `from` and below `to`. */
export interface DistributionBin {
  from: number;
  to: number;
  count: number;
  /** True when the figure being placed falls in this bin. */
  marked: boolean;
  councils: string[];
}

/** Councils' figures in bins one case per FTE wide, with the placed figure's bin marked. */
export function distributionBins(
  distribution: CouncilDistribution,
  marked: number | null,
): DistributionBin[] {
  const all = [
    ...distribution.values.map((entry) => entry.value),
    ...(marked === null ? [] : [marked]),
  ];
  if (all.length === 0) return [];
  const low = Math.floor(Math.min(...all));
  const high = Math.floor(Math.max(...all));
  const bins: DistributionBin[] = [];
  for (let from = low; from <= high; from += 1) {
    const inBin = distribution.values.filter(
      (entry) => entry.value >= from && entry.value < from + 1,
    );
    bins.push({
      from,
      to: from + 1,
      count: inBin.length,
      marked: marked !== null && marked >= from && marked < from + 1,
      councils: inBin.map((entry) => entry.name),
    });
  }
  return bins;
}

// Regions named with "the" in a sentence ("the North West"), unlike London or Yorkshire and The Humber.
const NAMED_WITH_THE = /^(north|south|east|west)\b/i;

/** A region's name as it reads mid-sentence: "the North West", "London". */
export function regionInSentence(name: string): string {
  return NAMED_WITH_THE.test(name) ? `the ${name}` : name;
}

/**
 * A figure against England and the region in one line:
 * "18.8 per FTE, against England's 15.4 and the North West's 16.1 (DfE, 2025)".
 */
export function compareWithBenchmarks(value: number, benchmark: BenchmarkForDate): string {
  const parts = [
    benchmark.england === null ? null : `England’s ${formatLoad(benchmark.england)}`,
    benchmark.region === null || benchmark.regionName === null
      ? null
      : `${regionInSentence(benchmark.regionName)}’s ${formatLoad(benchmark.region)}`,
  ].filter((part): part is string => part !== null);
  const against =
    parts.length === 0
      ? 'with no published figure to set it against'
      : `against ${parts.join(' and ')}`;
  return `${formatLoad(value)} per FTE, ${against} (DfE, ${benchmark.year})`;
}

/** Who the organisation is among the DfE's councils and regions, as far as its data says. */
export interface BenchmarkPlace {
  /** The council its laCode names; null without a code or when no council has it. */
  council: BenchmarkCouncil | null;
  /** The region to compare with, as DfE names it; null when none is known. */
  region: string | null;
  /** A problem to tell the reader: a code or region the table does not have. */
  problem: string | null;
}

/** Finds the organisation's council (by laCode) and region (given, else its council's). */
export function benchmarkPlace(
  data: DfeBenchmarks,
  organisation: { name: string; laCode?: string | undefined; region?: string | undefined },
): BenchmarkPlace {
  const council = organisation.laCode ? (findCouncil(data, organisation.laCode) ?? null) : null;
  const given = organisation.region ? findRegion(data, organisation.region) : undefined;
  const problems = [
    organisation.laCode && !council
      ? `No council in the DfE table has the code ${organisation.laCode}.`
      : null,
    organisation.region && !given
      ? `The DfE table has no region called “${organisation.region}”.`
      : null,
  ].filter((problem): problem is string => problem !== null);
  return {
    council,
    region: given?.name ?? (council ? (findRegion(data, council.region)?.name ?? null) : null),
    problem: problems.length > 0 ? problems.join(' ') : null,
  };
}

/**
 * What a unit is, as DfE's figures see it. DfE publishes England, its
 * regions and whole councils, so only at those levels is a comparison like
 * for like; a service area or team is a part of a council.
 */
export type BenchmarkLevel = 'england' | 'region' | 'council' | 'part';

export interface UnitBenchmarkScope {
  level: BenchmarkLevel;
  place: BenchmarkPlace;
}

/**
 * The benchmarks for one unit. `path` runs from the organisation down to the
 * unit; `spansRegions` says the unit has regions beneath it (England in the
 * national data), when no region's or council's figure is like for like.
 * Otherwise the nearest region in the path names the region (a region unit
 * is compared with its own DfE figure), else the organisation's.
 */
export function unitBenchmarkScope(
  data: DfeBenchmarks,
  organisation: { name: string; laCode?: string | undefined; region?: string | undefined },
  path: readonly { kind: string; name: string }[],
  spansRegions: boolean,
): UnitBenchmarkScope {
  const unit = path.at(-1);
  const isRoot = path.length <= 1;
  const ofOrganisation = benchmarkPlace(data, organisation);
  if (spansRegions) {
    return { level: 'england', place: { council: null, region: null, problem: null } };
  }
  const regionUnit = path.findLast((step) => step.kind === 'region');
  const level: BenchmarkLevel =
    unit?.kind === 'region' ? 'region' : unit?.kind === 'council' || isRoot ? 'council' : 'part';
  // The organisation's code names the unit's council only when no council unit lies beneath it.
  const councilBelowRoot = path.slice(1).some((step) => step.kind === 'council');
  const council = councilBelowRoot ? null : ofOrganisation.council;
  if (regionUnit === undefined) {
    return { level, place: { ...ofOrganisation, council } };
  }
  const region = findRegion(data, regionUnit.name);
  return {
    level,
    place: {
      council,
      region: region?.name ?? null,
      problem: region ? null : `The DfE table has no region called “${regionUnit.name}”.`,
    },
  };
}
