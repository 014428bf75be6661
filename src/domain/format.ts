/**
 * How figures are written for people: one decimal place for caseloads (as
 * DfE publishes them), whole percentages, British dates. Never "NaN": a
 * missing figure is written in words by the caller.
 */
import { roundToTenth } from '../contract/rounding';

const wholeNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-GB', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const shortDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const monthYear = new Intl.DateTimeFormat('en-GB', {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const clockTime = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
const conjunction = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

/** Items joined as a British sentence would: "A, B and C". */
export function formatList(items: readonly string[]): string {
  return conjunction.format(items);
}

/** A time of day on the person's clock: "09:41". */
export function formatClockTime(timestamp: number): string {
  return clockTime.format(new Date(timestamp));
}

/** A caseload or other ratio, to one decimal place: "15.4". */
export function formatLoad(value: number): string {
  return oneDecimal.format(roundToTenth(value));
}

/** An FTE figure: "20,803.5". */
export function formatFte(value: number): string {
  return oneDecimal.format(roundToTenth(value));
}

/** A count: "320,461". */
export function formatCount(value: number): string {
  return wholeNumber.format(value);
}

/** A share from 0 to 1 as a whole percentage: "35%". */
export function formatShare(share: number): string {
  return `${wholeNumber.format(share * 100)}%`;
}

/** A YYYY-MM-DD date written out: "31 October 2026". */
export function formatDate(isoDate: string): string {
  return longDate.format(new Date(`${isoDate}T00:00:00Z`));
}

/** A YYYY-MM-DD date with a short month, where space is tight: "30 Sept 2026". */
export function formatShortDate(isoDate: string): string {
  return shortDate.format(new Date(`${isoDate}T00:00:00Z`));
}

/** A YYYY-MM-DD date as a short month: "Oct 2026". */
export function formatMonth(isoDate: string): string {
  return monthYear.format(new Date(`${isoDate}T00:00:00Z`));
}

/** The text with its first letter made a capital, to start a sentence: "check …" to "Check …". */
export function capitalise(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** "1 case holder", "2 case holders". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`;
}
