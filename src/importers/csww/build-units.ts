/**
 * Builds the unit tree for a census import and says which unit each worker
 * sits in. Without a team mapping the council is a single unit that holds
 * every worker (a root with no units beneath it is a leaf, so the contract
 * lets it hold workers). With a mapping: council > service areas (when given)
 * > teams, and a "Not mapped to a team" team for workers the mapping misses.
 */
import type { Unit } from '../../contract/v1';
import type { ImportProblem } from '../import-result';
import type { TeamAssignment } from './team-mapping';

export const notMappedTeamName = 'Not mapped to a team';
const notMappedTeamId = 'team-not-mapped';

export interface PlacedWorker {
  sweNo: string;
  /** 1-based record number in the census file. */
  record: number;
}

export interface UnitPlacement {
  units: Unit[];
  unitIdBySweNo: Map<string, string>;
  /** Warnings: workers with no mapping row, mapping rows with no census worker. */
  problems: ImportProblem[];
}

/** Places each worker in a unit: the council itself, or their mapped team. */
export function buildUnits(
  root: { id: string; name: string },
  workers: readonly PlacedWorker[],
  mapping: ReadonlyMap<string, TeamAssignment> | null,
  /** Every valid SWENo in the census, rejected records included: their rows are not "missing". */
  censusSweNos: ReadonlySet<string> = new Set(workers.map((worker) => worker.sweNo)),
): UnitPlacement {
  const rootUnit: Unit = { id: root.id, parentId: null, name: root.name, kind: 'organisation' };
  if (mapping === null) {
    return {
      units: [rootUnit],
      unitIdBySweNo: new Map(workers.map((worker) => [worker.sweNo, root.id])),
      problems: [],
    };
  }

  const ids = new UnitIds([root.id, notMappedTeamId]);
  const areaIds = new Map<string, string>();
  const teamIds = new Map<string, string>();
  const units: Unit[] = [rootUnit];
  // Teams are created in the order of the mapping file, and only when a census worker is in them.
  const inCensus = new Set(workers.map((worker) => worker.sweNo));
  const rows = [...mapping.entries()].sort(([, a], [, b]) => a.line - b.line);
  for (const [sweNo, { team, serviceArea }] of rows) {
    if (!inCensus.has(sweNo)) continue;
    const teamKey = JSON.stringify([serviceArea, team]);
    if (teamIds.has(teamKey)) continue;
    let parentId = root.id;
    if (serviceArea !== null) {
      let areaId = areaIds.get(serviceArea);
      if (areaId === undefined) {
        areaId = ids.next('area', [serviceArea]);
        areaIds.set(serviceArea, areaId);
        units.push({ id: areaId, parentId: root.id, name: serviceArea, kind: 'area' });
      }
      parentId = areaId;
    }
    const teamId = ids.next('team', serviceArea === null ? [team] : [serviceArea, team]);
    teamIds.set(teamKey, teamId);
    units.push({ id: teamId, parentId, name: team, kind: 'team' });
  }

  const unitIdBySweNo = new Map<string, string>();
  const problems: ImportProblem[] = [];
  for (const { sweNo, record } of workers) {
    const assignment = mapping.get(sweNo);
    if (assignment) {
      const teamId = teamIds.get(JSON.stringify([assignment.serviceArea, assignment.team]));
      if (teamId !== undefined) unitIdBySweNo.set(sweNo, teamId);
      continue;
    }
    unitIdBySweNo.set(sweNo, notMappedTeamId);
    problems.push({
      line: record,
      subject: sweNo,
      reason: `${sweNo} has no row in the team mapping CSV, so they are shown in the team "${notMappedTeamName}".`,
      rejected: false,
    });
  }
  if (problems.length > 0) {
    units.push({ id: notMappedTeamId, parentId: root.id, name: notMappedTeamName, kind: 'team' });
  }
  for (const [sweNo, { line }] of rows) {
    if (censusSweNos.has(sweNo)) continue;
    problems.push({
      line: null,
      subject: sweNo,
      reason: `Team mapping CSV, line ${line}: ${sweNo} is not in the census file; the row was not used.`,
      rejected: false,
    });
  }
  return { units, unitIdBySweNo, problems };
}

/** Readable, unique unit ids made from names, so links (?unit=…) stay the same from year to year. */
class UnitIds {
  private readonly used: Set<string>;

  constructor(reserved: readonly string[]) {
    this.used = new Set(reserved);
  }

  next(prefix: string, names: readonly string[]): string {
    const slug = names.map(slugify).filter(Boolean).join('-').slice(0, 80) || 'unnamed';
    const base = `${prefix}-${slug}`;
    let id = base;
    for (let n = 2; this.used.has(id); n += 1) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}

function slugify(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
