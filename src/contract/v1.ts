/**
 * Loadline data contract, version 1.
 *
 * Defined once here as zod schemas: the TypeScript types are inferred from
 * them and the JSON Schema in docs/contract/ is exported from them
 * (`npm run contract:schema`). docs/data-contract.md explains each field.
 *
 * Units and workers travel as flat lists (not a nested tree) so that each
 * record can be validated, and rejected with a reason, on its own: a bad
 * worker never takes its whole team down with it.
 */
import { z } from './zod';

export const CONTRACT_VERSION = 1;

/** A calendar date written YYYY-MM-DD, checked to be a real date. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((value) => {
    const parsed = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
  }, 'is not a real calendar date');

const id = z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters');

// A tag or comment opener: "<b", "</", "<!", "<?". A lone "<" (as in "< 5") is fine.
const MARKUP = /<[a-z/!?]/i;
// C0 and C1 control characters (tab, newline and the rest) and the bidirectional overrides
// (U+202A–202E, U+2066–2069): invisible, and a way to make text read as something else.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** True when a name has neither markup nor control characters (the fast path's check). */
export function isSafeDisplayText(text: string): boolean {
  return !MARKUP.test(text) && !CONTROL_CHARACTERS.test(text);
}

/**
 * A name shown on screen. Rendered only as text, never as HTML, but a name
 * that holds markup or control characters is a sign of a broken or hostile
 * producer, so the record is rejected and the reason shown.
 */
const displayText = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters')
  .refine((text) => !MARKUP.test(text), 'must not contain markup such as HTML tags (<…>)')
  .refine((text) => !CONTROL_CHARACTERS.test(text), 'must not contain control characters');

/**
 * The reason for a number that arrived as something else, in plain words:
 * "NaN" and "Infinity" as text are not numbers at all; "12" is a number
 * written as text, which a producer should send as a JSON number.
 */
function numberIssue(issue: { input?: unknown }): string | undefined {
  const { input } = issue;
  if (typeof input !== 'string') return undefined;
  const text = input.trim();
  const shown = text.length > 20 ? `${text.slice(0, 20)}…` : text;
  if (/^[-+]?(nan|inf|infinity)$/i.test(text)) {
    return `must be a finite number, not the text "${shown}"`;
  }
  if (text !== '' && Number.isFinite(Number(text))) {
    return `is a number written as text ("${shown}"); it must be sent as a JSON number`;
  }
  return `must be a number, not the text "${shown}"`;
}

/** A JSON number, with plain-words reasons when text arrives in its place. */
export const jsonNumber = () => z.number({ error: numberIssue });

export const organisationSchema = z.object({
  id,
  name: displayText,
  laCode: z
    .string()
    .trim()
    .regex(
      /^(\d{3}|E\d{8})$/,
      'must be a local authority code: 3 digits as in the CSWW return (340) or the 9-character ONS code (E08000011)',
    )
    .optional()
    .describe(
      'The council’s local authority code, when the organisation is an English council: 3 digits as in the CSWW return, or the ONS code. Loadline then finds the council in the DfE tables and shows its place among all councils.',
    ),
  region: displayText
    .optional()
    .describe(
      'The region the organisation is in, as DfE names it (North West, Inner London, ...), for the regional benchmark. Without it Loadline takes the region of the council the laCode names.',
    ),
});

/** GET {base}/snapshots: the as-at dates for which a snapshot exists. */
export const snapshotListSchema = z.object({
  version: z.literal(CONTRACT_VERSION),
  organisation: organisationSchema,
  snapshots: z.array(isoDate).min(0),
});

export const unitKinds = ['organisation', 'region', 'council', 'area', 'team'] as const;

/**
 * The markers DfE's published tables put in place of a value: x (not
 * available), u (low reliability), z (not applicable), low (more than zero
 * but rounds to zero). Each means "unknown", never zero.
 */
export const suppressionMarkers = ['x', 'u', 'z', 'low'] as const;

/** A suppression marker from a published table. */
export const suppressedValueSchema = z
  .enum(suppressionMarkers)
  .describe(
    'A marker from a published table in place of a value: x (not available), u (low reliability), z (not applicable), low (more than zero but rounds to zero). Unknown, never zero.',
  );

// A published figure: a number, null (not known) or a suppression marker.
// Markers travel as sent so that the screen can say which one it was.
const publishedAmount = z.union([
  jsonNumber().min(0, 'must not be negative'),
  z.null(),
  suppressedValueSchema,
]);
const publishedCount = z.union([
  jsonNumber().int('must be a whole number').min(0, 'must not be negative'),
  z.null(),
  suppressedValueSchema,
]);

/**
 * Totals for a leaf unit that sends no workers: published statistics, or a
 * unit that shares totals only, for privacy. Headcount and in-post FTE count
 * social workers employed in every role, agency workers not included (DfE's
 * in-post figures); agency FTE counts agency workers in every role.
 */
export const unitAggregateSchema = z
  .object({
    /** Cases (children) held by case-holding social workers, agency included. */
    cases: publishedCount,
    /** FTE of those case-holding social workers. */
    caseHolderFte: publishedAmount,
    headcount: publishedCount.optional(),
    inPostFte: publishedAmount.optional(),
    agencyFte: publishedAmount.optional(),
    vacantFte: publishedAmount.optional(),
    unallocatedCases: publishedCount.optional(),
  })
  .describe(
    'Totals in place of workers, for a unit with no units beneath it and no workers (Loadline rejects any other). Each value is a number, null (not known) or a suppression marker; a unit whose cases or caseHolderFte is not a number is left out of both sides of the caseload, and named on screen.',
  );

export const unitSchema = z.object({
  id,
  /** null for the single root unit (the organisation). */
  parentId: id.nullable(),
  name: displayText,
  /** What kind of unit this is; free text is allowed beyond the usual kinds. */
  kind: z.union([z.enum(unitKinds), id]),
  /**
   * For teams: the kind of work, so caps can differ by it (e.g. short-term
   * assessment teams and long-term teams). Usual values in teamTypes.
   */
  teamType: id.optional(),
  /** Cases waiting for allocation, held by the unit rather than a worker; null or absent: not reported. */
  unallocatedCases: jsonNumber()
    .int('must be a whole number')
    .min(0, 'must not be negative')
    .nullable()
    .optional(),
  /** Funded posts without a worker in them, in FTE; null or absent: not reported. */
  vacantFte: jsonNumber().min(0, 'must not be negative').max(10_000).nullable().optional(),
  /**
   * Totals in place of workers, for a unit with no units beneath it. A unit
   * with an aggregate has no workers (checked in validate-snapshot.ts).
   */
  aggregate: unitAggregateSchema.optional(),
});

export const teamTypes = [
  'short-term',
  'long-term',
  'leaving-care',
  'disabled-children',
  'adults',
] as const;

export const workerRoles = [
  'case-holder',
  'senior-practitioner',
  'team-manager',
  'senior-manager',
  'qualified-without-cases',
] as const;

export const caseTypes = [
  'child-in-need',
  'child-protection',
  'looked-after',
  'care-leaver',
  'other',
] as const;

export const caseDetailSchema = z.object({
  id,
  type: z.enum(caseTypes),
  inCourtProceedings: z.boolean(),
  /** Children sharing a sibling group id belong to one family. */
  siblingGroupId: id.nullable().optional(),
  allocatedOn: isoDate,
});

export const workerSchema = z
  .object({
    id,
    unitId: id,
    displayName: displayText,
    role: z.enum(workerRoles),
    /** In the Assessed and Supported Year in Employment (newly qualified). */
    asye: z.boolean(),
    agency: z.boolean(),
    /** Contracted hours / standard full-time hours, 0 to 1. */
    fte: jsonNumber().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1'),
    /** Number of cases (children) allocated to this worker. */
    casesHeld: jsonNumber().int('must be a whole number').min(0, 'must not be negative'),
    caseDetails: z.array(caseDetailSchema).optional(),
  })
  .refine(
    (worker) => worker.caseDetails === undefined || worker.caseDetails.length === worker.casesHeld,
    {
      message: 'caseDetails lists a different number of cases from casesHeld',
      path: ['caseDetails'],
    },
  );

/**
 * GET {base}/snapshots/{asAt}: one organisation as at one date.
 * The envelope is strict; units and workers are validated one by one.
 */
export const snapshotEnvelopeSchema = z.object({
  version: z.literal(CONTRACT_VERSION),
  asAt: isoDate,
  organisation: organisationSchema,
  units: z.array(z.unknown()),
  workers: z.array(z.unknown()),
});

/** A fully valid snapshot, as a producer of the contract should send it. */
export const snapshotSchema = snapshotEnvelopeSchema.extend({
  units: z.array(unitSchema),
  workers: z.array(workerSchema),
});

export type Organisation = z.infer<typeof organisationSchema>;
export type SnapshotList = z.infer<typeof snapshotListSchema>;
export type Unit = z.infer<typeof unitSchema>;
export type SuppressionMarker = (typeof suppressionMarkers)[number];
export type UnitAggregate = z.infer<typeof unitAggregateSchema>;
/** One published figure as sent: a number, null (not known) or a suppression marker. */
export type PublishedValue = number | null | SuppressionMarker;
export type WorkerRole = (typeof workerRoles)[number];
export type CaseType = (typeof caseTypes)[number];
export type CaseDetail = z.infer<typeof caseDetailSchema>;
export type Worker = z.infer<typeof workerSchema>;
export type Snapshot = z.infer<typeof snapshotSchema>;

/** Paths of the v1 endpoints, relative to the configured base path. */
export const endpoints = {
  snapshots: (base: string) => `${trimSlash(base)}/snapshots`,
  snapshot: (base: string, asAt: string) => `${trimSlash(base)}/snapshots/${asAt}`,
};

function trimSlash(base: string): string {
  return base.endsWith('/') ? base.slice(0, -1) : base;
}
