import type { Snapshot } from '../../contract/v1';
import { importText, mappingFor, reasonFor, rejectedLines, toCsv } from './test-support/worker-csv';

const base = ['worker_id', 'display_name', 'role', 'asye', 'agency', 'fte', 'cases_held'];

function rowsWithPaths(paths: readonly string[][], depth: number): Record<string, string>[] {
  return paths.map((path, index) => ({
    worker_id: `W${index + 1}`,
    display_name: `Worker ${index + 1}`,
    role: 'case holder',
    asye: 'no',
    agency: 'no',
    fte: '1',
    cases_held: '10',
    ...Object.fromEntries(
      Array.from({ length: depth }, (_, l) => [`unit_${l + 1}`, path[l] ?? '']),
    ),
  }));
}

function importPaths(paths: readonly string[][], depth: number) {
  const header = [...base, ...Array.from({ length: depth }, (_, l) => `unit_${l + 1}`)];
  return importText(toCsv(rowsWithPaths(paths, depth), header), mappingFor(header));
}

function unitsOf(snapshot: Snapshot | null): [string, string | null, string, string][] {
  return (snapshot?.units ?? []).map((u) => [u.id, u.parentId, u.name, u.kind]);
}

const org = 'exampleshire-county-council';

describe('units from the unit path columns', () => {
  it('builds a single level of teams from one team column', () => {
    const result = importPaths([['Team A'], ['Team B'], ['Team A']], 1);
    expect(unitsOf(result.snapshot)).toEqual([
      [org, null, 'Exampleshire County Council', 'organisation'],
      [`${org}/team-a`, org, 'Team A', 'team'],
      [`${org}/team-b`, org, 'Team B', 'team'],
    ]);
    expect(result.snapshot?.workers.map((w) => w.unitId)).toEqual([
      `${org}/team-a`,
      `${org}/team-b`,
      `${org}/team-a`,
    ]);
  });

  it('builds four levels: areas in the middle, teams at the leaves', () => {
    const result = importPaths([['North', 'Safeguarding', 'Children in need', 'CIN 1']], 4);
    expect(unitsOf(result.snapshot).map(([id, , , kind]) => [id, kind])).toEqual([
      [org, 'organisation'],
      [`${org}/north`, 'area'],
      [`${org}/north/safeguarding`, 'area'],
      [`${org}/north/safeguarding/children-in-need`, 'area'],
      [`${org}/north/safeguarding/children-in-need/cin-1`, 'team'],
    ]);
    expect(result.snapshot?.workers[0]?.unitId).toBe(
      `${org}/north/safeguarding/children-in-need/cin-1`,
    );
  });

  it('lets a shorter path end in a team of its own', () => {
    const result = importPaths([['Safeguarding', 'Assessment'], ['Fostering']], 2);
    expect(result.problems).toEqual([]);
    expect(unitsOf(result.snapshot).map(([id, , , kind]) => [id, kind])).toEqual([
      [org, 'organisation'],
      [`${org}/safeguarding`, 'area'],
      [`${org}/safeguarding/assessment`, 'team'],
      [`${org}/fostering`, 'team'],
    ]);
  });

  it('refuses rows that would put workers in a unit with units beneath it', () => {
    const result = importPaths(
      [['Safeguarding', 'Assessment'], ['Safeguarding'], ['Safeguarding', 'Long-term']],
      2,
    );
    expect(rejectedLines(result)).toEqual([3]);
    expect(reasonFor(result, 3)).toBe(
      "'Safeguarding' has units beneath it (e.g. 'Assessment' on line 2), so it cannot hold workers; workers and team figures belong in a team",
    );
    expect(result.snapshot?.workers.map((w) => w.id)).toEqual(['W1', 'W3']);
  });

  it('keeps a unit a team when the row that would have put units beneath it was refused', () => {
    const rows = rowsWithPaths([['Safeguarding'], ['Safeguarding', 'Assessment']], 2);
    rows[1] = { ...rows[1]!, fte: '7' };
    const header = [...base, 'unit_1', 'unit_2'];
    const result = importText(toCsv(rows, header), mappingFor(header));
    expect(rejectedLines(result)).toEqual([3]);
    expect(unitsOf(result.snapshot).at(-1)).toEqual([
      `${org}/safeguarding`,
      org,
      'Safeguarding',
      'team',
    ]);
  });

  it('reads names that differ only in capitals or punctuation as one unit, with a warning', () => {
    const result = importPaths(
      [['Assessment Team'], ['assessment team'], ['Assessment-Team'], ['assessment team']],
      1,
    );
    expect(result.rowsAccepted).toBe(4);
    expect(unitsOf(result.snapshot)).toHaveLength(2);
    expect(result.problems.map((p) => [p.line, p.rejected])).toEqual([
      [3, false],
      [4, false],
    ]);
    expect(result.problems[0]?.reason).toBe(
      "'assessment team' is read as the same unit as 'Assessment Team' (first on line 2): the names differ only in capitals, spaces or punctuation",
    );
  });

  it('gives the same ids whatever the order of the rows', () => {
    const paths = [['North', 'Team 1'], ['South', 'Team 2'], ['North', 'Team 3'], ['Fostering']];
    const ids = (list: string[][]) =>
      new Set(importPaths(list, 2).snapshot?.units.map((u) => `${u.id}|${u.parentId ?? ''}`));
    expect(ids([...paths].reverse())).toEqual(ids(paths));
  });

  it('keeps ids within 100 characters and unique for long names', () => {
    const long = (tail: string) => ['A'.repeat(150), 'B'.repeat(150) + tail];
    const result = importPaths([long('1'), long('2')], 2);
    const units = result.snapshot?.units ?? [];
    expect(result.problems).toEqual([]);
    expect(units).toHaveLength(4);
    expect(new Set(units.map((u) => u.id)).size).toBe(4);
    expect(units.every((u) => u.id.length <= 100)).toBe(true);
  });

  it('gives a name with no letters or digits an id of its own', () => {
    const result = importPaths([['==='], ['+++']], 1);
    const ids = result.snapshot?.units.slice(1).map((u) => u.id) ?? [];
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
  });
});
