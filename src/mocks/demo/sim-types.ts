/**
 * The generator's working state. It is richer than the contract (join dates,
 * load factors, whole families) and is turned into contract records only when
 * a snapshot is taken, so the simulation can mutate it freely month to month.
 */
import type { CaseType, WorkerRole } from '../../contract/v1';
import type { TeamSpec } from './council-shape';
import type { Rng } from './random';
import type { TeamProfile } from './team-profiles';

export interface SimChild {
  id: string;
  /** Date allocated to the current worker; reset when the family moves worker. */
  allocatedOn: string;
}

/** Children who arrive, move and close together: one child, or a sibling group. */
export interface SimFamily {
  siblingGroupId: string | null;
  type: CaseType;
  inCourtProceedings: boolean;
  children: SimChild[];
}

export interface SimWorker {
  id: string;
  unitId: string;
  displayName: string;
  role: WorkerRole;
  fte: number;
  agency: boolean;
  joinedOn: string;
  /** Last day of the worker's ASYE, or null if they were never in it here. */
  asyeUntil: string | null;
  /** Share of the team's typical load an ASYE worker is protected down to. */
  asyeShare: number;
  /** This worker's load relative to the team's typical load (a few are stretched). */
  loadFactor: number;
  /** Managers and non-case-holders hold a fixed small number instead. */
  fixedCap: number | null;
  /** New starters build up their caseload until this date. */
  rampUntil: string | null;
  families: SimFamily[];
}

export interface SimTeam {
  spec: TeamSpec;
  profile: TeamProfile;
  rng: Rng;
  workers: SimWorker[];
  /** Cases a full-time, experienced worker holds this month. */
  typicalLoad: number;
  /** Cases waiting because the team was stretched (backlog-prone teams only). */
  backlog: number;
  /** Cases a leaver held that no colleague had room for. */
  orphaned: number;
  vacantFte: number;
}

export interface IdSource {
  worker(): string;
  child(): string;
  siblingGroup(): string;
}

/** What the team-level steps share across the whole council. */
export interface CouncilContext {
  ids: IdSource;
  nextName: () => string;
}
