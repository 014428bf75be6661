/**
 * A figure now against the same figure at an earlier date, in words: "up 0.6
 * from 22.6", "down 2 from 21", "35% at 20+, down from 42%". Changes are
 * worked out on the figures as people read them (one decimal place for
 * loads, whole percentages for shares), so the words always agree with the
 * numbers on screen.
 */
import { tenths } from '../contract/rounding';
import { formatCount, formatLoad } from './format';

/** A load now against an earlier load, at one decimal place: "up 0.6 from 22.6", "no change". */
export function loadChange(now: number, earlier: number): string {
  const difference = tenths(now) - tenths(earlier);
  if (difference === 0) return 'no change';
  const direction = difference > 0 ? 'up' : 'down';
  return `${direction} ${formatLoad(Math.abs(difference) / 10)} from ${formatLoad(earlier)}`;
}

/** A count now against an earlier count: "up 3 from 21", "down 1 from 4", "no change". */
export function countChange(now: number, earlier: number): string {
  const difference = Math.round(now) - Math.round(earlier);
  if (difference === 0) return 'no change';
  const direction = difference > 0 ? 'up' : 'down';
  return `${direction} ${formatCount(Math.abs(difference))} from ${formatCount(earlier)}`;
}

/** A share (0 to 1) as the whole percentage formatShare shows: 0.35 → 35. */
export function wholePercent(share: number): number {
  return Math.round(share * 100);
}

/**
 * A share now against an earlier share, in whole percentage points:
 * "35% at 20+, down from 42%", "35% at 20+, no change from 35%".
 */
export function shareChange(now: number, earlier: number, what: string): string {
  const nowPercent = wholePercent(now);
  const earlierPercent = wholePercent(earlier);
  const lead = `${nowPercent}% ${what}`;
  if (nowPercent === earlierPercent) return `${lead}, no change from ${earlierPercent}%`;
  return `${lead}, ${nowPercent > earlierPercent ? 'up' : 'down'} from ${earlierPercent}%`;
}

/** Which earlier snapshot a figure is compared with. */
export type Period = 'previous' | 'year-earlier';

export const periodNames: Record<Period, string> = {
  previous: 'Previous',
  'year-earlier': 'Year earlier',
};

/**
 * One figure's value at an earlier snapshot, or why there is none: no such
 * snapshot, the unit or worker was not in it, it is still loading, it could
 * not be loaded, or the figure could not be worked out then (no one counted).
 */
export type EarlierValue =
  | { period: Period; asAt: string; status: 'ok'; earlier: number }
  | { period: Period; asAt: null; status: 'none' }
  | { period: Period; asAt: string; status: 'absent' | 'loading' | 'failed' | 'unknown' };

/** How a figure is compared: a load at one decimal place, a count, or a share of people. */
export type ChangeKind = { kind: 'load' } | { kind: 'count' } | { kind: 'share'; what: string };

/**
 * One line under a figure: "Previous (30 Sept 2026): down 0.6 from 22.6",
 * "Previous: no earlier snapshot". `now` is null when today's figure is
 * not known, and the earlier one is then given on its own.
 */
export function describeChange(
  earlier: EarlierValue,
  now: number | null,
  how: ChangeKind,
  formatDate: (isoDate: string) => string,
): string {
  const name = periodNames[earlier.period];
  if (earlier.status === 'none') {
    return earlier.period === 'previous'
      ? `${name}: no earlier snapshot`
      : `${name}: no snapshot a year before`;
  }
  const lead = `${name} (${formatDate(earlier.asAt)})`;
  switch (earlier.status) {
    case 'absent':
      return `${lead}: not in that snapshot`;
    case 'loading':
      return `${lead}: loading…`;
    case 'failed':
      return `${lead}: could not be loaded`;
    case 'unknown':
      return `${lead}: no figure then`;
  }
  if (now === null) return `${lead}: was ${formatValue(earlier.earlier, how)}`;
  if (how.kind === 'load') return `${lead}: ${loadChange(now, earlier.earlier)}`;
  if (how.kind === 'count') return `${lead}: ${countChange(now, earlier.earlier)}`;
  return `${lead}: ${shareChange(now, earlier.earlier, how.what)}`;
}

function formatValue(value: number, how: ChangeKind): string {
  if (how.kind === 'load') return formatLoad(value);
  if (how.kind === 'count') return formatCount(value);
  return `${wholePercent(value)}% ${how.what}`;
}
