/**
 * Converts DfE's published "Children's social work workforce" table (England,
 * regions, councils; data/dfe/) into a contract v1 snapshot for one year:
 * England -> regions (London holds Inner and Outer London) -> councils, each
 * council a leaf unit with totals in place of workers.
 *
 *   npm run dfe:convert -- --year 2024 [--out file.json] [--csv table.csv]
 *
 * Without --out the snapshot is written to standard output. Notes (suppressed
 * councils, and any published figure the councils do not reproduce, with the
 * reason) go to standard error. docs/dfe-table.md explains what is checked.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import {
  CONTRACT_VERSION,
  snapshotSchema,
  suppressionMarkers,
  type PublishedValue,
  type Snapshot,
  type SuppressionMarker,
  type Unit,
  type UnitAggregate,
} from '../src/contract/v1';
import { validateSnapshot } from '../src/contract/validate-snapshot';
import { totalsProblem, unknownOtherTotals } from '../src/domain/aggregate';
import { DEFAULT_ASYE_RULE } from '../src/domain/asye-rule';
import { roundToTenth } from '../src/contract/rounding';
import { bandsFromCaps } from '../src/domain/bands';
import { builtInPresets } from '../src/domain/caps';
import { DEFAULT_VIEW_MEASURE } from '../src/domain/measure-options';
import { buildOrgIndex } from '../src/domain/org-index';
import { unitFigures, type UnitFigures } from '../src/domain/unit-figures';
import { DEFAULT_WEIGHTING } from '../src/domain/weighting';

/** The table in this repository, relative to its root (a copy of ../shared/data/). */
export const DEFAULT_CSV = 'data/dfe/csww_indicators_2017_to_2025.csv';

/** The root unit's id, and the organisation's. */
export const ENGLAND_ID = 'england';

export type TableRow = Record<string, string>;

const REQUIRED_COLUMNS = [
  'time_period',
  'geographic_level',
  'region_code',
  'region_name',
  'new_la_code',
  'la_name',
  'cases',
  'case_holders_fte',
  'caseload_fte',
] as const;

// London's councils carry region Inner London or Outer London; the regional
// rows add London itself, so both halves sit under it and every published
// figure (London, Inner, Outer) has a unit to be checked against.
const LONDON = 'London';
const LONDON_PARTS = new Set(['Inner London', 'Outer London']);

/** A published caseload set against the one the app computes from the councils. */
export interface PublishedCheck {
  unitId: string;
  name: string;
  published: number | null;
  /** The app's caseload per FTE from the councils' totals, unrounded; null when none is known. */
  computed: number | null;
  /** True when the computed figure, at one decimal place, is the published one. */
  matches: boolean;
  /** Councils beneath left out of both cases and FTE, with the reason. */
  suppressed: string[];
  /** Why the figures differ, in words; null when they match. */
  explanation: string | null;
}

export interface DfeConversion {
  snapshot: Snapshot;
  notes: string[];
  checks: PublishedCheck[];
}

/** Converts the table's rows for one year into a snapshot, with notes on what it could not carry. */
export function convertDfeTable(csvText: string, year: number): DfeConversion {
  const rows = parseTable(csvText).filter((row) => row.time_period === String(year));
  if (rows.length === 0) throw new Error(`The table has no rows for ${year}.`);
  const notes: string[] = [];
  const regional = rows.filter((row) => row.geographic_level === 'Regional');
  const councils = rows.filter((row) => row.geographic_level === 'Local authority');
  const londonCode = regional.find((row) => row.region_name === LONDON)?.region_code;

  const units: Unit[] = [{ id: ENGLAND_ID, parentId: null, name: 'England', kind: 'organisation' }];
  for (const row of regional) {
    const inLondon = LONDON_PARTS.has(row.region_name ?? '') && londonCode !== undefined;
    units.push({
      id: row.region_code ?? '',
      parentId: inLondon ? londonCode : ENGLAND_ID,
      name: row.region_name ?? '',
      kind: 'region',
    });
  }
  const regionIds = new Set(units.map((unit) => unit.id));
  for (const row of councils) {
    const name = row.la_name ?? '';
    const parentId = regionIds.has(row.region_code ?? '') ? (row.region_code ?? '') : ENGLAND_ID;
    if (parentId === ENGLAND_ID)
      notes.push(
        `${name}: region "${row.region_code ?? ''}" not in the table, so placed under England.`,
      );
    const aggregate = councilTotals(row, (column, text) =>
      notes.push(`${name}: ${column} "${text}" is not a number or a marker, so read as not known.`),
    );
    units.push({ id: row.new_la_code || `la-${name}`, parentId, name, kind: 'council', aggregate });
  }

  const snapshot: Snapshot = {
    version: CONTRACT_VERSION,
    asAt: `${year}-09-30`,
    organisation: { id: ENGLAND_ID, name: 'England (DfE published figures)' },
    units,
    workers: [],
  };
  const validation = validateSnapshot(snapshot);
  if (
    !validation.ok ||
    validation.value.rejected.length > 0 ||
    !snapshotSchema.safeParse(snapshot).success
  ) {
    throw new Error(
      `The converted ${year} snapshot fails the contract: ${JSON.stringify(validation)}`,
    );
  }

  const national = rows.find((row) => row.geographic_level === 'National');
  const published = new Map<string, TableRow>(national ? [[ENGLAND_ID, national]] : []);
  for (const row of regional) published.set(row.region_code ?? '', row);
  const checks = checkPublished(snapshot, published);
  notes.push(
    ...suppressionNotes(units),
    ...checks.flatMap((check) =>
      check.explanation === null ? [] : [`${check.name}: ${check.explanation}`],
    ),
  );
  return { snapshot, notes, checks };
}

/** Parses the CSV text, failing loudly on a malformed table rather than converting part of it. */
export function parseTable(csvText: string): TableRow[] {
  const parsed = Papa.parse<TableRow>(csvText, { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) {
    const first = parsed.errors
      .slice(0, 5)
      .map((error) => `row ${(error.row ?? 0) + 2}: ${error.message}`);
    throw new Error(`The table could not be read: ${first.join('; ')}`);
  }
  const missing = REQUIRED_COLUMNS.filter((column) => !parsed.meta.fields?.includes(column));
  if (missing.length > 0) throw new Error(`The table lacks the columns ${missing.join(', ')}.`);
  return parsed.data;
}

/** A council's totals from its row; suppressed markers are kept as markers, never turned into 0. */
function councilTotals(
  row: TableRow,
  onOddValue: (column: string, text: string) => void,
): UnitAggregate {
  const read = (column: string, whole: boolean): PublishedValue => {
    const text = (row[column] ?? '').trim();
    if (text === '') return null;
    if ((suppressionMarkers as readonly string[]).includes(text)) return text as SuppressionMarker;
    const value = Number(text.replaceAll(',', ''));
    if (!Number.isFinite(value) || value < 0 || (whole && !Number.isInteger(value))) {
      onOddValue(column, text);
      return null;
    }
    return value;
  };
  return {
    cases: read('cases', true),
    caseHolderFte: read('case_holders_fte', false),
    headcount: read('inpost_headcount', true),
    inPostFte: read('inpost_fte', false),
    agencyFte: read('agency_fte', false),
    vacantFte: read('vacancy_fte', false),
  };
}

/** One note per council whose totals are not all known, saying what is left out of what. */
function suppressionNotes(units: readonly Unit[]): string[] {
  const regionOf = (unit: Unit) => {
    const parent = units.find((entry) => entry.id === unit.parentId);
    return parent ? ` (${parent.name})` : '';
  };
  const caseload = units.flatMap((unit) => {
    const problem = unit.aggregate ? totalsProblem(unit.aggregate) : null;
    return problem === null
      ? []
      : [
          `${unit.name}${regionOf(unit)}: ${problem}; left out of both cases and FTE in every figure above it.`,
        ];
  });
  const others = unknownOtherTotals(units).map(
    (entry) =>
      `${entry.unit.name}${regionOf(entry.unit)}: ${entry.reason}; the caseload is not affected.`,
  );
  return [...caseload, ...others];
}

/** Sets each published England and regional caseload against the app's own figure from the councils. */
function checkPublished(
  snapshot: Snapshot,
  published: ReadonlyMap<string, TableRow>,
): PublishedCheck[] {
  const index = buildOrgIndex(snapshot);
  const caps = builtInPresets.default.caps;
  const bands = bandsFromCaps(caps);
  const settings = {
    view: DEFAULT_VIEW_MEASURE,
    weighting: DEFAULT_WEIGHTING,
    asyeRule: DEFAULT_ASYE_RULE,
    referenceCapPerFte: 20,
  };
  return [...published].flatMap(([unitId, row]) => {
    const unit = index.unit(unitId);
    if (!unit) return [];
    const figures = unitFigures([], index.unitsUnder(unitId), caps, bands, settings);
    return [judge(unit, figures, row)];
  });
}

/** Whether the app's figure is the published one, and if not, why not in words. */
function judge(unit: Unit, figures: UnitFigures, row: TableRow): PublishedCheck {
  const { load } = figures;
  const published = readNumber(row.caseload_fte);
  const computed = load.status === 'ok' ? load.value : null;
  const suppressed = figures.suppressedUnits.map((entry) => `${entry.unit.name} (${entry.reason})`);
  const matches = computed !== null && published !== null && roundToTenth(computed) === published;
  const base = { unitId: unit.id, name: unit.name, published, computed, matches, suppressed };
  if (matches) return { ...base, explanation: null };
  const against = `from the councils ${
    computed === null
      ? 'no figure'
      : `${roundToTenth(computed).toFixed(1)} (${computed.toFixed(3)})`
  }, published ${published === null ? 'no figure' : published.toFixed(1)}`;
  if (suppressed.length > 0) {
    const publishedCases = readNumber(row.cases);
    const countsThem =
      publishedCases !== null && load.status === 'ok' && publishedCases > load.amount;
    return {
      ...base,
      explanation: `${against}: ${
        countsThem
          ? 'the published figure counts councils whose own figures are suppressed, and they are left out here'
          : 'councils beneath are suppressed and left out here'
      }: ${suppressed.join('; ')}.`,
    };
  }
  if (
    load.status === 'ok' &&
    published !== null &&
    onRoundingEdge(load.amount, load.denominator, figures.totalsCounted.length, published)
  ) {
    return {
      ...base,
      explanation: `${against}: every council's FTE is published to one decimal place, and the exact figure lies on a rounding edge within that rounding.`,
    };
  }
  return { ...base, explanation: `${against}: not explained by suppression or rounding.` };
}

function readNumber(text: string | undefined): number | null {
  const value = Number(text);
  return text !== undefined && text.trim() !== '' && Number.isFinite(value) ? value : null;
}

/**
 * True when the published caseload lies within what the councils' rounded
 * FTE allow: each council's FTE is published to 0.1, so the true total lies
 * within 0.05 of it per council, and the caseload within the matching range.
 */
export function onRoundingEdge(
  cases: number,
  fte: number,
  councils: number,
  published: number,
): boolean {
  const slack = 0.05 * councils;
  const lowest = cases / (fte + slack);
  const highest = cases / Math.max(fte - slack, Number.EPSILON);
  return lowest < published + 0.05 && highest >= published - 0.05;
}

function argValue(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

const invokedPath = process.argv[1];
if (invokedPath !== undefined && import.meta.url === pathToFileURL(invokedPath).href) {
  const args = process.argv.slice(2);
  const year = Number(argValue(args, '--year'));
  if (!Number.isInteger(year)) {
    console.error('Usage: npm run dfe:convert -- --year 2024 [--out file.json] [--csv table.csv]');
    process.exit(2);
  }
  const rootDir = fileURLToPath(new URL('..', import.meta.url));
  const csvPath = argValue(args, '--csv') ?? join(rootDir, DEFAULT_CSV);
  const { snapshot, notes, checks } = convertDfeTable(readFileSync(csvPath, 'utf8'), year);
  const text = `${JSON.stringify(snapshot, null, 2)}\n`;
  const out = argValue(args, '--out');
  if (out === undefined) process.stdout.write(text);
  else writeFileSync(out, text);
  for (const note of notes) console.error(`Note: ${note}`);
  for (const check of checks) {
    const computed = check.computed === null ? 'none' : roundToTenth(check.computed).toFixed(1);
    const published = check.published === null ? 'none' : check.published.toFixed(1);
    console.error(
      `${check.matches ? 'Same' : 'Differs'}: ${check.name} ${computed} (published ${published})`,
    );
  }
  if (out !== undefined)
    console.error(`Wrote ${out}: ${snapshot.units.length} units as at ${snapshot.asAt}.`);
}
