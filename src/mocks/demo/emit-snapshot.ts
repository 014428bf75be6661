/** Turns the simulation's working state into contract records for one date. */
import type { CaseDetail, Unit, Worker } from '../../contract/v1';
import type { CouncilShape, TeamProfileId } from './council-shape';
import { casesHeldBy } from './families';
import type { SimTeam, SimWorker } from './sim-types';
import { unallocatedIn } from './monthly-step';
import { isAsyeOn } from './workforce';

/**
 * The unit tree as a flat list. Only teams carry unallocated cases and
 * vacancies: areas and the root leave them out so the app sums its subtree
 * instead of counting twice.
 */
// The kind of team for caps: short-term teams carry many brief pieces of work.
const teamTypeOf: Record<TeamProfileId, string> = {
  'front-door': 'short-term',
  assessment: 'short-term',
  'cin-cp': 'long-term',
  court: 'long-term',
  'children-in-care': 'long-term',
  'care-leavers': 'leaving-care',
  'disabled-children': 'disabled-children',
};

export function emitUnits(shape: CouncilShape, teams: ReadonlyMap<string, SimTeam>): Unit[] {
  const units: Unit[] = [{ ...shape.root }];
  for (const area of shape.areas) {
    units.push({ id: area.id, parentId: shape.root.id, name: area.name, kind: 'area' });
    for (const spec of area.teams) {
      const team = teams.get(spec.id);
      units.push({
        id: spec.id,
        parentId: area.id,
        name: spec.name,
        kind: 'team',
        teamType: teamTypeOf[spec.profile],
        unallocatedCases: team === undefined ? 0 : unallocatedIn(team),
        vacantFte: team?.vacantFte ?? 0,
      });
    }
  }
  return units;
}

// Plain code-unit order: ids and ISO dates sort correctly, and it is much
// faster than localeCompare over tens of thousands of cases.
function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function caseDetailsOf(worker: SimWorker): CaseDetail[] {
  const details: CaseDetail[] = [];
  for (const family of worker.families) {
    for (const child of family.children) {
      details.push({
        id: child.id,
        type: family.type,
        inCourtProceedings: family.inCourtProceedings,
        siblingGroupId: family.siblingGroupId,
        allocatedOn: child.allocatedOn,
      });
    }
  }
  // Oldest first reads naturally in a supervision list.
  return details.sort(
    (a, b) => compareText(a.allocatedOn, b.allocatedOn) || compareText(a.id, b.id),
  );
}

/** Every worker in post on the date, team by team, with their cases. */
export function emitWorkers(teams: Iterable<SimTeam>, asAt: string): Worker[] {
  const workers: Worker[] = [];
  for (const team of teams) {
    for (const worker of team.workers) {
      workers.push({
        id: worker.id,
        unitId: worker.unitId,
        displayName: worker.displayName,
        role: worker.role,
        asye: isAsyeOn(worker, asAt),
        agency: worker.agency,
        fte: worker.fte,
        casesHeld: casesHeldBy(worker),
        caseDetails: caseDetailsOf(worker),
      });
    }
  }
  return workers;
}
