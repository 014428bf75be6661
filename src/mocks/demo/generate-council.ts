/**
 * The council generator: builds a council from its shape and simulates it
 * month by month, so consecutive snapshots tell a consistent story (same
 * people, same children, some cases closing and some arriving).
 */
import type { Unit, Worker } from '../../contract/v1';
import type { CouncilShape } from './council-shape';
import { emitUnits, emitWorkers } from './emit-snapshot';
import { initialAllocationDate } from './families';
import { advanceTeam, fillTeam, updateBacklog } from './monthly-step';
import { createNameSource } from './names';
import { createRng, deriveSeed } from './random';
import type { CouncilContext, IdSource, SimTeam } from './sim-types';
import { staffTeam } from './workforce';
import { teamProfiles } from './team-profiles';

export interface GenerateCouncilOptions {
  seed: number;
  shape: CouncilShape;
  /** Month-end dates to take a snapshot on, ascending. */
  snapshotDates: readonly string[];
}

/** One council as at one date: the parts of a snapshot the generator owns. */
export interface CouncilMonth {
  asAt: string;
  units: Unit[];
  workers: Worker[];
}

function createIdSource(prefix: string): IdSource {
  let workers = 0;
  let children = 0;
  let groups = 0;
  return {
    worker: () => `${prefix}worker-${String((workers += 1)).padStart(4, '0')}`,
    child: () => `${prefix}case-${String((children += 1)).padStart(6, '0')}`,
    siblingGroup: () => `${prefix}sibling-group-${String((groups += 1)).padStart(5, '0')}`,
  };
}

function countOf(ids: readonly string[], id: string): number {
  return ids.filter((candidate) => candidate === id).length;
}

function assertAscending(dates: readonly string[]): void {
  if (dates.length === 0) throw new Error('At least one snapshot date is needed');
  dates.forEach((date, index) => {
    const previous = dates[index - 1];
    if (previous !== undefined && previous >= date) {
      throw new Error(`Snapshot dates must be ascending: ${previous} then ${date}`);
    }
  });
}

function createTeams(ctx: CouncilContext, options: GenerateCouncilOptions): Map<string, SimTeam> {
  const { shape, seed } = options;
  const firstDate = options.snapshotDates[0] ?? '';
  const teams = new Map<string, SimTeam>();
  for (const spec of shape.areas.flatMap((area) => area.teams)) {
    // Each team draws from its own stream, so editing one team's spec leaves
    // every other team's story as it was.
    const team: SimTeam = {
      spec,
      profile: teamProfiles[spec.profile],
      rng: createRng(deriveSeed(seed, `team:${spec.id}`)),
      workers: [],
      typicalLoad: spec.typicalLoad,
      backlog: 0,
      orphaned: 0,
      vacantFte: spec.initialVacantFte,
    };
    team.workers = staffTeam(ctx, team, firstDate, {
      seniorManagers: countOf(shape.seniorManagerTeamIds, spec.id),
      qualifiedWithoutCases: countOf(shape.qualifiedWithoutCasesTeamIds, spec.id),
    });
    fillTeam(ctx, team, firstDate, (worker) =>
      initialAllocationDate(team.rng, team.profile, worker, firstDate),
    );
    updateBacklog(team);
    teams.set(spec.id, team);
  }
  return teams;
}

/** Generates a council's snapshots, one per date; the same options always give the same output. */
export function generateCouncil(options: GenerateCouncilOptions): CouncilMonth[] {
  assertAscending(options.snapshotDates);
  const ctx: CouncilContext = {
    ids: createIdSource(options.shape.idPrefix),
    nextName: createNameSource(createRng(deriveSeed(options.seed, 'names'))),
  };
  const teams = createTeams(ctx, options);
  const months: CouncilMonth[] = [];
  options.snapshotDates.forEach((asAt, monthIndex) => {
    const prevDate = options.snapshotDates[monthIndex - 1];
    if (prevDate !== undefined) {
      for (const team of teams.values()) advanceTeam(ctx, team, monthIndex, prevDate, asAt);
    }
    months.push({
      asAt,
      units: emitUnits(options.shape, teams),
      workers: emitWorkers(teams.values(), asAt),
    });
  });
  return months;
}
