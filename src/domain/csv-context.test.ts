import { DEFAULT_ASYE_RULE } from './asye-rule';
import { builtInPresets } from './caps';
import { capsInForce, tableContext, withContext } from './csv-context';
import { toCsv } from './csv-export';
import { DEFAULT_VIEW_MEASURE } from './measure-options';
import { DEFAULT_WEIGHTING } from './weighting';
import type { LoadSettings } from './worker-load';

const settings: LoadSettings = {
  view: DEFAULT_VIEW_MEASURE,
  weighting: DEFAULT_WEIGHTING,
  asyeRule: DEFAULT_ASYE_RULE,
  referenceCapPerFte: 20,
};
const preset = builtInPresets.default;

function context(dataSource = 'Demo data: not a real council') {
  return tableContext({
    organisation: 'Northbridge Council (demo data)',
    unit: 'Child in Need and Child Protection',
    unitHeader: 'Part of',
    asAt: '2026-10-31',
    dataSource,
    caps: preset.caps,
    preset,
    settings,
  });
}

describe('tableContext', () => {
  it('says when and where first, then the measure, caps with their sources, own cap and data source', () => {
    const { identity, description } = context();
    expect(identity).toEqual([
      { header: 'As at', value: '2026-10-31' },
      { header: 'Organisation', value: 'Northbridge Council (demo data)' },
      { header: 'Part of', value: 'Child in Need and Child Protection' },
    ]);
    expect(description.map((column) => column.header)).toEqual([
      'Measure',
      'Caps',
      'Caps source',
      'Own cap rule',
      'Data source',
    ]);
    const value = (header: string) => description.find((column) => column.header === header)?.value;
    // The measure as the chart's caption says it.
    expect(value('Measure')).toBe(
      'Cases per FTE, counting children; case holders only (the DfE rule).',
    );
    expect(value('Caps')).toBe(
      '15 (Setting the Bar maximum), 18–20 (target range), 25 (25 and over)',
    );
    expect(value('Caps source')).toBe(
      'Loadline default: 15, 18–20 and 25+. Source: Setting the Bar (Social Work Scotland, 2022) for 15; Cafcass (2024) for the 18–20 target range and 25+',
    );
    expect(value('Own cap rule')).toMatch(/^20 cases per FTE, pro rata to FTE; /);
    expect(value('Data source')).toBe('Demo data: not a real council');
  });

  it('names the points capacity, not the caps preset, under weighted points', () => {
    const points = { ...settings, view: { ...DEFAULT_VIEW_MEASURE, measure: 'points' as const } };
    expect(capsInForce(preset.caps, preset, points).source).toBe(
      'capacity from Example A: points by case type',
    );
  });
});

describe('withContext', () => {
  const table = [
    ['Unit', 'Cases per FTE'],
    ['CIN/CP Team North', 22],
    ['Court and Pre-proceedings Team', 16.6],
  ];

  it('puts the context on every row, so each row keeps it when sorted, filtered or copied out', () => {
    const rows = withContext(table, context());
    expect(rows[0]).toEqual([
      'As at',
      'Organisation',
      'Part of',
      'Unit',
      'Cases per FTE',
      'Measure',
      'Caps',
      'Caps source',
      'Own cap rule',
      'Data source',
    ]);
    expect(rows[2]?.slice(0, 5)).toEqual([
      '2026-10-31',
      'Northbridge Council (demo data)',
      'Child in Need and Child Protection',
      'Court and Pre-proceedings Team',
      16.6,
    ]);
    // RFC 4180: every record has the same number of fields.
    expect(new Set(rows.map((row) => row.length))).toEqual(new Set([10]));
  });

  it('quotes context holding commas and neutralises a source that looks like a formula', () => {
    const csv = toCsv(withContext(table, context('=HYPERLINK("http://x","y")')));
    const [, first] = csv.split('\r\n');
    expect(first).toContain(
      '"15 (Setting the Bar maximum), 18–20 (target range), 25 (25 and over)"',
    );
    expect(first?.endsWith(`"'=HYPERLINK(""http://x"",""y"")"`)).toBe(true);
  });

  it('gives nothing for a table with no header', () => {
    expect(withContext([], context())).toEqual([]);
  });
});
