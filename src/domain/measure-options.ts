/**
 * What a chart measures and how: cases per FTE (the DfE measure), cases held,
 * or weighted points per FTE; counting children or families; case holders
 * only or everyone. Every caption says which is in use.
 */
export const measures = ['per-fte', 'cases', 'points'] as const;
export type Measure = (typeof measures)[number];

export const countingRules = ['children', 'families'] as const;
export type CountingRule = (typeof countingRules)[number];

export const populations = ['case-holders', 'everyone'] as const;
export type Population = (typeof populations)[number];

export interface ViewMeasure {
  measure: Measure;
  counting: CountingRule;
  population: Population;
}

export const DEFAULT_VIEW_MEASURE: ViewMeasure = {
  measure: 'per-fte',
  counting: 'children',
  population: 'case-holders',
};

export const measureNames: Record<Measure, string> = {
  'per-fte': 'Cases per FTE',
  cases: 'Cases held',
  points: 'Weighted points per FTE',
};

export const countingNames: Record<CountingRule, string> = {
  children: 'Children',
  families: 'Families (sibling groups counted once)',
};

export const populationNames: Record<Population, string> = {
  'case-holders': 'Case holders only (DfE rule)',
  everyone: 'Everyone, managers included',
};

/** True when the counting rule applies: weighted points are always per child. */
export function usesCounting(view: ViewMeasure): boolean {
  return view.measure !== 'points';
}

/** The unit a value is written in: "cases per FTE", "families", "points per FTE". */
export function valueUnit(view: ViewMeasure): string {
  if (view.measure === 'points') return 'points per FTE';
  const counted = view.counting === 'families' ? 'families' : 'cases';
  return view.measure === 'per-fte' ? `${counted} per FTE` : counted;
}

/** One line saying what a figure measures and whom it counts. */
export function measureCaption(view: ViewMeasure): string {
  const what =
    view.measure === 'points'
      ? 'Weighted points per FTE (each child’s case weighted by type and court work)'
      : `${view.measure === 'per-fte' ? 'Cases per FTE' : 'Cases held'}, counting ${
          view.counting === 'families' ? 'families (a sibling group counts once)' : 'children'
        }`;
  const who =
    view.population === 'case-holders'
      ? 'case holders only (the DfE rule)'
      : 'everyone, managers and staff without cases included';
  return `${what}; ${who}.`;
}

/** What the numerator counts: "cases", "families" or "points". */
export function amountNoun(view: ViewMeasure): string {
  if (view.measure === 'points') return 'points';
  return view.counting === 'families' ? 'families' : 'cases';
}

/**
 * True on DfE's own measure: cases per FTE of case holders, counting children.
 * Only then can a figure be set beside DfE's published ones like for like.
 */
export function isDfeMeasure(view: ViewMeasure): boolean {
  return (
    view.measure === 'per-fte' && view.counting === 'children' && view.population === 'case-holders'
  );
}
