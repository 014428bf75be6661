/**
 * One month in the life of a team: cases close, plans change, people leave
 * and join, new work is allocated up to each worker's capacity, and what
 * cannot be allocated waits with the team.
 */
import { randomDateAfter } from './dates';
import { advanceFamily, casesHeldBy, createFamily } from './families';
import type { CouncilContext, SimTeam, SimWorker } from './sim-types';
import { capacityOf, createJoiner } from './workforce';

const LEAVING_ROLES = new Set(['case-holder', 'senior-practitioner', 'qualified-without-cases']);
const CASE_HOLDING_ROLES = new Set(['case-holder', 'senior-practitioner']);

function roundToTenth(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Tops every worker in the team up to their capacity with newly allocated families. */
export function fillTeam(
  ctx: CouncilContext,
  team: SimTeam,
  asAt: string,
  allocationDate: (worker: SimWorker) => string,
): void {
  const { rng } = team;
  for (const worker of team.workers) {
    const cap = capacityOf(worker, team.typicalLoad, asAt);
    let held = casesHeldBy(worker);
    while (held < cap) {
      // Managers' few cases are a hard limit; a case holder sometimes takes a
      // sibling group that tips them one over, as happens in practice.
      const overshoot = worker.fixedCap === null && rng.chance(0.25) ? 1 : 0;
      const maxSize = cap - held + overshoot;
      const family = createFamily(rng, ctx.ids, team.profile, allocationDate(worker), maxSize);
      worker.families.push(family);
      held += family.children.length;
    }
  }
}

function closeAndAdvance(team: SimTeam): void {
  const { rng, profile } = team;
  for (const worker of team.workers) {
    worker.families = worker.families.filter((family) => {
      if (rng.chance(profile.monthlyClosure)) return false;
      advanceFamily(rng, profile, family);
      return true;
    });
  }
}

function leaverProbability(worker: SimWorker): number {
  if (!LEAVING_ROLES.has(worker.role)) return 0;
  return worker.agency ? 0.035 : 0.009;
}

// At most one leaver per team a month, and never below half the team's case
// holders, so no team is emptied by chance.
function removeLeaver(team: SimTeam, prevDate: string, asAt: string): void {
  const { rng } = team;
  const caseHolders = team.workers.filter((worker) => CASE_HOLDING_ROLES.has(worker.role));
  const leaver = team.workers.find((worker) => rng.chance(leaverProbability(worker)));
  if (leaver === undefined) return;
  if (CASE_HOLDING_ROLES.has(leaver.role) && caseHolders.length <= team.spec.caseHolders / 2) {
    return;
  }
  team.workers = team.workers.filter((worker) => worker !== leaver);
  team.vacantFte = roundToTenth(team.vacantFte + leaver.fte);
  const colleagues = caseHolders.filter((worker) => worker !== leaver);
  // Each family goes to whoever has most room and is newly allocated to them;
  // when nobody has room it waits with the team manager, unallocated.
  for (const family of leaver.families) {
    let best: SimWorker | undefined;
    let bestRoom = 0;
    for (const colleague of colleagues) {
      const room = capacityOf(colleague, team.typicalLoad, asAt) + 2 - casesHeldBy(colleague);
      if (room > bestRoom) {
        best = colleague;
        bestRoom = room;
      }
    }
    if (best === undefined) {
      team.orphaned += family.children.length;
      continue;
    }
    const allocatedOn = randomDateAfter(rng, prevDate, asAt);
    for (const child of family.children) child.allocatedOn = allocatedOn;
    best.families.push(family);
  }
}

function addJoiner(ctx: CouncilContext, team: SimTeam, prevDate: string, asAt: string): void {
  if (team.vacantFte < 0.5 || !team.rng.chance(0.3)) return;
  const joiner = createJoiner(ctx, team, randomDateAfter(team.rng, prevDate, asAt));
  team.workers.push(joiner);
  // A sliver of a post left over (0.1 FTE) is not a vacancy anyone recruits to.
  const remaining = roundToTenth(team.vacantFte - joiner.fte);
  team.vacantFte = remaining < 0.3 ? 0 : remaining;
}

/** Work waiting for allocation: grows with vacancies and load in teams prone to it. */
export function updateBacklog(team: SimTeam): void {
  if (team.spec.backlogProne) {
    const pressure = 2 * team.vacantFte + Math.max(0, team.typicalLoad - 20);
    const next = 0.5 * team.backlog + pressure + team.rng.int(-2, 4);
    team.backlog = Math.max(0, Math.round(next));
  }
}

/** Cases waiting for allocation in the team this month. */
export function unallocatedIn(team: SimTeam): number {
  return team.backlog + team.orphaned;
}

/** Moves a team from the previous month end to this one. */
export function advanceTeam(
  ctx: CouncilContext,
  team: SimTeam,
  monthIndex: number,
  prevDate: string,
  asAt: string,
): void {
  const { rng, spec } = team;
  // A leaver's orphaned cases get picked up over the following months.
  team.orphaned = Math.floor(team.orphaned / 2);
  const drifted = spec.typicalLoad + spec.driftPerMonth * monthIndex;
  team.typicalLoad = Math.max(4, drifted + rng.between(-0.5, 0.5));
  closeAndAdvance(team);
  removeLeaver(team, prevDate, asAt);
  addJoiner(ctx, team, prevDate, asAt);
  fillTeam(ctx, team, asAt, (worker) =>
    randomDateAfter(rng, worker.joinedOn > prevDate ? worker.joinedOn : prevDate, asAt),
  );
  updateBacklog(team);
}
