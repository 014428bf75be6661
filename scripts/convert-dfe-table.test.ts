import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../src/contract/v1';
import { validateSnapshot } from '../src/contract/validate-snapshot';
import { DEFAULT_ASYE_RULE } from '../src/domain/asye-rule';
import { roundToTenth } from '../src/contract/rounding';
import { bandsFromCaps } from '../src/domain/bands';
import { builtInPresets } from '../src/domain/caps';
import { DEFAULT_VIEW_MEASURE } from '../src/domain/measure-options';
import { buildOrgIndex } from '../src/domain/org-index';
import { unitFigures } from '../src/domain/unit-figures';
import { DEFAULT_WEIGHTING } from '../src/domain/weighting';
import { convertDfeTable, DEFAULT_CSV, ENGLAND_ID, onRoundingEdge } from './convert-dfe-table';

// The table is kept in the repository (data/dfe/, Open Government Licence),
// so these tests run the same on a clean clone anywhere.
const rootDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const csvText = readFileSync(join(rootDir, DEFAULT_CSV), 'utf8');
const table = Papa.parse<Record<string, string>>(csvText, {
  header: true,
  skipEmptyLines: true,
}).data;
const YEARS = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];

const caps = builtInPresets.default.caps;
const bands = bandsFromCaps(caps);
const settings = {
  view: DEFAULT_VIEW_MEASURE,
  weighting: DEFAULT_WEIGHTING,
  asyeRule: DEFAULT_ASYE_RULE,
  referenceCapPerFte: 20,
};

/** The app's own figures for a unit of a converted snapshot, as a unit page computes them. */
function figuresOf(snapshot: Snapshot, unitId: string) {
  const index = buildOrgIndex(snapshot);
  return unitFigures(index.workersUnder(unitId), index.unitsUnder(unitId), caps, bands, settings);
}

function publishedRow(year: number, level: string, regionName = '') {
  const row = table.find(
    (entry) =>
      entry.time_period === String(year) &&
      entry.geographic_level === level &&
      (level === 'National' || entry.region_name === regionName),
  );
  if (!row) throw new Error(`no ${level} row ${regionName} for ${year}`);
  return row;
}

const conversions = new Map(YEARS.map((year) => [year, convertDfeTable(csvText, year)]));
function converted(year: number) {
  return conversions.get(year)!;
}

describe('convertDfeTable: the snapshot', () => {
  it.each(YEARS)('%i passes every contract check with no record rejected', (year) => {
    const result = validateSnapshot(converted(year).snapshot);
    expect(result.ok && result.value.rejected).toEqual([]);
  });

  it('builds England -> regions -> councils, with London holding Inner and Outer London', () => {
    const { snapshot } = converted(2024);
    expect(snapshot).toMatchObject({
      version: 1,
      asAt: '2024-09-30',
      organisation: { id: ENGLAND_ID, name: 'England (DfE published figures)' },
      workers: [],
    });
    const index = buildOrgIndex(snapshot);
    expect(index.root).toMatchObject({ id: ENGLAND_ID, name: 'England', kind: 'organisation' });
    expect(index.children(ENGLAND_ID).map((unit) => unit.name)).toEqual([
      'North East',
      'North West',
      'Yorkshire and The Humber',
      'East Midlands',
      'West Midlands',
      'East of England',
      'London',
      'South East',
      'South West',
    ]);
    expect(index.children('E12000007').map((unit) => unit.name)).toEqual([
      'Inner London',
      'Outer London',
    ]);
    const councils = snapshot.units.filter((unit) => unit.kind === 'council');
    expect(councils).toHaveLength(151);
    for (const council of councils) {
      expect(index.isLeaf(council.id)).toBe(true);
      expect(council.aggregate).toBeDefined();
    }
    expect(index.unit('E09000033')).toMatchObject({
      name: 'Westminster',
      parentId: 'E13000001',
    });
  });

  it('keeps a council’s published totals, and its suppression markers as markers', () => {
    const index = buildOrgIndex(converted(2024).snapshot);
    const birmingham = index.unit('E08000025');
    expect(birmingham?.name).toBe('Birmingham');
    expect(birmingham?.aggregate).toEqual({
      cases: 'u',
      caseHolderFte: 'u',
      headcount: 794,
      inPostFte: 766.2,
      agencyFte: 'u',
      vacantFte: 278,
    });
    const sunderland = converted(2024).snapshot.units.find((unit) => unit.name === 'Sunderland');
    expect(sunderland?.aggregate?.agencyFte).toBe('low');
    expect(typeof sunderland?.aggregate?.cases).toBe('number');
  });

  it('names each suppressed council in its notes', () => {
    expect(converted(2024).notes.join('\n')).toMatch(
      /Birmingham \(West Midlands\): cases and case-holder FTE suppressed \(u\); left out of both cases and FTE/,
    );
    const notes2025 = converted(2025).notes.join('\n');
    expect(notes2025).toMatch(/Kensington and Chelsea \(Inner London\)/);
    expect(notes2025).toMatch(/Westminster \(Inner London\)/);
  });

  it('refuses a year the table does not hold, and a table without the columns it needs', () => {
    expect(() => convertDfeTable(csvText, 2016)).toThrow(/no rows for 2016/);
    expect(() => convertDfeTable('time_period,cases\n2024,1\n', 2024)).toThrow(/lacks the columns/);
  });

  it('reads an unknown cell text as not known, with a note, never as zero', () => {
    const header = table.length > 0 ? Object.keys(table[0]!).join(',') : '';
    const row = (level: string, extra: Record<string, string>) =>
      Object.keys(table[0]!)
        .map((column) => extra[column] ?? '')
        .join(',');
    const text = [
      header,
      row('National', { time_period: '2030', geographic_level: 'National', caseload_fte: '10' }),
      row('Regional', {
        time_period: '2030',
        geographic_level: 'Regional',
        region_code: 'R1',
        region_name: 'North',
        caseload_fte: '10',
      }),
      row('Local authority', {
        time_period: '2030',
        geographic_level: 'Local authority',
        region_code: 'R1',
        region_name: 'North',
        new_la_code: 'C1',
        la_name: 'Oddshire',
        cases: 'c',
        case_holders_fte: '10',
        caseload_fte: 'c',
      }),
      row('Local authority', {
        time_period: '2030',
        geographic_level: 'Local authority',
        region_code: 'R1',
        region_name: 'North',
        new_la_code: 'C2',
        la_name: 'Evenshire',
        cases: '100',
        case_holders_fte: '10',
        caseload_fte: '10',
      }),
    ].join('\n');
    const { snapshot, notes, checks } = convertDfeTable(text, 2030);
    expect(snapshot.units.find((unit) => unit.id === 'C1')?.aggregate?.cases).toBeNull();
    expect(notes.join('\n')).toMatch(/Oddshire: cases "c" is not a number or a marker/);
    expect(checks.find((check) => check.unitId === 'R1')).toMatchObject({
      computed: 10,
      matches: true,
    });
  });
});

describe('England 2024 from the councils, with the app’s own figures', () => {
  const { snapshot } = converted(2024);
  const figures = figuresOf(snapshot, ENGLAND_ID);
  const national = publishedRow(2024, 'National');

  it('reproduces the published 15.4 cases per FTE (320,461 ÷ 20,803.5 in domain.md)', () => {
    expect(figures.load.status).toBe('ok');
    if (figures.load.status !== 'ok') return;
    expect(roundToTenth(figures.load.value)).toBe(15.4);
    expect(roundToTenth(figures.load.value)).toBe(Number(national.caseload_fte));
    expect(roundToTenth(320_461 / 20_803.5)).toBe(15.4);
    // Birmingham's totals are suppressed (u), so its cases and FTE are in neither sum.
    expect(figures.load.amount).toBe(314_669);
    expect(figures.load.denominator).toBeCloseTo(20_470.6, 1);
  });

  it('counts 150 councils from their totals and names the one left out', () => {
    expect(figures.totalsUnits).toBe(151);
    expect(figures.totalsCounted).toHaveLength(150);
    expect(figures.suppressedUnits.map((entry) => [entry.unit.name, entry.reason])).toEqual([
      ['Birmingham', 'cases and case-holder FTE suppressed (u)'],
    ]);
    expect(figures.counted).toEqual([]);
  });

  it('explains the gap to the published cases: the published total counts Birmingham', () => {
    const published = Number(national.cases);
    expect(published).toBe(320_461);
    expect(figures.load.status === 'ok' && published - figures.load.amount).toBeGreaterThan(0);
  });
});

// DfE computes each caseload from unrounded figures; the councils' FTE are
// published to one decimal place. Every published England and regional figure
// is reproduced to one decimal place, except those listed here with the reason.
const EXPECTED_MISMATCHES: Record<string, 'suppressed' | 'rounding'> = {
  '2017 North East': 'rounding',
  '2024 West Midlands': 'suppressed',
  '2025 England': 'suppressed',
  '2025 London': 'suppressed',
  '2025 Inner London': 'suppressed',
};

describe.each(YEARS)('%i: every published England and regional caseload', (year) => {
  const { snapshot, checks, notes } = converted(year);

  it('has a check for England and each of the 11 regional rows', () => {
    expect(checks).toHaveLength(12);
  });

  it.each(checks.map((check) => [check.name, check] as const))(
    '%s matches to one decimal place, or the note says why',
    (name, check) => {
      const key = `${year} ${name}`;
      const figures = figuresOf(snapshot, check.unitId);
      const expected = EXPECTED_MISMATCHES[key];
      expect(
        check.matches,
        `${key}: computed ${check.computed}, published ${check.published}`,
      ).toBe(expected === undefined);
      if (check.matches) {
        expect(check.explanation).toBeNull();
        expect(figures.load.status === 'ok' && roundToTenth(figures.load.value)).toBe(
          check.published,
        );
        return;
      }
      expect(notes.some((note) => note.startsWith(`${name}: `))).toBe(true);
      if (figures.load.status !== 'ok' || check.published === null) throw new Error(key);
      if (expected === 'suppressed') {
        // The app names the suppressed councils on this unit's page...
        expect(figures.suppressedUnits.length).toBeGreaterThan(0);
        for (const entry of figures.suppressedUnits) {
          expect(check.explanation).toContain(entry.unit.name);
        }
        // ...and they are the whole difference: what the published totals hold
        // beyond the councils shown, added back, gives the published figure.
        const row = publishedRow(year, name === 'England' ? 'National' : 'Regional', name);
        const cases = Number(row.cases);
        const fte = Number(row.case_holders_fte);
        expect(roundToTenth(cases / fte)).toBe(check.published);
        expect(cases).toBeGreaterThan(figures.load.amount);
        expect(fte).toBeGreaterThan(figures.load.denominator);
      } else {
        expect(figures.suppressedUnits).toEqual([]);
        expect(check.explanation).toMatch(/rounding edge/);
        expect(
          onRoundingEdge(
            figures.load.amount,
            figures.load.denominator,
            figures.totalsCounted.length,
            check.published,
          ),
        ).toBe(true);
      }
    },
  );

  it('adds up to the published England cases, or the difference is suppressed councils', () => {
    const national = publishedRow(year, 'National');
    const figures = figuresOf(snapshot, ENGLAND_ID);
    if (figures.load.status !== 'ok') throw new Error('no England figure');
    const published = Number(national.cases);
    if (figures.load.amount === published) return;
    expect(published).toBeGreaterThan(figures.load.amount);
    expect(figures.suppressedUnits.length).toBeGreaterThan(0);
  });
});

describe('2024 by region, as domain.md gives it', () => {
  const { snapshot } = converted(2024);
  const index = buildOrgIndex(snapshot);
  it.each<[string, number]>([
    ['North East', 16.8],
    ['North West', 16.6],
    ['Yorkshire and The Humber', 15.8],
    ['East Midlands', 15.0],
    ['East of England', 14.6],
    ['London', 13.8],
    ['Inner London', 12.9],
    ['Outer London', 14.5],
    ['South East', 15.5],
    ['South West', 15.0],
  ])('%s: %f', (name, expected) => {
    const unit = snapshot.units.find((entry) => entry.name === name && entry.kind === 'region');
    const figures = unitFigures([], index.unitsUnder(unit!.id), caps, bands, settings);
    expect(figures.load.status === 'ok' && roundToTenth(figures.load.value)).toBe(expected);
  });

  it('West Midlands: 16.0 from the councils shown, not 16.2, and says Birmingham is left out', () => {
    const figures = figuresOf(snapshot, 'E12000005');
    expect(figures.load.status === 'ok' && roundToTenth(figures.load.value)).toBe(16.0);
    expect(figures.suppressedUnits.map((entry) => entry.unit.name)).toEqual(['Birmingham']);
  });
});

describe('onRoundingEdge', () => {
  it.each<[string, number, number, number, number, boolean]>([
    // 2017 North East: 20,721 ÷ 1,129.2 = 18.3502, published 18.3.
    ['a figure that rounding of 12 councils can reach', 20_721, 1_129.2, 12, 18.3, true],
    ['a figure far off', 20_721, 1_129.2, 12, 18.0, false],
    ['the exact figure', 100, 10, 1, 10, true],
  ])('%s', (_name, cases, fte, councils, published, expected) => {
    expect(onRoundingEdge(cases, fte, councils, published)).toBe(expected);
  });
});

describe('npm run dfe:convert', () => {
  it('writes the snapshot file and prints the notes and each check', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'dfe-')), 'england-2024.json');
    const run = spawnSync(
      join(rootDir, 'node_modules/.bin/tsx'),
      [join(rootDir, 'scripts/convert-dfe-table.ts'), '--year', '2024', '--out', out],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/Note: Birmingham \(West Midlands\): cases and case-holder FTE/);
    expect(run.stderr).toMatch(/Same: England 15\.4 \(published 15\.4\)/);
    expect(run.stderr).toMatch(/Differs: West Midlands 16\.0 \(published 16\.2\)/);
    const written = JSON.parse(readFileSync(out, 'utf8')) as unknown;
    expect(written).toEqual(converted(2024).snapshot);
  }, 30_000);

  it('refuses to run without a year, saying how to call it', () => {
    const run = spawnSync(
      join(rootDir, 'node_modules/.bin/tsx'),
      [join(rootDir, 'scripts/convert-dfe-table.ts')],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Usage: npm run dfe:convert -- --year 2024/);
  }, 30_000);
});
