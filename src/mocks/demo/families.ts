/** Creating families of cases and moving them through their plans. */
import { addDays, daysBetween } from './dates';
import type { Rng } from './random';
import type { IdSource, SimFamily, SimWorker } from './sim-types';
import type { TeamProfile } from './team-profiles';

/** Number of children (cases) a worker holds. */
export function casesHeldBy(worker: SimWorker): number {
  let count = 0;
  for (const family of worker.families) count += family.children.length;
  return count;
}

/**
 * A new family of one or more children for a team of the given profile.
 * maxSize keeps a sibling group from overfilling a manager's small caseload.
 */
export function createFamily(
  rng: Rng,
  ids: IdSource,
  profile: TeamProfile,
  allocatedOn: string,
  maxSize: number,
): SimFamily {
  const size = Math.max(1, Math.min(maxSize, rng.weighted(profile.familySizes)));
  const type = rng.weighted(profile.caseTypes);
  const courtShare = profile.courtShare[type] ?? 0;
  return {
    siblingGroupId: size > 1 ? ids.siblingGroup() : null,
    type,
    inCourtProceedings: rng.chance(courtShare),
    children: Array.from({ length: size }, () => ({ id: ids.child(), allocatedOn })),
  };
}

/**
 * A plausible allocation date for a case already held at the first snapshot:
 * never before the worker joined, never older than the team's cases run.
 */
export function initialAllocationDate(
  rng: Rng,
  profile: TeamProfile,
  worker: SimWorker,
  firstDate: string,
): string {
  const tenure = Math.max(0, daysBetween(worker.joinedOn, firstDate));
  return addDays(firstDate, -rng.int(0, Math.min(profile.maxInitialAgeDays, tenure)));
}

/** Moves a family one month on: plans escalate or step down, proceedings start or end. */
export function advanceFamily(rng: Rng, profile: TeamProfile, family: SimFamily): void {
  if (family.type === 'child-in-need' && rng.chance(profile.escalate)) {
    family.type = 'child-protection';
  } else if (family.type === 'child-protection' && rng.chance(profile.stepDown)) {
    family.type = 'child-in-need';
  }
  const canBeInCourt = family.type === 'child-protection' || family.type === 'looked-after';
  if (!canBeInCourt) {
    family.inCourtProceedings = false;
  } else if (family.inCourtProceedings) {
    if (rng.chance(profile.courtEnd)) family.inCourtProceedings = false;
  } else if (rng.chance(profile.courtStart)) {
    family.inCourtProceedings = true;
  }
}
