/**
 * Units that send totals in place of workers (published statistics, or a
 * unit that shares totals only, for privacy). A total that is unknown or
 * suppressed (null, or DfE's x, u, z, low) is never read as zero: the unit
 * is left out of both sides of a ratio, with the reason in words.
 */
import { sumPrecisely } from '../contract/rounding';
import type { PublishedValue, Unit, UnitAggregate } from '../contract/v1';
import type { ViewMeasure } from './measure-options';

/** A unit with totals, counted in a load: its cases and case-holder FTE. */
export interface CountedTotals {
  unit: Unit;
  cases: number;
  fte: number;
}

/** A unit with totals, left out of a figure, and why. */
export interface SuppressedUnit {
  unit: Unit;
  reason: string;
}

/** Why totals are left out under any measure but the one they can answer. */
export const TOTALS_ANSWER_ONE_MEASURE = 'published totals give cases per FTE of case holders only';

/** A unit with totals, narrowed so that its aggregate is known to be there. */
export type TotalsUnit = Unit & { aggregate: UnitAggregate };

/** True when the unit sends totals in place of workers. */
export function hasTotals(unit: Unit): unit is TotalsUnit {
  return unit.aggregate !== undefined;
}

/** A published value as a number, or null when it is unknown or suppressed. */
export function knownValue(value: PublishedValue | undefined): number | null {
  return typeof value === 'number' ? value : null;
}

/** Why a value is unknown, naming the figure: "cases suppressed (x)", "case-holder FTE not known". */
export function unknownReason(figure: string, value: PublishedValue | undefined): string {
  return typeof value === 'string' ? `${figure} suppressed (${value})` : `${figure} not known`;
}

/**
 * True when totals can answer the view: they give cases (children) and the
 * FTE of case holders, so only cases per FTE of case holders, counting
 * children, can be computed from them.
 */
export function totalsAnswer(view: ViewMeasure): boolean {
  return (
    view.measure === 'per-fte' && view.counting === 'children' && view.population === 'case-holders'
  );
}

/** Why a unit's totals cannot enter its caseload, or null when they can. */
export function totalsProblem(aggregate: UnitAggregate): string | null {
  const { cases, caseHolderFte } = aggregate;
  const casesKnown = typeof cases === 'number';
  const fteKnown = typeof caseHolderFte === 'number';
  if (!casesKnown && !fteKnown && cases === caseHolderFte) {
    return unknownReason('cases and case-holder FTE', cases);
  }
  const reasons = [
    casesKnown ? null : unknownReason('cases', cases),
    fteKnown ? null : unknownReason('case-holder FTE', caseHolderFte),
  ].filter((reason): reason is string => reason !== null);
  if (reasons.length > 0) return reasons.join('; ');
  // FTE 0 with cases would divide by nothing, as for a worker with no FTE.
  return caseHolderFte === 0 ? 'no case-holder FTE recorded' : null;
}

/** The totals counted under a view, and the units left out with their reasons. */
export function totalsForView(
  units: readonly Unit[],
  view: ViewMeasure,
): { counted: CountedTotals[]; suppressed: SuppressedUnit[] } {
  const counted: CountedTotals[] = [];
  const suppressed: SuppressedUnit[] = [];
  const answerable = totalsAnswer(view);
  for (const unit of units) {
    if (!hasTotals(unit)) continue;
    const problem = answerable ? totalsProblem(unit.aggregate) : TOTALS_ANSWER_ONE_MEASURE;
    const cases = knownValue(unit.aggregate.cases);
    const fte = knownValue(unit.aggregate.caseHolderFte);
    if (problem === null && cases !== null && fte !== null) counted.push({ unit, cases, fte });
    else suppressed.push({ unit, reason: problem ?? 'totals not known' });
  }
  return { counted, suppressed };
}

/**
 * The status of a unit with totals that cannot be counted, for its row:
 * "Suppressed in the published table (x)", or the reason in words.
 */
export function totalsStatus(aggregate: UnitAggregate): string | null {
  const markers = [aggregate.cases, aggregate.caseHolderFte].filter(
    (value): value is Exclude<PublishedValue, number | null> => typeof value === 'string',
  );
  if (markers.length > 0) {
    return `Suppressed in the published table (${[...new Set(markers)].join(', ')})`;
  }
  const problem = totalsProblem(aggregate);
  return problem === null ? null : `${problem.charAt(0).toUpperCase()}${problem.slice(1)}`;
}

/** The other figures totals may carry, named as the reasons name them. */
const otherFigureNames = {
  headcount: 'headcount',
  inPostFte: 'in-post FTE',
  agencyFte: 'agency FTE',
  vacantFte: 'vacant FTE',
  unallocatedCases: 'unallocated cases',
} as const;

/**
 * Units whose other figures (headcount, agency, vacancies, unallocated
 * cases) are sent as null or a suppression marker: each is left out of the
 * figure it would be in, and named. A figure not sent at all is "not
 * reported", as for any unit, and is not listed.
 */
export function unknownOtherTotals(units: readonly Unit[]): SuppressedUnit[] {
  return units.filter(hasTotals).flatMap((unit) => {
    const reasons = Object.entries(otherFigureNames).flatMap(([field, name]) => {
      const value = unit.aggregate[field as keyof typeof otherFigureNames];
      return value === undefined || typeof value === 'number' ? [] : [unknownReason(name, value)];
    });
    return reasons.length > 0 ? [{ unit, reason: reasons.join('; ') }] : [];
  });
}

/** Sums one of the other figures over the units whose totals give it as a number. */
export function sumOfTotals(
  units: readonly Unit[],
  field: keyof typeof otherFigureNames,
): number | null {
  const values = units.flatMap((unit) => {
    const value = hasTotals(unit) ? knownValue(unit.aggregate[field]) : null;
    return value === null ? [] : [value];
  });
  return values.length > 0 ? sumPrecisely(values) : null;
}

/**
 * Agency FTE and all FTE (agency plus in post) from the totals that give
 * both, as DfE computes its agency rate; units missing either are left out
 * of both and counted in `leftOut`.
 */
export function agencyFromTotals(units: readonly Unit[]): {
  agencyFte: number;
  allFte: number;
  counted: number;
  leftOut: number;
} {
  let agencyFte = 0;
  let allFte = 0;
  let counted = 0;
  let leftOut = 0;
  for (const unit of units) {
    if (!hasTotals(unit)) continue;
    const agency = knownValue(unit.aggregate.agencyFte);
    const inPost = knownValue(unit.aggregate.inPostFte);
    if (agency === null || inPost === null) {
      leftOut += 1;
      continue;
    }
    agencyFte += agency;
    allFte += agency + inPost;
    counted += 1;
  }
  return { agencyFte, allFte, counted, leftOut };
}
