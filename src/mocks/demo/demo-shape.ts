/**
 * Northbridge, the built-in demo council: five service areas, twenty teams,
 * about 180 workers. Loads are set so the demo shows the whole story a
 * service manager sees: quiet disabled-children and leaving-care teams, hot
 * assessment and CIN/CP teams, some teams improving and some getting worse.
 */
import type { AreaSpec, CouncilShape, TeamProfileId } from './council-shape';

export const DEMO_ORGANISATION = {
  id: 'demo-council',
  name: 'Northbridge Council (demo data)',
  // A fictional council: a region for the regional benchmark, but no LA code,
  // so that no real council is marked as if it were Northbridge.
  region: 'North West',
} as const;

export const DEMO_SEED = 20251031;

const AREAS: readonly (readonly [string, string])[] = [
  ['area-front-door', 'Front Door and Assessment'],
  ['area-cin-cp', 'Child in Need and Child Protection'],
  ['area-children-in-care', 'Children in Care'],
  ['area-care-leavers', 'Care Leavers'],
  ['area-disabled-children', 'Disabled Children'],
];

type TeamRow = readonly [
  areaId: string,
  id: string,
  name: string,
  profile: TeamProfileId,
  caseHolders: number,
  typicalLoad: number,
  driftPerMonth: number,
  backlogProne: boolean,
  initialVacantFte: number,
];

// A table reads better aligned than wrapped, hence prettier-ignore.
// prettier-ignore
const TEAM_ROWS: readonly TeamRow[] = [
  ['area-front-door', 'team-mash', 'MASH and Front Door', 'front-door', 7, 13, 0.05, true, 0],
  ['area-front-door', 'team-assessment-1', 'Assessment Team 1', 'assessment', 10, 24, 0.05, true, 1],
  ['area-front-door', 'team-assessment-2', 'Assessment Team 2', 'assessment', 10, 23.5, -0.15, false, 0],
  ['area-front-door', 'team-assessment-3', 'Assessment Team 3', 'assessment', 9, 22, 0.15, true, 0.6],
  ['area-cin-cp', 'team-cin-cp-north', 'CIN/CP Team North', 'cin-cp', 10, 25, -0.2, true, 1.5],
  ['area-cin-cp', 'team-cin-cp-south', 'CIN/CP Team South', 'cin-cp', 10, 21.5, 0.1, false, 0],
  ['area-cin-cp', 'team-cin-cp-east', 'CIN/CP Team East', 'cin-cp', 10, 21.5, 0, false, 0.5],
  ['area-cin-cp', 'team-cin-cp-west', 'CIN/CP Team West', 'cin-cp', 9, 23.5, -0.1, true, 2],
  ['area-cin-cp', 'team-cin-cp-central', 'CIN/CP Team Central', 'cin-cp', 8, 20.5, 0.05, false, 0],
  ['area-cin-cp', 'team-court', 'Court and Pre-proceedings Team', 'court', 7, 16.5, 0.05, false, 0],
  ['area-children-in-care', 'team-children-in-care-1', 'Children in Care Team 1', 'children-in-care', 9, 18.5, 0.08, false, 0],
  ['area-children-in-care', 'team-children-in-care-2', 'Children in Care Team 2', 'children-in-care', 9, 18.5, -0.1, true, 1],
  ['area-children-in-care', 'team-children-in-care-3', 'Children in Care Team 3', 'children-in-care', 8, 19.5, 0.1, false, 0],
  ['area-children-in-care', 'team-permanence', 'Permanence Team', 'children-in-care', 7, 16, 0, false, 0],
  ['area-care-leavers', 'team-leaving-care', 'Leaving Care Team', 'care-leavers', 8, 15, 0.05, false, 0],
  ['area-care-leavers', 'team-leaving-care-16-plus', '16+ Team', 'care-leavers', 6, 14, -0.05, false, 0.5],
  ['area-care-leavers', 'team-uasc-leaving-care', 'UASC and Leaving Care Team', 'care-leavers', 5, 16, 0.08, true, 0],
  ['area-disabled-children', 'team-disabilities-1', 'Children with Disabilities Team', 'disabled-children', 7, 13, 0.05, false, 0],
  ['area-disabled-children', 'team-disabilities-2', 'Children with Disabilities Team 2', 'disabled-children', 6, 13.5, -0.08, false, 0.8],
  ['area-disabled-children', 'team-preparing-for-adulthood', 'Preparing for Adulthood Team', 'disabled-children', 5, 10.5, 0, false, 0],
];

function buildAreas(): AreaSpec[] {
  return AREAS.map(([areaId, areaName]) => ({
    id: areaId,
    name: areaName,
    teams: TEAM_ROWS.filter((row) => row[0] === areaId).map(
      ([, id, name, profile, caseHolders, typicalLoad, driftPerMonth, backlogProne, vacant]) => ({
        id,
        name,
        profile,
        caseHolders,
        typicalLoad,
        driftPerMonth,
        backlogProne,
        initialVacantFte: vacant,
      }),
    ),
  }));
}

/** The shape of the Northbridge demo council. */
export const demoCouncilShape: CouncilShape = {
  root: {
    id: DEMO_ORGANISATION.id,
    name: DEMO_ORGANISATION.name,
    kind: 'organisation',
    parentId: null,
  },
  idPrefix: '',
  areas: buildAreas(),
  seniorManagerTeamIds: ['team-mash', 'team-cin-cp-north', 'team-children-in-care-1'],
  qualifiedWithoutCasesTeamIds: [
    'team-mash',
    'team-mash',
    'team-assessment-1',
    'team-court',
    'team-disabilities-1',
  ],
};
