/**
 * Weighting (points) schemes: "a case is not a case". Each case type carries
 * points, court work adds more, and a worker's capacity is a number of points
 * per FTE, lower for a worker in their ASYE. Councils each have their own
 * scheme, so the numbers here are examples to be replaced, never truth
 * (domain.md, "Beyond a count").
 */
import { z } from '../contract/zod';
import { caseTypes, type CaseDetail, type CaseType } from '../contract/v1';

export const MAX_CASE_POINTS = 100;
export const MAX_CAPACITY_PER_FTE = 1000;
export const MAX_SCHEME_NAME_LENGTH = 80;

const casePointsValue = z.number().min(0).max(MAX_CASE_POINTS);
const capacityValue = z.number().positive().max(MAX_CAPACITY_PER_FTE);

export const weightingSchemeSchema = z
  .object({
    name: z.string().trim().min(1).max(MAX_SCHEME_NAME_LENGTH),
    // An enum-keyed record is exhaustive in zod 4: every case type needs points.
    points: z.record(z.enum(caseTypes), casePointsValue),
    courtProceedingsExtra: casePointsValue,
    capacityPerFte: capacityValue,
    asyeCapacityPerFte: capacityValue,
  })
  .refine((scheme) => scheme.asyeCapacityPerFte <= scheme.capacityPerFte, {
    message: 'ASYE capacity must not be more than the full capacity',
    path: ['asyeCapacityPerFte'],
  });

export type WeightingScheme = z.infer<typeof weightingSchemeSchema>;

export interface WeightingExample {
  id: 'example-a' | 'example-b';
  /** The letter used on the button that loads it: "Load example A". */
  letter: string;
  /** Where the numbers come from: shown beside the example. */
  source: string;
  scheme: WeightingScheme;
}

const ILLUSTRATION =
  'An illustration of council practice from the Loadline domain notes (4–10 points by case type, 100 points per FTE, ASYE 90), not a standard: replace it with your council’s own scheme.';

const exampleA: WeightingExample = {
  id: 'example-a',
  letter: 'A',
  source: ILLUSTRATION,
  scheme: {
    name: 'Example A: points by case type',
    points: {
      'child-in-need': 5,
      'child-protection': 8,
      'looked-after': 7,
      'care-leaver': 4,
      other: 3,
    },
    courtProceedingsExtra: 3,
    capacityPerFte: 100,
    asyeCapacityPerFte: 90,
  },
};

const exampleB: WeightingExample = {
  id: 'example-b',
  letter: 'B',
  source: ILLUSTRATION,
  scheme: {
    name: 'Example B: heavier child protection and court work',
    points: {
      'child-in-need': 4,
      'child-protection': 10,
      'looked-after': 8,
      'care-leaver': 3,
      other: 2,
    },
    courtProceedingsExtra: 5,
    capacityPerFte: 100,
    asyeCapacityPerFte: 80,
  },
};

export const exampleWeightingSchemes: readonly WeightingExample[] = [exampleA, exampleB];

/** Example A: used until a council saves its own scheme. */
export const DEFAULT_WEIGHTING: WeightingScheme = exampleA.scheme;

/** Field labels for each case type's points: "Child protection points". */
export const caseTypePointsLabels: Record<CaseType, string> = {
  'child-in-need': 'Child in need points',
  'child-protection': 'Child protection points',
  'looked-after': 'Looked-after child points',
  'care-leaver': 'Care leaver points',
  other: 'Other case points',
};

// How each case type is named inside a sentence: "Points for care leavers …".
const caseTypePhrases: Record<CaseType, string> = {
  'child-in-need': 'child in need',
  'child-protection': 'child protection',
  'looked-after': 'looked-after children',
  'care-leaver': 'care leavers',
  other: 'other cases',
};

/** The points one case carries: its type's points, plus the court extra when in proceedings. */
export function casePoints(detail: CaseDetail, scheme: WeightingScheme): number {
  return (
    scheme.points[detail.type] + (detail.inCourtProceedings ? scheme.courtProceedingsExtra : 0)
  );
}

/** The points a worker's cases add up to. */
export function workerPoints(caseDetails: readonly CaseDetail[], scheme: WeightingScheme): number {
  return tidy(caseDetails.reduce((total, detail) => total + casePoints(detail, scheme), 0));
}

/** A worker's capacity in points: ASYE or full capacity per FTE, pro rata to their FTE. */
export function workerCapacityPoints(
  fte: number,
  isAsye: boolean,
  scheme: WeightingScheme,
): number {
  return tidy((isAsye ? scheme.asyeCapacityPerFte : scheme.capacityPerFte) * fte);
}

/** The scheme in one line, for captions: "Child in need 5, child protection 8, … 100 points per FTE (ASYE 90)". */
export function describeWeightingScheme(scheme: WeightingScheme): string {
  const perType = caseTypes
    .map((type) => `${caseTypePhrases[type]} ${scheme.points[type]}`)
    .join(', ');
  return `Points per case: ${perType}; ${scheme.courtProceedingsExtra} extra in court proceedings. Capacity: ${scheme.capacityPerFte} points per FTE (ASYE ${scheme.asyeCapacityPerFte}).`;
}

export interface WeightingDraft {
  name: string;
  points: Record<CaseType, string>;
  courtProceedingsExtra: string;
  capacityPerFte: string;
  asyeCapacityPerFte: string;
}

export type WeightingField =
  'name' | `points.${CaseType}` | 'courtProceedingsExtra' | 'capacityPerFte' | 'asyeCapacityPerFte';

export interface WeightingError {
  field: WeightingField;
  message: string;
}

export type WeightingValidation =
  { ok: true; scheme: WeightingScheme } | { ok: false; errors: WeightingError[] };

/** Turns a scheme into editable text fields. */
export function toWeightingDrafts(scheme: WeightingScheme): WeightingDraft {
  return {
    name: scheme.name,
    points: {
      'child-in-need': String(scheme.points['child-in-need']),
      'child-protection': String(scheme.points['child-protection']),
      'looked-after': String(scheme.points['looked-after']),
      'care-leaver': String(scheme.points['care-leaver']),
      other: String(scheme.points.other),
    },
    courtProceedingsExtra: String(scheme.courtProceedingsExtra),
    capacityPerFte: String(scheme.capacityPerFte),
    asyeCapacityPerFte: String(scheme.asyeCapacityPerFte),
  };
}

/** Validates every field of a scheme edit; returns the scheme only when all is well. */
export function validateWeightingDrafts(draft: WeightingDraft): WeightingValidation {
  const errors: WeightingError[] = [];

  const name = draft.name.trim();
  if (name === '') {
    errors.push({ field: 'name', message: 'Enter a name for the scheme.' });
  } else if (name.length > MAX_SCHEME_NAME_LENGTH) {
    errors.push({
      field: 'name',
      message: `The scheme name must be ${MAX_SCHEME_NAME_LENGTH} characters or fewer.`,
    });
  }

  const typePoints = (type: CaseType) =>
    parsePoints(draft.points[type], errors, {
      field: `points.${type}`,
      subject: `Points for ${caseTypePhrases[type]}`,
      enter: `the points for ${caseTypePhrases[type]}`,
      example: DEFAULT_WEIGHTING.points[type],
      zeroAllowed: true,
      max: MAX_CASE_POINTS,
    });
  // Written out in form order, so that errors are listed in the order of the fields.
  const points: Record<CaseType, number | null> = {
    'child-in-need': typePoints('child-in-need'),
    'child-protection': typePoints('child-protection'),
    'looked-after': typePoints('looked-after'),
    'care-leaver': typePoints('care-leaver'),
    other: typePoints('other'),
  };
  const courtProceedingsExtra = parsePoints(draft.courtProceedingsExtra, errors, {
    field: 'courtProceedingsExtra',
    subject: 'Extra points in court proceedings',
    enter: 'the extra points in court proceedings (0 for none)',
    example: DEFAULT_WEIGHTING.courtProceedingsExtra,
    zeroAllowed: true,
    max: MAX_CASE_POINTS,
  });
  const capacityPerFte = parsePoints(draft.capacityPerFte, errors, {
    field: 'capacityPerFte',
    subject: 'Capacity points per FTE',
    enter: 'the capacity in points per FTE',
    example: DEFAULT_WEIGHTING.capacityPerFte,
    zeroAllowed: false,
    max: MAX_CAPACITY_PER_FTE,
  });
  const asyeCapacityPerFte = parsePoints(draft.asyeCapacityPerFte, errors, {
    field: 'asyeCapacityPerFte',
    subject: 'ASYE capacity points per FTE',
    enter: 'the ASYE capacity in points per FTE',
    example: DEFAULT_WEIGHTING.asyeCapacityPerFte,
    zeroAllowed: false,
    max: MAX_CAPACITY_PER_FTE,
  });
  if (
    capacityPerFte !== null &&
    asyeCapacityPerFte !== null &&
    asyeCapacityPerFte > capacityPerFte
  ) {
    errors.push({
      field: 'asyeCapacityPerFte',
      message: `ASYE capacity must not be more than the full capacity (${capacityPerFte}).`,
    });
  }

  if (
    errors.length > 0 ||
    !everyTypeHasPoints(points) ||
    courtProceedingsExtra === null ||
    capacityPerFte === null ||
    asyeCapacityPerFte === null
  ) {
    return { ok: false, errors };
  }
  const scheme: WeightingScheme = {
    name,
    points,
    courtProceedingsExtra,
    capacityPerFte,
    asyeCapacityPerFte,
  };

  // A changed example kept under the example's name would caption every figure with a
  // scheme it no longer is: ask for a name of the council's own.
  const namesake = exampleWeightingSchemes.find(
    (example) => example.scheme.name.toLowerCase() === name.toLowerCase(),
  );
  if (namesake && !sameNumbers(namesake.scheme, scheme)) {
    return {
      ok: false,
      errors: [
        {
          field: 'name',
          message: `Give the scheme a name of its own: “${namesake.scheme.name}” is an example, and these numbers differ from it.`,
        },
      ],
    };
  }
  return { ok: true, scheme };
}

/** True when two schemes give every case and worker the same numbers, whatever their names. */
export function sameNumbers(a: WeightingScheme, b: WeightingScheme): boolean {
  return (
    caseTypes.every((type) => a.points[type] === b.points[type]) &&
    a.courtProceedingsExtra === b.courtProceedingsExtra &&
    a.capacityPerFte === b.capacityPerFte &&
    a.asyeCapacityPerFte === b.asyeCapacityPerFte
  );
}

function everyTypeHasPoints(
  points: Record<CaseType, number | null>,
): points is Record<CaseType, number> {
  return caseTypes.every((type) => points[type] !== null);
}

interface NumberRule {
  field: WeightingField;
  /** Starts a sentence: "Points for child protection". */
  subject: string;
  /** Follows "Enter": "the points for child protection". */
  enter: string;
  example: number;
  zeroAllowed: boolean;
  max: number;
}

function parsePoints(text: string, errors: WeightingError[], rule: NumberRule): number | null {
  const { field, subject, enter, example, zeroAllowed, max } = rule;
  const trimmed = text.trim();
  if (trimmed === '') {
    errors.push({ field, message: `Enter ${enter}.` });
    return null;
  }
  // Number('') and Number(' 1e3 ') are too forgiving: accept plain decimals only, as for caps.
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) {
    errors.push({ field, message: `${subject} must be a number, like ${example}.` });
    return null;
  }
  const value = Number(trimmed);
  if (value < 0) {
    errors.push({ field, message: `${subject} must not be negative.` });
    return null;
  }
  if (value === 0 && !zeroAllowed) {
    errors.push({ field, message: `${subject} must be more than 0.` });
    return null;
  }
  if (value > max) {
    errors.push({ field, message: `${subject} must be ${max} or less.` });
    return null;
  }
  return value;
}

// Sums of decimal points (0.1 + 0.2) would otherwise carry float noise into
// captions and into "at or over capacity" comparisons.
function tidy(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/**
 * The scheme as it is written in a link (`weights=`), so that a colleague
 * opening it weighs cases as the sender did: the points of each case type in
 * the contract's order, the court extra, the capacity and the ASYE capacity,
 * then a colon and the scheme's name (with any colon, comma or percent sign
 * in it percent-encoded): `5,8,7,4,3,3,100,90:Example A`.
 */
export function weightingToLinkText(scheme: WeightingScheme): string {
  const numbers = [
    ...caseTypes.map((type) => scheme.points[type]),
    scheme.courtProceedingsExtra,
    scheme.capacityPerFte,
    scheme.asyeCapacityPerFte,
  ];
  return `${numbers.join(',')}:${scheme.name.replace(/[%,:]/g, encodeURIComponent)}`;
}

/** The scheme a link names, checked by the scheme's own rules; null when it cannot be read. */
export function weightingFromLinkText(text: string): WeightingScheme | null {
  const colon = text.indexOf(':');
  if (colon < 0) return null;
  const numbers = text.slice(0, colon).split(',').map(Number);
  if (numbers.length !== caseTypes.length + 3 || numbers.some((n) => !Number.isFinite(n))) {
    return null;
  }
  let name: string;
  try {
    name = decodeURIComponent(text.slice(colon + 1));
  } catch {
    return null;
  }
  const [court, capacity, asyeCapacity] = numbers.slice(caseTypes.length);
  const parsed = weightingSchemeSchema.safeParse({
    name,
    points: Object.fromEntries(caseTypes.map((type, at) => [type, numbers[at]])),
    courtProceedingsExtra: court,
    capacityPerFte: capacity,
    asyeCapacityPerFte: asyeCapacity,
  });
  return parsed.success ? parsed.data : null;
}

/**
 * The scheme in force: the link's when it names one, else the one saved in
 * this browser, with a notice when the two differ or the link's cannot be read.
 */
export function resolveWeighting(
  linkText: string | undefined,
  saved: WeightingScheme,
): { scheme: WeightingScheme; notice: string | null } {
  if (linkText === undefined) return { scheme: saved, notice: null };
  const fromLink = weightingFromLinkText(linkText);
  if (fromLink === null) {
    return {
      scheme: saved,
      notice: `The weighting scheme in this link could not be read, so the scheme saved in this browser is used (${saved.name}).`,
    };
  }
  if (weightingToLinkText(fromLink) === weightingToLinkText(saved)) {
    return { scheme: saved, notice: null };
  }
  return {
    scheme: fromLink,
    notice: `This link weighs cases by its own scheme, so this page does too: ${fromLink.name}. The scheme saved in this browser is not changed.`,
  };
}
