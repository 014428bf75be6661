/**
 * Values that are possible but so far outside what councils report that they
 * are more likely a slip than a fact: a team's total typed into one worker's
 * row, hours typed as FTE, 0.06 for 0.6. A record with such a value is kept
 * and counted as sent, because it may be true and a guess would lose it; but
 * the person is told which record, which value and which limit, so that no
 * one reads 200,000 cases per FTE off a chart without being asked to check it.
 *
 * The limits sit far above any caseload a council publishes, so a flag means
 * "check this record", never "this load is high": the caps say what is high.
 * They are set here and nowhere else; docs/measures.md gives the reasons with
 * the figures behind them (../shared/domain.md). They sit beside the contract
 * rather than in domain/ because the importers, which sit below the domain,
 * report them too: a census import and the dashboard must use one set of
 * limits. Like the contract, this module is pure: no React.
 */
import { roundToTenth } from './rounding';
import type { Unit, Worker } from './v1';

export const PLAUSIBILITY_LIMITS = {
  /**
   * More cases than this held by one worker is flagged. England’s caseload is
   * about 16 cases per FTE (15.2 in 2025, 17.7 in 2017), councils range from
   * about 10 to 26, and the caps in use run from 15 to 25+. 60 is more than
   * twice the highest cap and more than three times England’s figure: a
   * count above it is more likely a team's cases, or every case held over a
   * year, than one person's caseload on one day.
   */
  casesHeld: 60,
  /**
   * A worker who holds cases on less FTE than this is flagged: 0.1 FTE is
   * under 4 hours of a 37-hour week. Such a value is more likely a slip
   * (0.06 for 0.6) than a post. FTE 0 is not flagged: it already means "no
   * FTE recorded", and the worker is left out of the figures and named.
   */
  fteWithCases: 0.1,
  /**
   * More cases per FTE (cases held ÷ FTE) than this is flagged: four times
   * the highest cap and six times England’s figure. It catches an FTE too
   * small for the cases that the other two limits let through (20 cases on
   * 0.15 FTE is 133 per FTE), and such a bar stretches the chart's axis so
   * far that every other bar is flattened.
   */
  casesPerFte: 100,
  /**
   * More unallocated cases than this on one team is flagged: 200 is as many
   * cases as ten full-time workers hold at 20 each, a whole team's work
   * waiting. Unallocated cases usually add about a tenth to a team's
   * allocated ones (1 : 18 allocated, 1 : 20 with unallocated counted, in
   * Northern Ireland's family intervention teams); 200 is more likely a
   * service's waiting list, or a count over time, put on one team.
   */
  teamUnallocatedCases: 200,
  /**
   * More vacant FTE than this on one team is flagged. England’s vacancy rate
   * is 14% to 20% of posts; at that rate 20 vacant FTE would be a team of
   * 100 posts or more. It is more likely hours (a 37-hour post) than FTE, or
   * a service's vacancies put on one team.
   */
  teamVacantFte: 20,
} as const;

export type PlausibilityCheck = keyof typeof PLAUSIBILITY_LIMITS;

export interface ImplausibleValue {
  check: PlausibilityCheck;
  /** The value as sent (or, for cases per FTE, worked out from it). */
  value: number;
  limit: number;
  /** Short, for lists: "150 cases held (more than 60)". */
  summary: string;
  /** The whole reason, for an import report: the value, the limit, and what to check. */
  reason: string;
}

export interface ImplausibleRecord {
  kind: 'worker' | 'unit';
  id: string;
  /** The worker's display name or the unit's name. */
  name: string;
  values: readonly ImplausibleValue[];
}

const NOTHING: readonly ImplausibleValue[] = [];

/** A usual full-time week in English local government, to put a small FTE in hours. */
const FULL_TIME_HOURS = 37;

/**
 * Formats made on first use: this module loads with the first page, and
 * making a format takes milliseconds that would hold back the first request
 * for data, for words that most snapshots never need.
 */
function formatOnFirstUse(options: Intl.NumberFormatOptions): (value: number) => string {
  let format: Intl.NumberFormat | undefined;
  return (value) => (format ??= new Intl.NumberFormat('en-GB', options)).format(value);
}

// Written as domain/format.ts writes counts and loads; the contract sits below the domain.
const formatCount = formatOnFirstUse({ maximumFractionDigits: 0 });
const formatOneDecimal = formatOnFirstUse({ minimumFractionDigits: 1, maximumFractionDigits: 1 });
/** Up to three significant figures, so that FTE 0.0001 is never written as 0.0. */
const formatSmallNumber = formatOnFirstUse({ maximumSignificantDigits: 3 });

/** One decimal place, rounded as the chart rounds. */
function formatTenths(value: number): string {
  return formatOneDecimal(roundToTenth(value));
}

/** An FTE as written in a check: "0.05", "0.0001", "0.6". */
export function formatCheckedFte(fte: number): string {
  return formatSmallNumber(fte);
}

/** True when a worker's values pass every check below. */
function withinLimits({ casesHeld, fte }: Pick<Worker, 'casesHeld' | 'fte'>): boolean {
  const limits = PLAUSIBILITY_LIMITS;
  return (
    casesHeld <= limits.casesHeld &&
    !(casesHeld > 0 && fte > 0 && fte < limits.fteWithCases) &&
    !(fte > 0 && casesHeld / fte > limits.casesPerFte)
  );
}

/** A worker's values that are outside the limits, or an empty list. */
export function workerImplausibleValues(
  worker: Pick<Worker, 'casesHeld' | 'fte'>,
): readonly ImplausibleValue[] {
  const { casesHeld, fte } = worker;
  const limits = PLAUSIBILITY_LIMITS;
  // Most workers pass every check: no list is made for them.
  if (withinLimits(worker)) return NOTHING;
  const perFte = fte > 0 ? casesHeld / fte : null;
  const tooManyCases = casesHeld > limits.casesHeld;
  const tooLittleFte = casesHeld > 0 && fte > 0 && fte < limits.fteWithCases;
  const tooHighPerFte = perFte !== null && perFte > limits.casesPerFte;

  const values: ImplausibleValue[] = [];
  const cases = formatCount(casesHeld);
  if (tooManyCases) {
    values.push({
      check: 'casesHeld',
      value: casesHeld,
      limit: limits.casesHeld,
      summary: `${cases} cases held (more than ${limits.casesHeld})`,
      reason: `${cases} cases held is more than ${limits.casesHeld}, far above any caseload cap (England’s average is about 16 per FTE): check that it is this worker’s own count, not a team’s or a total over time`,
    });
  }
  if (tooLittleFte) {
    const shown = formatCheckedFte(fte);
    values.push({
      check: 'fteWithCases',
      value: fte,
      limit: limits.fteWithCases,
      summary: `FTE ${shown} with ${plainCases(casesHeld)} (less than ${limits.fteWithCases})`,
      reason: `FTE ${shown} for a worker holding ${plainCases(casesHeld)} is less than ${limits.fteWithCases} (${formatTenths(limits.fteWithCases * FULL_TIME_HOURS)} hours of a ${FULL_TIME_HOURS}-hour week): check that it is not hours, or a slip such as 0.06 for 0.6`,
    });
  }
  if (tooHighPerFte) {
    const load = formatTenths(perFte);
    values.push({
      check: 'casesPerFte',
      value: perFte,
      limit: limits.casesPerFte,
      summary: `${load} cases per FTE (more than ${limits.casesPerFte})`,
      reason: `${plainCases(casesHeld)} on ${formatCheckedFte(fte)} FTE is ${load} cases per FTE, more than ${limits.casesPerFte} (the highest usual cap is 25): check the FTE and the count`,
    });
  }
  return values;
}

/** A team's unallocated cases and vacant FTE that are outside the limits, or an empty list. */
export function teamImplausibleValues(
  team: Pick<Unit, 'unallocatedCases' | 'vacantFte'>,
): readonly ImplausibleValue[] {
  const limits = PLAUSIBILITY_LIMITS;
  const values: ImplausibleValue[] = [];
  const unallocated = team.unallocatedCases;
  if (typeof unallocated === 'number' && unallocated > limits.teamUnallocatedCases) {
    const shown = formatCount(unallocated);
    values.push({
      check: 'teamUnallocatedCases',
      value: unallocated,
      limit: limits.teamUnallocatedCases,
      summary: `${shown} unallocated cases (more than ${limits.teamUnallocatedCases} for one team)`,
      reason: `${shown} unallocated cases on one team is more than ${limits.teamUnallocatedCases}, a whole team's caseload: check that it is this team’s waiting cases alone`,
    });
  }
  const vacant = team.vacantFte;
  if (typeof vacant === 'number' && vacant > limits.teamVacantFte) {
    const shown = formatTenths(vacant);
    values.push({
      check: 'teamVacantFte',
      value: vacant,
      limit: limits.teamVacantFte,
      summary: `${shown} vacant FTE (more than ${limits.teamVacantFte} for one team)`,
      reason: `${shown} vacant FTE on one team is more than ${limits.teamVacantFte}: check that it is full-time posts, not hours, and this team’s alone`,
    });
  }
  return values.length > 0 ? values : NOTHING;
}

/**
 * Every worker and team among these whose values are outside the limits, in
 * the order given. Teams are the units with no units beneath them among
 * `units` (a whole subtree, so a unit's children are in it when it is); units
 * with units beneath them and units that send totals are not checked, since
 * a service area or a council may well hold 200 waiting cases.
 */
export function implausibleRecords(
  workers: readonly Worker[],
  units: readonly Unit[],
): ImplausibleRecord[] {
  const records: ImplausibleRecord[] = [];
  for (const worker of workers) {
    // Nearly every worker passes; at national scale this loop meets 30,000 of them on the way to
    // the first chart, so they are passed over here without building anything.
    if (withinLimits(worker)) continue;
    const values = workerImplausibleValues(worker);
    if (values.length > 0)
      records.push({ kind: 'worker', id: worker.id, name: worker.displayName, values });
  }
  const parents = new Set(units.map((unit) => unit.parentId));
  for (const unit of units) {
    if (parents.has(unit.id) || unit.aggregate) continue;
    const values = teamImplausibleValues(unit);
    if (values.length > 0) records.push({ kind: 'unit', id: unit.id, name: unit.name, values });
  }
  return records;
}

/** The limits in one sentence, for the notes under the figures. */
export function plausibilityLimitsSentence(): string {
  const limits = PLAUSIBILITY_LIMITS;
  return `A record is listed here when a worker holds more than ${limits.casesHeld} cases (England’s average is about 16 per FTE, and caps run from 15 to 25), holds cases on less than ${limits.fteWithCases} FTE, or holds more than ${limits.casesPerFte} cases per FTE; or when one team reports more than ${limits.teamUnallocatedCases} unallocated cases or more than ${limits.teamVacantFte} vacant FTE.`;
}

function plainCases(count: number): string {
  return `${formatCount(count)} case${count === 1 ? '' : 's'}`;
}
