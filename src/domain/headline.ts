/**
 * The sentence at the top of each page, which answers "who is over the cap,
 * and where?" in words, so that no one needs to read a colour to know.
 */
import { capThreshold } from './caps';
import { formatCount, formatLoad, formatShare, plural } from './format';
import type { OverCapCount } from './measures';
import type { GroupLoad } from './unit-figures';

export interface HeadlineWording {
  /** Who is counted, singular: "case holder" or "worker". */
  who: string;
  /** The value's unit: "cases per FTE", "points per FTE". */
  unit: string;
}

const DFE_WORDING: HeadlineWording = { who: 'case holder', unit: 'cases per FTE' };

/** Units that send totals in place of workers, as the headline needs them. */
export interface TotalsSummary {
  load: GroupLoad;
  totalsUnits: number;
  totalsCounted: readonly unknown[];
  suppressedUnits: readonly { reason: string }[];
}

/** Writes the headline for a unit, e.g. "6 of 23 case holders are at 20+ cases per FTE (26%); 2 are at 25+ (9%)." */
export function headlineFor(
  unitName: string,
  summary: {
    overCaps: readonly OverCapCount[];
    counted: readonly unknown[];
  } & Partial<TotalsSummary>,
  wording: HeadlineWording = DFE_WORDING,
): string {
  const { who } = wording;
  const of = summary.counted.length;
  const totalsUnits = summary.totalsUnits ?? 0;
  if (of === 0 && totalsUnits > 0) return totalsHeadline(unitName, summary, wording);
  if (of === 0) {
    return `${unitName} has no ${who}s with a known load, so there is nothing to compare with the caps.`;
  }
  const sentence = workerHeadline(unitName, summary.overCaps, of, wording);
  if (totalsUnits === 0) return sentence;
  // Totals say nothing about single workers, so the counts above leave them out.
  return `${sentence} ${plural(totalsUnits, 'unit')} with totals only ${totalsUnits === 1 ? 'is' : 'are'} not in these counts.`;
}

/** The headline of a unit whose figures come from totals alone: its load, and why no one is compared with a cap. */
function totalsHeadline(
  unitName: string,
  summary: Partial<TotalsSummary>,
  { who, unit }: HeadlineWording,
): string {
  const counted = summary.totalsCounted?.length ?? 0;
  const total = summary.totalsUnits ?? 0;
  if (summary.load?.status !== 'ok' || counted === 0) {
    const reasons = new Set((summary.suppressedUnits ?? []).map((entry) => entry.reason));
    const [reason] = reasons;
    // One reason for all says it best ("cases suppressed (u)"); several are in the notes.
    const why =
      reasons.size === 1 && reason !== undefined ? reason : 'see the notes on the figures';
    return `${unitName} has totals only, and they cannot be counted here (${why}), so there is no load to show.`;
  }
  const from =
    total === 1
      ? 'from its totals'
      : counted === total
        ? `from the totals of ${plural(total, 'unit')}`
        : `from the totals of ${counted} of ${plural(total, 'unit')} (the rest are left out: see the notes)`;
  return `${unitName}: ${formatLoad(summary.load.value)} ${unit}, ${from}. Totals do not say how each ${who}’s load falls, so no one is compared with the caps.`;
}

function workerHeadline(
  unitName: string,
  overCaps: readonly OverCapCount[],
  of: number,
  { who, unit }: HeadlineWording,
): string {
  const highlighted = [...overCaps]
    .sort((a, b) => capThreshold(a.cap) - capThreshold(b.cap))
    .slice(-2);
  const [first, second] = highlighted;
  if (!first) return `${unitName} has ${plural(of, who)}.`;
  const firstClause =
    first.count === 0
      ? `None of the ${plural(of, who)} in ${unitName} is at ${first.threshold}+ ${unit}`
      : `${formatCount(first.count)} of ${plural(of, who)} in ${unitName} ${first.count === 1 ? 'is' : 'are'} at ${first.threshold}+ ${unit} (${formatShare(first.count / of)})`;
  if (!second) return `${firstClause}.`;
  const secondClause =
    second.count === 0
      ? `none is at ${second.threshold}+`
      : `${formatCount(second.count)} ${second.count === 1 ? 'is' : 'are'} at ${second.threshold}+ (${formatShare(second.count / of)})`;
  return `${firstClause}; ${secondClause}.`;
}
