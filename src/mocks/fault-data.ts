/**
 * Bad records for demonstrations and tests: a valid demo snapshot with one
 * broken record of each kind the contract refuses added to it, and a very
 * large snapshot. Used by the `bad-records` and `huge` fault scenarios and by
 * the end-to-end tests, which check each reason is shown and the rest intact.
 */
import type { Snapshot, Worker } from '../contract/v1';

/** One broken record: what is wrong with it, and the words its reason must contain. */
export interface BadRecord {
  kind: 'unit' | 'worker';
  id: string;
  fault: string;
  reason: string;
}

type Json = Record<string, unknown>;

function firstTeam(snapshot: Snapshot): string {
  const parents = new Set(snapshot.units.map((unit) => unit.parentId));
  return snapshot.units.find((unit) => !parents.has(unit.id))?.id ?? '';
}

function badWorker(team: string, id: string, patch: Json): Json {
  return {
    id,
    unitId: team,
    displayName: `Test worker ${id}`,
    role: 'case-holder',
    asye: false,
    agency: false,
    fte: 1,
    casesHeld: 12,
    ...patch,
  };
}

/** Every bad record added by withBadRecords, in the order they are added. */
export function badRecords(): BadRecord[] {
  return [
    {
      kind: 'worker',
      id: 'bad-negative',
      fault: 'negative case count',
      reason: 'casesHeld: must not be negative',
    },
    {
      kind: 'worker',
      id: 'bad-fraction',
      fault: 'fractional case count',
      reason: 'casesHeld: must be a whole number',
    },
    { kind: 'worker', id: 'bad-fte', fault: 'FTE above 1', reason: 'fte: must be between 0 and 1' },
    {
      kind: 'worker',
      id: 'bad-nan',
      fault: '"NaN" as text',
      reason: 'fte: must be a finite number, not the text "NaN"',
    },
    {
      kind: 'worker',
      id: 'bad-infinity',
      fault: '"Infinity" as text',
      reason: 'casesHeld: must be a finite number, not the text "Infinity"',
    },
    {
      kind: 'worker',
      id: 'bad-text-number',
      fault: 'a number as text',
      reason: 'casesHeld: is a number written as text ("12")',
    },
    {
      kind: 'worker',
      id: 'bad-long-name',
      fault: 'a very long name',
      reason: 'displayName: must be at most 200 characters',
    },
    {
      kind: 'worker',
      id: 'bad-markup',
      fault: 'a name with markup',
      reason: 'displayName: must not contain markup',
    },
    {
      kind: 'worker',
      id: 'bad-control',
      fault: 'a name with control characters',
      reason: 'displayName: must not contain control characters',
    },
    {
      kind: 'worker',
      id: 'bad-unit',
      fault: 'a worker in an unknown unit',
      reason: 'unit "no-such-team" is not in this snapshot',
    },
    {
      kind: 'worker',
      id: 'dup-worker',
      fault: 'a duplicate worker id',
      reason: 'duplicate worker id',
    },
    {
      kind: 'unit',
      id: 'orphan-team',
      fault: 'an orphan unit',
      reason: 'parent unit "no-such-area" is not in this snapshot',
    },
    {
      kind: 'unit',
      id: 'loop-a',
      fault: 'a cycle of units',
      reason: 'its parent units form a loop',
    },
    {
      kind: 'unit',
      id: 'loop-b',
      fault: 'a cycle of units',
      reason: 'its parent units form a loop',
    },
  ];
}

/** The snapshot with every bad record in badRecords() added; every original record kept. */
export function withBadRecords(snapshot: Snapshot): Json {
  const team = firstTeam(snapshot);
  const workers: unknown[] = [
    ...snapshot.workers,
    badWorker(team, 'bad-negative', { casesHeld: -4 }),
    badWorker(team, 'bad-fraction', { casesHeld: 2.5 }),
    badWorker(team, 'bad-fte', { fte: 1.5 }),
    badWorker(team, 'bad-nan', { fte: 'NaN' }),
    badWorker(team, 'bad-infinity', { casesHeld: 'Infinity' }),
    badWorker(team, 'bad-text-number', { casesHeld: '12' }),
    badWorker(team, 'bad-long-name', { displayName: 'Long '.repeat(60) }),
    badWorker(team, 'bad-markup', { displayName: '<img src=x onerror=alert(1)> Smith' }),
    badWorker(team, 'bad-control', { displayName: 'Jo\u0000\u202e Bloggs\u0007' }),
    badWorker('no-such-team', 'bad-unit', {}),
    badWorker(team, 'dup-worker', { casesHeld: 5 }),
    badWorker(team, 'dup-worker', { casesHeld: 40 }),
  ];
  const units: unknown[] = [
    ...snapshot.units,
    { id: 'orphan-team', parentId: 'no-such-area', name: 'Orphan team', kind: 'team' },
    { id: 'loop-a', parentId: 'loop-b', name: 'Loop A', kind: 'team' },
    { id: 'loop-b', parentId: 'loop-a', name: 'Loop B', kind: 'area' },
  ];
  return { ...snapshot, units, workers };
}

/** Workers added by hugeSnapshot: enough, with their case lists, to make about 10 MB of JSON. */
export const HUGE_EXTRA_WORKERS = 4_200;
const HUGE_TEAMS = 25;

/**
 * The snapshot with a sixth service area of 25 teams and 4,200 more workers,
 * each with a full case list: about 10 MB as JSON, every record valid.
 */
export function hugeSnapshot(snapshot: Snapshot): Snapshot {
  const root = snapshot.units.find((unit) => unit.parentId === null);
  const areaId = 'area-bulk';
  const units = [
    ...snapshot.units,
    { id: areaId, parentId: root?.id ?? null, name: 'Bulk test area', kind: 'area' as const },
    ...Array.from({ length: HUGE_TEAMS }, (_, team) => ({
      id: `team-bulk-${team + 1}`,
      parentId: areaId,
      name: `Bulk team ${team + 1}`,
      kind: 'team' as const,
      teamType: 'long-term',
    })),
  ];
  const workers: Worker[] = Array.from({ length: HUGE_EXTRA_WORKERS }, (_, index) => {
    const casesHeld = 8 + (index % 19);
    return {
      id: `bulk-worker-${index + 1}`,
      unitId: `team-bulk-${(index % HUGE_TEAMS) + 1}`,
      displayName: `Bulk worker ${index + 1}`,
      role: 'case-holder',
      asye: index % 11 === 0,
      agency: index % 7 === 0,
      fte: index % 5 === 0 ? 0.6 : 1,
      casesHeld,
      caseDetails: Array.from({ length: casesHeld }, (_, item) => ({
        id: `bulk-case-${index + 1}-${item + 1}`,
        type: item % 3 === 0 ? 'child-protection' : 'child-in-need',
        inCourtProceedings: item % 9 === 0,
        siblingGroupId: null,
        allocatedOn: snapshot.asAt,
      })),
    };
  });
  return { ...snapshot, units, workers: [...snapshot.workers, ...workers] };
}
