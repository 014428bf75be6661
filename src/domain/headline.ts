/**
 * The sentence at the top of each page, which answers "who is over the cap,
 * and where?" in words, so that no one needs to read a colour to know.
 */
import { capThreshold } from './caps';
import { formatShare, plural } from './format';
import type { OverCapCount } from './measures';

export interface HeadlineWording {
  /** Who is counted, singular: "case holder" or "worker". */
  who: string;
  /** The value's unit: "cases per FTE", "points per FTE". */
  unit: string;
}

const DFE_WORDING: HeadlineWording = { who: 'case holder', unit: 'cases per FTE' };

/** Writes the headline for a unit, e.g. "6 of 23 case holders are at 20+ cases per FTE (26%); 2 are at 25+ (9%)." */
export function headlineFor(
  unitName: string,
  summary: { overCaps: readonly OverCapCount[]; counted: readonly unknown[] },
  wording: HeadlineWording = DFE_WORDING,
): string {
  const { who, unit } = wording;
  const of = summary.counted.length;
  if (of === 0) {
    return `${unitName} has no ${who}s with a known load, so there is nothing to compare with the caps.`;
  }
  const highlighted = [...summary.overCaps]
    .sort((a, b) => capThreshold(a.cap) - capThreshold(b.cap))
    .slice(-2);
  const [first, second] = highlighted;
  if (!first) return `${unitName} has ${plural(of, who)}.`;
  const firstClause =
    first.count === 0
      ? `None of the ${plural(of, who)} in ${unitName} is at ${first.threshold}+ ${unit}`
      : `${first.count} of ${plural(of, who)} in ${unitName} ${first.count === 1 ? 'is' : 'are'} at ${first.threshold}+ ${unit} (${formatShare(first.count / of)})`;
  if (!second) return `${firstClause}.`;
  const secondClause =
    second.count === 0
      ? `none is at ${second.threshold}+`
      : `${second.count} ${second.count === 1 ? 'is' : 'are'} at ${second.threshold}+ (${formatShare(second.count / of)})`;
  return `${firstClause}; ${secondClause}.`;
}
