/**
 * The sentence at the top of each page, which answers "who is over the cap,
 * and where?" in words, so that no one needs to read a colour to know.
 */
import { capThreshold } from './caps';
import { formatShare, plural } from './format';
import type { UnitSummary } from './unit-summary';

/** Writes the headline for a unit, e.g. "6 of 23 case holders are at 20+ cases per FTE (26%); 2 are at 25+." */
export function headlineFor(
  unitName: string,
  summary: Pick<UnitSummary, 'overCaps' | 'counted'>,
): string {
  const of = summary.counted.length;
  if (of === 0) {
    return `${unitName} has no case holders with FTE recorded, so there is no caseload to compare with the caps.`;
  }
  const highlighted = [...summary.overCaps]
    .sort((a, b) => capThreshold(a.cap) - capThreshold(b.cap))
    .slice(-2);
  const [first, second] = highlighted;
  if (!first) return `${unitName} has ${plural(of, 'case holder')}.`;
  const firstClause =
    first.count === 0
      ? `None of the ${plural(of, 'case holder')} in ${unitName} is at ${first.threshold}+ cases per FTE`
      : `${first.count} of ${plural(of, 'case holder')} in ${unitName} ${first.count === 1 ? 'is' : 'are'} at ${first.threshold}+ cases per FTE (${formatShare(first.count / of)})`;
  if (!second) return `${firstClause}.`;
  const secondClause =
    second.count === 0
      ? `none is at ${second.threshold}+`
      : `${second.count} ${second.count === 1 ? 'is' : 'are'} at ${second.threshold}+ (${formatShare(second.count / of)})`;
  return `${firstClause}; ${secondClause}.`;
}
