/**
 * Council shapes of any size, for tests and for the national-scale option:
 * areas cycle through the five usual service areas, and each team's load is
 * drawn from a range typical of its kind of work.
 */
import type { AreaSpec, CouncilShape, TeamProfileId, TeamSpec } from './council-shape';
import { createRng, deriveSeed, type Rng } from './random';

interface AreaTemplate {
  slug: string;
  name: string;
  profile: TeamProfileId;
  teamName: string;
  typicalLoad: readonly [number, number];
}

const AREA_TEMPLATES: readonly AreaTemplate[] = [
  {
    slug: 'front-door',
    name: 'Front Door and Assessment',
    profile: 'assessment',
    teamName: 'Assessment Team',
    typicalLoad: [19, 25],
  },
  {
    slug: 'cin-cp',
    name: 'Child in Need and Child Protection',
    profile: 'cin-cp',
    teamName: 'CIN/CP Team',
    typicalLoad: [18, 25],
  },
  {
    slug: 'children-in-care',
    name: 'Children in Care',
    profile: 'children-in-care',
    teamName: 'Children in Care Team',
    typicalLoad: [15, 21],
  },
  {
    slug: 'care-leavers',
    name: 'Care Leavers',
    profile: 'care-leavers',
    teamName: 'Leaving Care Team',
    typicalLoad: [12, 17],
  },
  {
    slug: 'disabled-children',
    name: 'Disabled Children',
    profile: 'disabled-children',
    teamName: 'Children with Disabilities Team',
    typicalLoad: [10, 14],
  },
];

export interface SyntheticShapeOptions {
  seed: number;
  root: CouncilShape['root'];
  areas: number;
  teamsPerArea: number;
  caseHoldersPerTeam: number;
  /** Prefix for every id below the root; needed when councils are generated side by side. */
  idPrefix?: string;
}

function syntheticTeam(
  rng: Rng,
  template: AreaTemplate,
  areaId: string,
  index: number,
  caseHolders: number,
): TeamSpec {
  const [low, high] = template.typicalLoad;
  return {
    id: `${areaId}-team-${index}`,
    name: `${template.teamName} ${index}`,
    profile: template.profile,
    caseHolders,
    typicalLoad: Math.round(rng.between(low, high) * 2) / 2,
    driftPerMonth: Math.round(rng.between(-0.2, 0.2) * 100) / 100,
    backlogProne: rng.chance(0.4),
    initialVacantFte: rng.chance(0.4) ? rng.int(1, 4) / 2 : 0,
  };
}

/** A council shape with the given numbers of areas, teams per area and case holders per team. */
export function syntheticCouncilShape(options: SyntheticShapeOptions): CouncilShape {
  const rng = createRng(deriveSeed(options.seed, 'shape'));
  const prefix = options.idPrefix ?? '';
  const areas: AreaSpec[] = Array.from({ length: options.areas }, (_, areaIndex) => {
    const template = AREA_TEMPLATES[areaIndex % AREA_TEMPLATES.length];
    if (template === undefined) throw new Error('No area templates');
    const round = Math.floor(areaIndex / AREA_TEMPLATES.length);
    const suffix = round === 0 ? '' : `-${round + 1}`;
    const id = `${prefix}area-${template.slug}${suffix}`;
    return {
      id,
      name: round === 0 ? template.name : `${template.name} ${round + 1}`,
      teams: Array.from({ length: options.teamsPerArea }, (_, teamIndex) =>
        syntheticTeam(rng, template, id, teamIndex + 1, options.caseHoldersPerTeam),
      ),
    };
  });
  const teams = areas.flatMap((area) => area.teams);
  return {
    root: options.root,
    idPrefix: prefix,
    areas,
    // One senior manager per area, in its first team; one non-case-holding
    // qualified worker in every fourth team.
    seniorManagerTeamIds: areas.flatMap((area) => (area.teams[0] ? [area.teams[0].id] : [])),
    qualifiedWithoutCasesTeamIds: teams
      .filter((_, index) => index % 4 === 0)
      .map((team) => team.id),
  };
}
