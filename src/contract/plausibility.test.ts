import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Unit, Worker } from './v1';
import {
  implausibleRecords,
  PLAUSIBILITY_LIMITS,
  teamImplausibleValues,
  workerImplausibleValues,
} from './plausibility';

function worker(id: string, casesHeld: number, fte: number): Worker {
  return {
    id,
    unitId: 'team-a',
    displayName: `Worker ${id}`,
    role: 'case-holder',
    asye: false,
    agency: false,
    fte,
    casesHeld,
  };
}

const checksOf = (casesHeld: number, fte: number) =>
  workerImplausibleValues({ casesHeld, fte }).map((value) => value.check);

describe('the limits', () => {
  it('are the ones docs/measures.md gives, with their reasons', () => {
    const page = readFileSync(resolve(process.cwd(), 'docs/measures.md'), 'utf8');
    const rows = [...page.matchAll(/^\| (.+?) +\| (?:more|less) than \*\*([\d.]+)\*\*/gm)];
    expect(rows.map((row) => [row[1], Number(row[2])])).toEqual([
      ['Cases held by one worker', PLAUSIBILITY_LIMITS.casesHeld],
      ['FTE of a worker who holds cases', PLAUSIBILITY_LIMITS.fteWithCases],
      ["A worker's cases per FTE", PLAUSIBILITY_LIMITS.casesPerFte],
      ['Unallocated cases on one team', PLAUSIBILITY_LIMITS.teamUnallocatedCases],
      ['Vacant FTE on one team', PLAUSIBILITY_LIMITS.teamVacantFte],
    ]);
  });

  it('are 60 cases, FTE 0.1 with cases, 100 cases per FTE, and for a team 200 unallocated and 20 vacant FTE', () => {
    expect(PLAUSIBILITY_LIMITS).toEqual({
      casesHeld: 60,
      fteWithCases: 0.1,
      casesPerFte: 100,
      teamUnallocatedCases: 200,
      teamVacantFte: 20,
    });
  });
});

describe('workerImplausibleValues', () => {
  it('flags 150 cases on 1.0 FTE, with the value and the limit', () => {
    // 150 ÷ 1.0 = 150 cases per FTE: over 100 too.
    const values = workerImplausibleValues({ casesHeld: 150, fte: 1 });
    expect(values.map(({ check, value, limit }) => ({ check, value, limit }))).toEqual([
      { check: 'casesHeld', value: 150, limit: 60 },
      { check: 'casesPerFte', value: 150, limit: 100 },
    ]);
    expect(values[0]?.summary).toBe('150 cases held (more than 60)');
    expect(values[0]?.reason).toMatch(
      /^150 cases held is more than 60, far above any caseload cap/,
    );
    expect(values[1]?.summary).toBe('150.0 cases per FTE (more than 100)');
  });

  it('does not flag 59 or 60 cases on 1.0 FTE, and flags 61', () => {
    expect(checksOf(59, 1)).toEqual([]);
    expect(checksOf(60, 1)).toEqual([]);
    expect(checksOf(61, 1)).toEqual(['casesHeld']);
  });

  it('flags FTE 0.05 with 3 cases (60 per FTE, under that limit), with the FTE written in full', () => {
    const [value, ...others] = workerImplausibleValues({ casesHeld: 3, fte: 0.05 });
    expect(others).toEqual([]);
    expect(value?.check).toBe('fteWithCases');
    expect(value?.summary).toBe('FTE 0.05 with 3 cases (less than 0.1)');
    expect(value?.reason).toBe(
      'FTE 0.05 for a worker holding 3 cases is less than 0.1 (3.7 hours of a 37-hour week): check that it is not hours, or a slip such as 0.06 for 0.6',
    );
  });

  it('flags FTE 0.0001 with 20 cases twice: the FTE, and the 200,000 cases per FTE it makes', () => {
    const values = workerImplausibleValues({ casesHeld: 20, fte: 0.0001 });
    expect(values.map((value) => value.summary)).toEqual([
      'FTE 0.0001 with 20 cases (less than 0.1)',
      '200,000.0 cases per FTE (more than 100)',
    ]);
  });

  it('does not flag a small FTE that holds no cases, nor FTE 0 (already left out as no FTE recorded)', () => {
    expect(checksOf(0, 0.05)).toEqual([]);
    expect(checksOf(12, 0)).toEqual([]);
    expect(checksOf(1, 0.1)).toEqual([]);
  });

  it('flags cases per FTE over 100 on an FTE of 0.1 or more: 20 cases on 0.15 FTE is 133.3', () => {
    expect(checksOf(20, 0.15)).toEqual(['casesPerFte']);
    expect(workerImplausibleValues({ casesHeld: 20, fte: 0.15 })[0]?.reason).toBe(
      '20 cases on 0.15 FTE is 133.3 cases per FTE, more than 100 (the highest usual cap is 25): check the FTE and the count',
    );
    // 10 ÷ 0.1 = 100 and 50 ÷ 0.5 = 100: on the limit, not over it.
    expect(checksOf(10, 0.1)).toEqual([]);
    expect(checksOf(50, 0.5)).toEqual([]);
    expect(checksOf(51, 0.5)).toEqual(['casesPerFte']);
  });
});

describe('teamImplausibleValues', () => {
  it('flags more than 200 unallocated cases and more than 20 vacant FTE, and not the limits themselves', () => {
    expect(teamImplausibleValues({ unallocatedCases: 200, vacantFte: 20 })).toEqual([]);
    expect(
      teamImplausibleValues({ unallocatedCases: 350, vacantFte: 37 }).map((value) => value.summary),
    ).toEqual([
      '350 unallocated cases (more than 200 for one team)',
      '37.0 vacant FTE (more than 20 for one team)',
    ]);
  });

  it('does not flag figures that are not reported', () => {
    expect(teamImplausibleValues({ unallocatedCases: null })).toEqual([]);
    expect(teamImplausibleValues({})).toEqual([]);
  });
});

describe('implausibleRecords', () => {
  const units: Unit[] = [
    { id: 'org', parentId: null, name: 'Org', kind: 'organisation' },
    // A service area's waiting list is not a team's: not checked.
    { id: 'area', parentId: 'org', name: 'Area', kind: 'area', unallocatedCases: 400 },
    { id: 'team-a', parentId: 'area', name: 'Team A', kind: 'team', vacantFte: 37 },
    { id: 'team-b', parentId: 'area', name: 'Team B', kind: 'team', vacantFte: 2 },
  ];

  it('names each worker and team with a value outside the limits, workers first', () => {
    const records = implausibleRecords(
      [worker('w1', 18, 1), worker('w2', 900, 1), worker('w3', 3, 0.05)],
      units,
    );
    expect(records.map((record) => [record.kind, record.name, record.values.length])).toEqual([
      ['worker', 'Worker w2', 2],
      ['worker', 'Worker w3', 1],
      ['unit', 'Team A', 1],
    ]);
  });

  it('checks no unit that sends totals in place of workers', () => {
    const published: Unit = {
      id: 'council',
      parentId: null,
      name: 'Birmingham',
      kind: 'council',
      aggregate: { cases: 'u', caseHolderFte: 'u', vacantFte: 278 },
    };
    expect(implausibleRecords([], [published])).toEqual([]);
  });
});
