import { importText, toCsv, workerRow, type WorkerRow } from './test-support/worker-csv';

const ROWS = 50_000;

/** 50,000 rows in 10 areas of 10 teams; every 1,000th row has an FTE of 1.5. */
function largeFile(): string {
  const rows: WorkerRow[] = [];
  for (let index = 0; index < ROWS; index += 1) {
    rows.push(
      workerRow({
        worker_id: `W${index + 1}`,
        display_name: `Worker ${index + 1}`,
        fte: index % 1000 === 999 ? '1.5' : '0.8',
        cases_held: String(index % 25),
        unit_1: `Area ${index % 10}`,
        unit_2: `Team ${Math.floor(index / 10) % 10}`,
      }),
    );
  }
  return toCsv(rows);
}

describe('a 50,000-row workers file', () => {
  // A generous allowance for slow CI machines; the test checks counts, never time.
  it(
    'imports every row, refusing exactly the bad ones with their lines',
    { timeout: 120_000 },
    () => {
      const result = importText(largeFile());
      expect(result.rowsRead).toBe(ROWS);
      expect(result.rowsAccepted).toBe(ROWS - 50);
      expect(result.snapshot?.workers).toHaveLength(ROWS - 50);
      expect(result.snapshot?.units).toHaveLength(1 + 10 + 100);
      const rejected = result.problems.filter((p) => p.rejected);
      expect(rejected).toHaveLength(50);
      // Row index i is on line i + 2 (header on line 1), so the bad rows are on lines 1001, 2001, ...
      expect(rejected.map((p) => p.line)).toEqual(
        Array.from({ length: 50 }, (_, k) => 1001 + 1000 * k),
      );
      const held = result.snapshot?.workers.reduce((sum, w) => sum + w.casesHeld, 0);
      expect(held).toBe((ROWS / 25) * ((24 * 25) / 2) - 50 * 24);
    },
  );
});
