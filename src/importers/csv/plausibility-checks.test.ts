import { importUnitsCsv } from './import-unit-figures';
import { mergeUnitFigures } from './merge-unit-figures';
import { suggestUnitColumnMapping } from './unit-figure-columns';
import { importText, toCsv, workerRow } from './test-support/worker-csv';

describe('importWorkersCsv: values to check', () => {
  // Line 2: fine. Line 3: 150 cases. Line 4: FTE 0.05 with 3 cases. Line 5: 59 cases, fine.
  const rows = [
    workerRow({ worker_id: 'W1', cases_held: '18' }),
    workerRow({ worker_id: 'W2', display_name: 'Ben Ortiz', cases_held: '150' }),
    workerRow({ worker_id: 'W3', display_name: 'Chloe Evans', fte: '0.05', cases_held: '3' }),
    workerRow({ worker_id: 'W4', display_name: 'Dan Price', cases_held: '59' }),
  ];

  it('keeps and counts a row with an implausible value, and lists it to check with its line and the limit', () => {
    const result = importText(toCsv(rows));
    expect(result.rowsAccepted).toBe(4);
    expect(result.snapshot?.workers.find((worker) => worker.id === 'W2')?.casesHeld).toBe(150);
    expect(result.problems.filter((problem) => problem.rejected)).toEqual([]);
    const checks = result.problems.filter((problem) => problem.check);
    expect(checks.map(({ line, subject, rejected }) => ({ line, subject, rejected }))).toEqual([
      { line: 3, subject: 'W2', rejected: false },
      { line: 4, subject: 'W3', rejected: false },
    ]);
    expect(checks[0]?.reason).toMatch(
      /^150 cases held is more than 60, .*; 150 cases on 1 FTE is 150\.0 cases per FTE, more than 100/,
    );
    expect(checks[1]?.reason).toMatch(/^FTE 0.05 for a worker holding 3 cases is less than 0.1 /);
  });

  it('lists a team in the units file with more than 20 vacant FTE, by its line there, and keeps the figure', () => {
    const workers = importText(toCsv([rows[0]!]));
    const unitsCsv = [
      'unit_1,unit_2,unallocated_cases,vacant_fte',
      'Safeguarding,Assessment Team,4,37',
    ].join('\n');
    const figures = importUnitsCsv(unitsCsv, {
      mapping: suggestUnitColumnMapping(['unit_1', 'unit_2', 'unallocated_cases', 'vacant_fte']),
      sourceName: 'units.csv',
    });
    const result = mergeUnitFigures(workers, figures);
    const team = result.snapshot?.units.find((unit) => unit.name === 'Assessment Team');
    expect(team?.vacantFte).toBe(37);
    expect(result.problems).toEqual([
      {
        line: 2,
        subject: 'Assessment Team',
        reason:
          'units.csv: 37.0 vacant FTE on one team is more than 20: check that it is full-time posts, not hours, and this team’s alone',
        rejected: false,
        check: true,
      },
    ]);
  });
});
