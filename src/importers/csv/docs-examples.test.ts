import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  importCasesCsv,
  importUnitsCsv,
  importWorkersCsv,
  mergeCaseDetails,
  mergeUnitFigures,
  readCsvHeaders,
  suggestCaseColumnMapping,
  suggestColumnMapping,
  suggestUnitColumnMapping,
} from './index';
import { workersCsvExample } from './worker-columns';

// The examples in docs/import-csv.md are run here, so that the page cannot drift from the code.
const page = readFileSync(resolve(process.cwd(), 'docs/import-csv.md'), 'utf8');
const [workersText = '', casesText = '', unitsText = ''] = [
  ...page.matchAll(/```csv\n([\s\S]*?)```/g),
].map((match) => match[1] ?? '');

describe('the examples in docs/import-csv.md', () => {
  const headers = (text: string) => readCsvHeaders(text).headers;
  const workers = () =>
    importWorkersCsv(workersText, {
      mapping: suggestColumnMapping(headers(workersText)),
      organisationName: 'Exampleshire County Council',
      asAt: '2026-10-31',
      sourceName: 'workers.csv',
    });

  it('imports the workers example with no problem', () => {
    const result = workers();
    expect(result.problems).toEqual([]);
    expect(result.rowsAccepted).toBe(7);
    expect(result.snapshot?.units.find((u) => u.name === 'Fostering')?.kind).toBe('team');
  });

  it('attaches the cases example as the page says', () => {
    const cases = importCasesCsv(casesText, {
      mapping: suggestCaseColumnMapping(headers(casesText)),
      sourceName: 'cases.csv',
    });
    const merged = mergeCaseDetails(workers(), cases);
    const details = Object.fromEntries(
      merged.snapshot?.workers.map((w) => [w.displayName, w.caseDetails?.length ?? null]) ?? [],
    );
    expect(details).toMatchObject({ 'Price, Dan': 2, 'Femi Adeyemi': 0, 'Grace Lee': null });
    expect(merged.problems.every((p) => !p.rejected)).toBe(true);
  });

  it('adds the units example as the page says', () => {
    const figures = importUnitsCsv(unitsText, {
      mapping: suggestUnitColumnMapping(headers(unitsText)),
      sourceName: 'units.csv',
    });
    const merged = mergeUnitFigures(workers(), figures);
    expect(merged.problems).toEqual([]);
    const byName = new Map(merged.snapshot?.units.map((u) => [u.name, u]));
    expect(byName.get('Assessment Team')).toMatchObject({ unallocatedCases: 4, vacantFte: 1 });
    expect(byName.get('Duty Team')).toMatchObject({ kind: 'team', vacantFte: 2.5 });
    expect(byName.get('Long-term Team')?.vacantFte).toBeUndefined();
  });
});

describe('the example the import form shows', () => {
  it('imports with no problem: three workers in one team under Safeguarding', () => {
    const result = importWorkersCsv(workersCsvExample, {
      mapping: suggestColumnMapping(readCsvHeaders(workersCsvExample).headers),
      organisationName: 'Exampleshire County Council',
      asAt: '2026-10-31',
      sourceName: 'example.csv',
    });
    expect(result.problems).toEqual([]);
    expect(result.rowsAccepted).toBe(3);
    expect(result.snapshot?.units.map((unit) => `${unit.kind} ${unit.name}`)).toEqual([
      'organisation Exampleshire County Council',
      'area Safeguarding',
      'team Assessment Team',
    ]);
  });
});
