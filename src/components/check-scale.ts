/**
 * The scale of the caseload chart when some bars rest on a value to check
 * (contract/plausibility.ts). Such a bar is drawn as sent, but it does not get
 * to flatten every other bar: one worker at 200,000 cases per FTE would
 * otherwise leave the rest of the team as slivers on the axis, unreadable
 * against caps of 15 to 25. A bar to check may take the scale up to twice
 * what the other bars need; beyond that it is cut: drawn to the top of the
 * scale with a break across it, its value printed above it as usual.
 */
import type { Cap } from '../domain/caps';
import { valueAxisTop, type BarValue } from './chart-geometry';

/** How far a bar to check may stretch the scale: this many times what the other bars need. */
export const CHECKED_BAR_SCALE_ROOM = 2;

export interface CheckedBar extends BarValue {
  /** Set when the bar's figure rests on a value to check. */
  check?: string | null;
}

export interface CheckScale {
  /** The bars as the scale sees them: a cut bar has no value, so it sets nothing. */
  scaleBars: BarValue[];
  /** For each bar, whether it is cut at the top of the scale. */
  cut: boolean[];
}

/** Which bars to check are too tall to draw to scale, and the bars the scale is then set by. */
export function checkScale(bars: readonly CheckedBar[], caps: readonly Cap[]): CheckScale {
  const others = valueAxisTop(
    bars.filter((bar) => !bar.check),
    caps,
  );
  const cut = bars.map(
    (bar) => Boolean(bar.check) && (bar.value ?? 0) > others * CHECKED_BAR_SCALE_ROOM,
  );
  return {
    scaleBars: bars.map((bar, index) =>
      cut[index] ? { value: null, ownCap: bar.ownCap } : { value: bar.value, ownCap: bar.ownCap },
    ),
    cut,
  };
}

/**
 * Where a cut bar stops: where the tallest bar stands on a scale it sets
 * (valueAxisTop leaves an eighth or so above it), so that its value and its
 * "check" have the same room above it as any bar.
 */
export function cutBarValue(top: number): number {
  return top / 1.08;
}
