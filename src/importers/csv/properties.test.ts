import fc from 'fast-check';
import type { WorkerRole } from '../../contract/v1';
import { importText, toCsv, type WorkerRow } from './test-support/worker-csv';
import { idPart } from './text-keys';

/** Text that survives trimming and fits the contract's limit; no line breaks, so each row is one line. */
const oneLineText = (maxLength: number) =>
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength })
    .map((text) => text.replace(/[\r\n]/g, ' ').trim())
    .filter((text) => text.length > 0 && text.length <= 200);

const yesNo = fc.constantFrom<[string, boolean]>(
  ['yes', true],
  ['Y', true],
  ['true', true],
  ['1', true],
  ['no', false],
  ['n', false],
  ['FALSE', false],
  ['0', false],
);

const role = fc.constantFrom<[string, WorkerRole]>(
  ['case holder', 'case-holder'],
  ['Senior practitioner', 'senior-practitioner'],
  ['team-manager', 'team-manager'],
  ['Senior Manager', 'senior-manager'],
  ['qualified without cases', 'qualified-without-cases'],
);

/** A valid row, and what it should become. */
const validRow = fc.record({
  name: oneLineText(40),
  role,
  asye: yesNo,
  agency: yesNo,
  // Six decimal places, as in the CSWW census.
  fte: fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 1_000_000),
  casesHeld: fc.nat({ max: 60 }),
  area: fc.constantFrom('North', 'South', 'Fostering & Adoption'),
  team: oneLineText(20),
});
type ValidRow = typeof validRow extends fc.Arbitrary<infer T> ? T : never;

function toWorkerRow(row: ValidRow, index: number): WorkerRow {
  return {
    worker_id: `W${index + 1}`,
    display_name: row.name,
    role: row.role[0],
    asye: row.asye[0],
    agency: row.agency[0],
    fte: String(row.fte),
    cases_held: String(row.casesHeld),
    unit_1: row.area,
    unit_2: row.team,
  };
}

describe('properties of the workers import', () => {
  it('accepts every valid row, and cases held, FTE, names and flags round-trip', () => {
    fc.assert(
      fc.property(fc.array(validRow, { minLength: 1, maxLength: 40 }), (rows) => {
        const result = importText(toCsv(rows.map(toWorkerRow)));
        expect(result.problems.filter((p) => p.rejected)).toEqual([]);
        expect(result.rowsRead).toBe(rows.length);
        expect(result.rowsAccepted).toBe(rows.length);
        const units = new Map(result.snapshot?.units.map((u) => [u.id, u]));
        result.snapshot?.workers.forEach((worker, index) => {
          const row = rows[index]!;
          expect(worker).toMatchObject({
            id: `W${index + 1}`,
            displayName: row.name,
            role: row.role[1],
            asye: row.asye[1],
            agency: row.agency[1],
            fte: row.fte,
            casesHeld: row.casesHeld,
          });
          // Names spelt differently may share a unit, so compare the ids' parts.
          const team = units.get(worker.unitId);
          expect(team?.kind).toBe('team');
          expect(idPart(team?.name ?? '')).toBe(idPart(row.team));
          expect(idPart(units.get(team?.parentId ?? '')?.name ?? '')).toBe(idPart(row.area));
        });
      }),
      { numRuns: 60 },
    );
  });

  const badFte = fc.constantFrom('1.5', '-0.1', '=1+1', 'abc', '', '1e0', '2');
  const badCases = fc.constantFrom('-2', '2.5', '=1+1', '+3', 'many', '', '1e3');
  const corruption = fc.oneof(
    badFte.map((value) => ({ field: 'fte' as const, value })),
    badCases.map((value) => ({ field: 'cases_held' as const, value })),
  );

  it('refuses exactly the row with a corrupted number, on its line, and keeps the rest', () => {
    fc.assert(
      fc.property(
        fc.array(validRow, { minLength: 1, maxLength: 40 }),
        fc.nat(),
        corruption,
        (rows, pick, { field, value }) => {
          const bad = pick % rows.length;
          const csvRows = rows.map(toWorkerRow);
          csvRows[bad] = { ...csvRows[bad]!, [field]: value };
          const result = importText(toCsv(csvRows));
          // Rows only: a file of one corrupted row also says, for the whole file, that none could be used.
          const rejected = result.problems.filter((p) => p.rejected && p.line !== null);
          expect(rejected).toHaveLength(1);
          expect(rejected[0]).toMatchObject({ line: bad + 2, subject: `W${bad + 1}` });
          expect(rejected[0]?.reason).toMatch(
            field === 'fte' ? /^FTE must be/ : /^cases held must be/,
          );
          expect(result.rowsAccepted).toBe(rows.length - 1);
          expect(result.snapshot?.workers.map((w) => w.id) ?? []).toEqual(
            csvRows.map((r) => r.worker_id).filter((id) => id !== `W${bad + 1}`),
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('counts every row read as accepted or refused, whatever the cells', () => {
    const anyCell = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom('1', '0', 'yes', 'case holder', '"', '\n', ',', ' ', '=1', 'Team'),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(anyCell, { minLength: 9, maxLength: 9 }), { maxLength: 20 }),
        (cells) => {
          const rows = cells.map((c) => ({
            worker_id: c[0]!,
            display_name: c[1]!,
            role: c[2]!,
            asye: c[3]!,
            agency: c[4]!,
            fte: c[5]!,
            cases_held: c[6]!,
            unit_1: c[7]!,
            unit_2: c[8]!,
          }));
          const result = importText(toCsv(rows));
          const refusedLines = new Set(
            result.problems.filter((p) => p.rejected && p.line !== null).map((p) => p.line),
          );
          expect(result.rowsAccepted + refusedLines.size).toBe(result.rowsRead);
        },
      ),
      { numRuns: 100 },
    );
  });
});
