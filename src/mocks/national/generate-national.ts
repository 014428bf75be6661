/**
 * England at national scale, for the benchmark and for trying Loadline on
 * tens of thousands of workers: England, its nine regions, about 150
 * councils, five service areas of five teams each, eight workers a team
 * (30,000 workers holding about 450,000 cases). Counts only: no per-case
 * details, which would be millions of records. Seeded, so every run and
 * machine sees the same nation; each month end drifts the loads a little.
 */
import { CONTRACT_VERSION, type Snapshot, type Unit, type Worker } from '../../contract/v1';
import { createNameSource } from '../demo/names';
import { createRng, deriveSeed, type Rng } from '../demo/random';

export const NATIONAL_SEED = 20260131;

export const NATIONAL_ORGANISATION = {
  id: 'england',
  name: 'England (national-scale demo data)',
} as const;

/** The nine regions of England and how many councils each has here (150 in all). */
export const NATIONAL_REGIONS: readonly (readonly [id: string, name: string, councils: number])[] =
  [
    ['region-north-east', 'North East', 12],
    ['region-north-west', 'North West', 23],
    ['region-yorkshire', 'Yorkshire and the Humber', 15],
    ['region-east-midlands', 'East Midlands', 10],
    ['region-west-midlands', 'West Midlands', 14],
    ['region-east', 'East of England', 11],
    ['region-london', 'London', 33],
    ['region-south-east', 'South East', 19],
    ['region-south-west', 'South West', 13],
  ];

const AREAS: readonly (readonly [
  slug: string,
  name: string,
  team: string,
  low: number,
  high: number,
  teamType: string,
])[] = [
  ['front-door', 'Front Door and Assessment', 'Assessment Team', 19, 26, 'short-term'],
  ['cin-cp', 'Child in Need and Child Protection', 'CIN/CP Team', 18, 26, 'long-term'],
  ['children-in-care', 'Children in Care', 'Children in Care Team', 15, 22, 'long-term'],
  ['care-leavers', 'Care Leavers', 'Leaving Care Team', 12, 18, 'leaving-care'],
  [
    'disabled-children',
    'Disabled Children',
    'Children with Disabilities Team',
    10,
    15,
    'disabled-children',
  ],
];

export const TEAMS_PER_AREA = 5;
export const WORKERS_PER_TEAM = 8;

// Invented place names, so no real council is shown with made-up figures.
const PLACE_STARTS = [
  'Ash',
  'Bar',
  'Brad',
  'Cal',
  'Dun',
  'El',
  'Fair',
  'Glen',
  'Hal',
  'Kings',
  'Lang',
  'Mar',
  'North',
  'Oak',
  'Pen',
  'Red',
  'Stan',
  'Thorn',
  'Wes',
  'Wick',
];
const PLACE_ENDS = [
  'borough',
  'bridge',
  'bury',
  'by',
  'caster',
  'field',
  'ford',
  'ham',
  'ley',
  'mouth',
  'stead',
  'ton',
  'wick',
  'worth',
];

export interface NationalOptions {
  asAt: string;
  /** Months since the first snapshot: loads drift with it. */
  month?: number;
  seed?: number;
}

/** One national snapshot as the v1 contract sends it. */
export function generateNational({
  asAt,
  month = 0,
  seed = NATIONAL_SEED,
}: NationalOptions): Snapshot {
  const units: Unit[] = [
    {
      id: NATIONAL_ORGANISATION.id,
      parentId: null,
      name: NATIONAL_ORGANISATION.name,
      kind: 'organisation',
    },
  ];
  const workers: Worker[] = [];
  const placeNames = councilNames(createRng(deriveSeed(seed, 'places')));
  let councilNumber = 0;
  for (const [regionId, regionName, councils] of NATIONAL_REGIONS) {
    units.push({
      id: regionId,
      parentId: NATIONAL_ORGANISATION.id,
      name: regionName,
      kind: 'region',
    });
    for (let c = 0; c < councils; c += 1) {
      const councilId = `council-${councilNumber + 1}`;
      const councilName = `${placeNames[councilNumber] ?? councilId} Council`;
      councilNumber += 1;
      units.push({ id: councilId, parentId: regionId, name: councilName, kind: 'council' });
      // The council's own stream: the same council always gets the same teams and people.
      const rng = createRng(deriveSeed(seed, councilId));
      const monthRng = createRng(deriveSeed(seed, `${councilId}@${month}`));
      const nextName = createNameSource(rng);
      const councilPressure = rng.between(-3, 3);
      for (const [slug, areaName, teamName, low, high, teamType] of AREAS) {
        const areaId = `${councilId}-${slug}`;
        units.push({ id: areaId, parentId: councilId, name: areaName, kind: 'area' });
        for (let t = 1; t <= TEAMS_PER_AREA; t += 1) {
          const teamId = `${areaId}-team-${t}`;
          const drift = rng.between(-0.25, 0.25) * month;
          const typical = Math.max(4, rng.between(low, high) + councilPressure + drift);
          units.push({
            id: teamId,
            parentId: areaId,
            name: `${teamName} ${t}`,
            kind: 'team',
            teamType,
            unallocatedCases: rng.chance(0.3) ? monthRng.int(0, 12) : 0,
            vacantFte: rng.chance(0.35) ? rng.int(1, 4) / 2 : 0,
          });
          for (let w = 0; w < WORKERS_PER_TEAM; w += 1) {
            workers.push(nationalWorker(rng, monthRng, nextName, teamId, w, typical));
          }
        }
      }
    }
  }
  return {
    version: CONTRACT_VERSION,
    asAt,
    organisation: { ...NATIONAL_ORGANISATION },
    units,
    workers,
  };
}

/** Worker 0 manages the team; 1 is a senior practitioner; the rest hold cases. */
function nationalWorker(
  rng: Rng,
  monthRng: Rng,
  nextName: () => string,
  teamId: string,
  position: number,
  typical: number,
): Worker {
  const role: Worker['role'] =
    position === 0 ? 'team-manager' : position === 1 ? 'senior-practitioner' : 'case-holder';
  const asye = role === 'case-holder' && rng.chance(0.12);
  const fte = rng.weighted<number>([
    [1, 78],
    [0.8, 10],
    [0.6, 7],
    [0.5, 5],
  ]);
  const protectedShare = asye ? 0.8 : 1;
  const cases =
    role === 'team-manager'
      ? 0
      : Math.max(0, Math.round(typical * fte * protectedShare + monthRng.between(-4, 4)));
  return {
    id: `${teamId}-w${position + 1}`,
    unitId: teamId,
    displayName: nextName(),
    role,
    asye,
    agency: rng.chance(0.16),
    fte,
    casesHeld: cases,
  };
}

/**
 * Joinings of the parts above that are (or begin) the name of a real council
 * with children's services in DfE's table: never drawn, so no real council is
 * shown with invented figures. generate-national.test.ts checks every joining
 * against the table.
 */
export const REAL_COUNCIL_NAMES: ReadonlySet<string> = new Set([
  'Bradford',
  'Halton',
  'Kingston',
  'Redbridge',
]);

/** Every place name the generator can draw. */
export function inventedPlaceNames(): string[] {
  return PLACE_STARTS.flatMap((start) => PLACE_ENDS.map((end) => `${start}${end}`)).filter(
    (name) => !REAL_COUNCIL_NAMES.has(name),
  );
}

function councilNames(rng: Rng): string[] {
  const places = inventedPlaceNames();
  const names = new Set<string>();
  while (names.size < 160) names.add(rng.pick(places));
  return [...names];
}
