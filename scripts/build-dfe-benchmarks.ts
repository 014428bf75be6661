/**
 * Builds src/domain/dfe-benchmarks.json from DfE's published "Children's
 * social work workforce" table (data/dfe/, a copy of ../shared/data/): the
 * published caseload per FTE, cases and case-holder FTE for England, each
 * region and each council, by year. The app bundles the result as its own
 * lazily loaded chunk and draws its benchmarks from it.
 *
 *   npm run dfe:benchmarks [-- --csv table.csv] [--out file.json]
 *
 * The published figures are kept as published (DfE's own caseload_fte), so
 * the app shows the numbers a reader finds in the DfE release; a suppressed
 * value stays its marker (x, u, z, low), never 0.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { suppressionMarkers } from '../src/contract/v1';
import type {
  BenchmarkArea,
  BenchmarkCouncil,
  BenchmarkFigure,
  DfeBenchmarks,
  PublishedNumber,
} from '../src/domain/benchmarks';
import { DEFAULT_CSV, parseTable, type TableRow } from './convert-dfe-table';

/** Where the generated file lives, relative to the repository root. */
export const BENCHMARKS_JSON = 'src/domain/dfe-benchmarks.json';

const SOURCE = {
  title: 'Children’s social work workforce',
  publisher: 'Department for Education',
  url: 'https://explore-education-statistics.service.gov.uk/find-statistics/children-s-social-work-workforce',
  licence: 'Open Government Licence v3.0',
  referenceDay: '30 September',
};

/** The benchmark data from the table's text: England, regions and councils, every year. */
export function buildDfeBenchmarks(csvText: string, fileName: string): DfeBenchmarks {
  const rows = parseTable(csvText);
  const years = [...new Set(rows.map((row) => Number(row.time_period)))]
    .filter(Number.isInteger)
    .sort((a, b) => a - b);
  if (years.length === 0) throw new Error('The table has no years.');

  const england: BenchmarkArea = { code: '', name: 'England', figures: {} };
  const regions = new Map<string, BenchmarkArea>();
  const councils = new Map<string, BenchmarkCouncil>();
  for (const row of rows) {
    const year = row.time_period ?? '';
    const figure = figureFrom(row);
    if (row.geographic_level === 'National') {
      england.code = row.country_code ?? '';
      england.figures[year] = figure;
    } else if (row.geographic_level === 'Regional') {
      const name = row.region_name ?? '';
      const region = regions.get(name) ?? { code: row.region_code ?? '', name, figures: {} };
      region.figures[year] = figure;
      regions.set(name, region);
    } else if (row.geographic_level === 'Local authority') {
      const code = row.new_la_code ?? '';
      // A council keeps its latest name, region and old code across years.
      const council = councils.get(code) ?? {
        code,
        oldCode: '',
        name: '',
        region: '',
        figures: {},
      };
      council.oldCode = row.old_la_code ?? council.oldCode;
      council.name = row.la_name ?? council.name;
      council.region = row.region_name ?? council.region;
      council.figures[year] = figure;
      councils.set(code, council);
    }
  }
  return {
    source: { ...SOURCE, file: fileName },
    years,
    england,
    regions: [...regions.values()],
    councils: [...councils.values()].sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
  };
}

function figureFrom(row: TableRow): BenchmarkFigure {
  return {
    caseload: published(row.caseload_fte),
    cases: published(row.cases),
    fte: published(row.case_holders_fte),
  };
}

function published(text: string | undefined): PublishedNumber {
  const value = (text ?? '').trim();
  if ((suppressionMarkers as readonly string[]).includes(value))
    return value as PublishedNumber & string;
  if (value === '') return null;
  const number = Number(value.replaceAll(',', ''));
  return Number.isFinite(number) ? number : null;
}

/**
 * The file's text: one line per region and per council, so that a new
 * release shows in a diff as the lines that changed.
 */
export function benchmarksFileText(data: DfeBenchmarks): string {
  const lines = (items: readonly unknown[]) =>
    items.map((item) => `    ${JSON.stringify(item)}`).join(',\n');
  return [
    '{',
    `  "source": ${JSON.stringify(data.source)},`,
    `  "years": ${JSON.stringify(data.years)},`,
    `  "england": ${JSON.stringify(data.england)},`,
    '  "regions": [',
    lines(data.regions),
    '  ],',
    '  "councils": [',
    lines(data.councils),
    '  ]',
    '}',
    '',
  ].join('\n');
}

function argValue(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

const invokedPath = process.argv[1];
if (invokedPath !== undefined && import.meta.url === pathToFileURL(invokedPath).href) {
  const args = process.argv.slice(2);
  const rootDir = fileURLToPath(new URL('..', import.meta.url));
  const csvPath = argValue(args, '--csv') ?? join(rootDir, DEFAULT_CSV);
  const out = argValue(args, '--out') ?? join(rootDir, BENCHMARKS_JSON);
  const data = buildDfeBenchmarks(readFileSync(csvPath, 'utf8'), csvPath.split('/').pop() ?? '');
  writeFileSync(out, benchmarksFileText(data));
  console.error(
    `Wrote ${out}: England, ${data.regions.length} regions and ${data.councils.length} councils, ${data.years[0]}–${data.years[data.years.length - 1]}.`,
  );
}
