/**
 * The shape of a generated council: which areas and teams it has and how
 * loaded each team is. Kept as plain data so that the demo council, a tiny
 * council for tests and (later) hundreds of councils at national scale all go
 * through the same generator.
 */
import type { Unit } from '../../contract/v1';

/** The kind of work a team does; decides case types, churn and sibling share. */
export type TeamProfileId =
  | 'front-door'
  | 'assessment'
  | 'cin-cp'
  | 'court'
  | 'children-in-care'
  | 'care-leavers'
  | 'disabled-children';

export interface TeamSpec {
  id: string;
  name: string;
  profile: TeamProfileId;
  /** Case holders and senior practitioners at the start (the team manager is extra). */
  caseHolders: number;
  /** Cases a full-time, experienced worker in this team typically holds at the start. */
  typicalLoad: number;
  /** Change in typicalLoad per month: negative teams get better over the year. */
  driftPerMonth: number;
  /** Whether work waits unallocated in this team when it is stretched. */
  backlogProne: boolean;
  /** Funded posts empty at the start, in FTE. */
  initialVacantFte: number;
}

export interface AreaSpec {
  id: string;
  name: string;
  teams: TeamSpec[];
}

export interface CouncilShape {
  /** The root unit: an organisation for the demo, a council under a region later. */
  root: Pick<Unit, 'id' | 'name' | 'kind' | 'parentId'>;
  areas: AreaSpec[];
  /** Teams that host a senior manager (one per listed id, repeats allowed). */
  seniorManagerTeamIds: string[];
  /** Teams that host a qualified social worker without cases (one per listed id). */
  qualifiedWithoutCasesTeamIds: string[];
  /**
   * Prefix for worker, case and sibling group ids, so that several councils
   * generated together never share an id. Empty for a single council.
   */
  idPrefix: string;
}
