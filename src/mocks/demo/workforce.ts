/** Who works in a team: the initial staffing, new starters and each person's capacity. */
import type { WorkerRole } from '../../contract/v1';
import { addDays, addMonths } from './dates';
import type { CouncilContext, SimTeam, SimWorker } from './sim-types';

const PART_TIME_MIX: readonly (readonly [number, number])[] = [
  [1, 0.78],
  [0.8, 0.1],
  [0.6, 0.07],
  [0.5, 0.05],
];

// Agency workers are more often in post for months than years.
const AGENCY_TENURE_DAYS: readonly [number, number] = [30, 420];
const PERMANENT_TENURE_DAYS: readonly [number, number] = [120, 3600];

interface NewWorker {
  role: WorkerRole;
  joinedOn: string;
  fte?: number;
  agency?: boolean;
  asyeUntil?: string | null;
  fixedCap?: number | null;
  rampUntil?: string | null;
}

function makeWorker(ctx: CouncilContext, team: SimTeam, init: NewWorker): SimWorker {
  const { rng } = team;
  const stretched =
    (init.asyeUntil ?? null) === null && (init.fixedCap ?? null) === null && rng.chance(0.06);
  return {
    id: ctx.ids.worker(),
    unitId: team.spec.id,
    displayName: ctx.nextName(),
    role: init.role,
    fte: init.fte ?? 1,
    agency: init.agency ?? false,
    joinedOn: init.joinedOn,
    asyeUntil: init.asyeUntil ?? null,
    asyeShare: rng.between(0.6, 0.8),
    // A few workers carry far more than their colleagues: the people a
    // dashboard exists to spot, and the ones an average hides.
    loadFactor: stretched ? rng.between(1.25, 1.4) : rng.between(0.9, 1.08),
    fixedCap: init.fixedCap ?? null,
    rampUntil: init.rampUntil ?? null,
    families: [],
  };
}

function caseHolder(
  ctx: CouncilContext,
  team: SimTeam,
  role: WorkerRole,
  firstDate: string,
): SimWorker {
  const { rng } = team;
  // ASYE workers are employed, not agency, and usually full time.
  if (role === 'case-holder' && rng.chance(0.14)) {
    const asyeUntil = addMonths(firstDate, rng.int(1, 11));
    return makeWorker(ctx, team, { role, asyeUntil, joinedOn: addMonths(asyeUntil, -12) });
  }
  const agency = rng.chance(role === 'case-holder' ? 0.18 : 0.08);
  const [minDays, maxDays] = agency ? AGENCY_TENURE_DAYS : PERMANENT_TENURE_DAYS;
  return makeWorker(ctx, team, {
    role,
    agency,
    fte: agency ? 1 : rng.weighted(PART_TIME_MIX),
    joinedOn: addDays(firstDate, -rng.int(minDays, maxDays)),
  });
}

/** Staff for a team at the first snapshot: a manager, case holders and any extras placed here. */
export function staffTeam(
  ctx: CouncilContext,
  team: SimTeam,
  firstDate: string,
  extras: { seniorManagers: number; qualifiedWithoutCases: number },
): SimWorker[] {
  const { rng, spec } = team;
  const longAgo = (): string => addDays(firstDate, -rng.int(365, 4000));
  const workers = [
    makeWorker(ctx, team, {
      role: 'team-manager',
      joinedOn: longAgo(),
      fte: rng.chance(0.85) ? 1 : 0.8,
      fixedCap: rng.int(0, 4),
    }),
  ];
  for (let i = 0; i < extras.seniorManagers; i += 1) {
    const fixedCap = rng.int(0, 2);
    workers.push(makeWorker(ctx, team, { role: 'senior-manager', joinedOn: longAgo(), fixedCap }));
  }
  const seniors = Math.max(1, Math.round(spec.caseHolders * 0.18));
  for (let i = 0; i < spec.caseHolders; i += 1) {
    const role = i < seniors ? 'senior-practitioner' : 'case-holder';
    workers.push(caseHolder(ctx, team, role, firstDate));
  }
  for (let i = 0; i < extras.qualifiedWithoutCases; i += 1) {
    const fte = rng.weighted(PART_TIME_MIX);
    workers.push(
      makeWorker(ctx, team, {
        role: 'qualified-without-cases',
        joinedOn: longAgo(),
        fte,
        fixedCap: 0,
      }),
    );
  }
  return workers;
}

/** A new case holder filling a vacancy; some are newly qualified, some agency. */
export function createJoiner(ctx: CouncilContext, team: SimTeam, joinedOn: string): SimWorker {
  const { rng } = team;
  const rampUntil = addDays(joinedOn, 30);
  if (rng.chance(0.35)) {
    const asyeUntil = addMonths(joinedOn, 12);
    return makeWorker(ctx, team, { role: 'case-holder', joinedOn, asyeUntil, rampUntil });
  }
  const agency = rng.chance(0.3);
  return makeWorker(ctx, team, {
    role: rng.chance(0.1) ? 'senior-practitioner' : 'case-holder',
    joinedOn,
    agency,
    fte: agency ? 1 : rng.weighted(PART_TIME_MIX),
    rampUntil,
  });
}

/** True while the worker is in their ASYE on the given date. */
export function isAsyeOn(worker: SimWorker, asAt: string): boolean {
  return worker.asyeUntil !== null && asAt <= worker.asyeUntil;
}

/** How many cases the worker should hold this month, given the team's typical load. */
export function capacityOf(worker: SimWorker, typicalLoad: number, asAt: string): number {
  if (worker.fixedCap !== null) return worker.fixedCap;
  const share = isAsyeOn(worker, asAt) ? worker.asyeShare : worker.loadFactor;
  const ramp = worker.rampUntil !== null && asAt <= worker.rampUntil ? 0.5 : 1;
  return Math.round(worker.fte * typicalLoad * share * ramp);
}
