/**
 * How each figure is worked out, in words: the formula with this unit's own
 * numbers, the counting rule, and what was left out and why.
 */
import type { SuppressedUnit } from './aggregate';
import { describeAsyeRule } from './asye-rule';
import { formatCount, formatFte, formatList, formatLoad, formatShare, plural } from './format';
import { amountNoun, populationNames, valueUnit, type ViewMeasure } from './measure-options';
import type { OverCapCount } from './measures';
import type { GroupLoad, UnitFigures } from './unit-figures';
import type { LoadSettings } from './worker-load';

/** "15.4", or the reason there is no value. */
export function describeLoad(load: GroupLoad): string {
  if (load.status === 'ok') return formatLoad(load.value);
  return load.status === 'empty' ? 'No one to count' : 'Not known';
}

/** The sum behind a load: "2,847 cases ÷ 147.3 FTE = 19.3". */
export function loadFormula(load: GroupLoad, view: ViewMeasure): string {
  if (load.status === 'empty') return 'There is no one to count, so there is nothing to divide.';
  if (load.status === 'no-fte')
    return 'Everyone who would be counted is left out (see below), so there is nothing to divide.';
  const denominator =
    view.measure === 'cases'
      ? plural(load.denominator, 'worker')
      : `${formatFte(load.denominator)} FTE`;
  return `${formatAmount(load.amount)} ${amountNoun(view)} ÷ ${denominator} = ${formatLoad(load.value)} ${
    view.measure === 'cases' ? `${amountNoun(view)} per worker` : valueUnit(view)
  }.`;
}

/** Who was counted, who was not, and who was left out with which reason. */
export function countingLines(figures: UnitFigures): string[] {
  return [...workerLines(figures), ...totalsLines(figures)];
}

/** The counting lines about workers alone: what the per-worker figures count. */
function workerLines(figures: UnitFigures): string[] {
  const lines = [
    `Counted: ${lowerFirst(populationNames[figures.view.population])}, ${plural(figures.counted.length, 'worker')}.`,
  ];
  if (figures.notCounted.length > 0) {
    lines.push(
      `Not counted: ${plural(figures.notCounted.length, 'manager or worker without cases', 'managers or workers without cases')}.`,
    );
  }
  const reasons = new Map<string, number>();
  for (const entry of figures.excluded)
    reasons.set(entry.reason, (reasons.get(entry.reason) ?? 0) + 1);
  for (const [reason, count] of reasons) {
    lines.push(`Left out of both sides of the sum: ${plural(count, 'worker')} with ${reason}.`);
  }
  return lines;
}

/** Units counted from their totals, and units whose totals are left out, with the reasons. */
function totalsLines(figures: UnitFigures): string[] {
  const lines: string[] = [];
  const counted = figures.totalsCounted.length;
  if (counted > 0) {
    lines.push(
      `Also counted: totals for ${plural(counted, 'unit')} that ${counted === 1 ? 'sends' : 'send'} no workers, their cases and case-holder FTE added to the sums.`,
    );
  }
  for (const [reason, entries] of groupByReason(figures.suppressedUnits)) {
    lines.push(`Left out of both sides of the sum: ${namesOrCount(entries)} (${reason}).`);
  }
  return lines;
}

/** Units left out, grouped by their reason, in the order first seen. */
export function groupByReason(entries: readonly SuppressedUnit[]): Map<string, SuppressedUnit[]> {
  const groups = new Map<string, SuppressedUnit[]>();
  for (const entry of entries)
    groups.set(entry.reason, [...(groups.get(entry.reason) ?? []), entry]);
  return groups;
}

/** Up to three names ("Birmingham", "Kensington and Chelsea and Westminster"), or a count. */
function namesOrCount(entries: readonly SuppressedUnit[]): string {
  if (entries.length > 3) return plural(entries.length, 'unit');
  return formatList(entries.map((entry) => entry.unit.name));
}

/**
 * When units here send totals in place of workers, says that they are in the
 * caseload but in none of the per-worker figures; null when none does.
 */
export function totalsOnlyNote(figures: UnitFigures): string | null {
  return describeTotalsOnly(figures.totalsUnits, figures.totalsCounted.length);
}

/** The same from the counts: units with totals, and how many of them are in the caseload. */
export function describeTotalsOnly(count: number, counted: number): string | null {
  if (count === 0) return null;
  const where =
    counted === 0
      ? 'not in these figures'
      : `in the caseload${counted < count ? ' where their totals are known' : ''} but not in the per-worker figures`;
  return `${plural(count, 'unit')} ${count === 1 ? 'reports' : 'report'} totals only; ${count === 1 ? 'it is' : 'they are'} ${where}.`;
}

/** The full explanation of the unit's load. */
export function explainLoad(figures: UnitFigures): string[] {
  const rule =
    figures.view.measure === 'cases'
      ? 'Cases held by the counted workers divided by how many they are.'
      : 'A ratio of sums, as DfE computes caseload: the total divided by the total FTE, not an average of each worker’s figure.';
  return [loadFormula(figures.load, figures.view), rule, ...countingLines(figures)];
}

/** The explanation of an over-cap count. */
export function explainOverCap(over: OverCapCount, figures: UnitFigures): string[] {
  return [
    `Each counted worker’s own ${valueUnit(figures.view)} compared with ${formatLoad(over.threshold)}, at one decimal place; a figure exactly on the cap counts as over it.`,
    over.share === null
      ? 'No one to count.'
      : `${formatCount(over.count)} of ${formatCount(over.of)} = ${formatShare(over.share)}.`,
    ...workerLines(figures).slice(1),
    ...optional(totalsOnlyNote(figures)),
  ];
}

/** The explanation of the count over each worker's own cap. */
export function explainOwnCap(figures: UnitFigures, ownCapRule: string): string[] {
  return [
    ownCapRule,
    figures.overOwnCap.of === 0
      ? 'No one to count.'
      : `${formatCount(figures.overOwnCap.count)} of ${formatCount(figures.overOwnCap.of)} counted workers are at or over their own cap.`,
    ...optional(totalsOnlyNote(figures)),
  ];
}

function optional(line: string | null): string[] {
  return line === null ? [] : [line];
}

/** How each worker's own cap is set under these settings, in words. */
export function ownCapDescription(settings: LoadSettings): string {
  if (settings.view.measure === 'points') {
    return `capacity of ${settings.weighting.capacityPerFte} points per FTE, ${settings.weighting.asyeCapacityPerFte} for ASYE workers`;
  }
  const basis = `${formatLoad(settings.referenceCapPerFte).replace(/\.0$/, '')} cases per FTE, pro rata to FTE`;
  return `${basis}; ${lowerFirst(describeAsyeRule(settings.asyeRule))}`;
}

/** A count or points total: whole numbers as counts, fractional points to one decimal place. */
export function formatAmount(amount: number): string {
  return Number.isInteger(amount) ? formatCount(amount) : formatLoad(amount);
}

/** Lower-cases a leading capital for use mid-sentence, leaving acronyms such as ASYE and DfE alone. */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? `${text.charAt(0).toLowerCase()}${text.slice(1)}` : text;
}
