/**
 * How figures are written for people: one decimal place for caseloads (as
 * DfE publishes them), whole percentages, British dates. Never "NaN": a
 * missing figure is written in words by the caller.
 */
import { tenths } from '../contract/rounding';

// Written out here rather than with Intl: the first Intl object a page makes costs Chromium
// about 30 ms (it loads the locale's data), and every page writes a figure or a date before its
// first paint. format.test.ts holds each function to Intl's own en-GB output.
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
/** en-GB's short months, as Intl writes them: "Sept", not "Sep". */
const SHORT_MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
] as const;

/** Digits in groups of three: "1234567" to "1,234,567". */
function grouped(digits: string): string {
  const head = digits.length % 3 || 3;
  let text = digits.slice(0, head);
  for (let at = head; at < digits.length; at += 3) text += `,${digits.slice(at, at + 3)}`;
  return text;
}

/** Not a finite number, as Intl writes it; null for a finite one. */
function notFinite(value: number): string | null {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '∞';
  return value === -Infinity ? '-∞' : null;
}

/** A minus for a negative value, negative zero included (as Intl writes "-0"). */
function minus(value: number): string {
  return value < 0 || Object.is(value, -0) ? '-' : '';
}

/** A whole number of tenths as a figure to one decimal place: 2080350 to "208,035.0". */
function fromTenths(count: number): string {
  const size = Math.abs(count);
  return `${minus(count)}${grouped(String(Math.floor(size / 10)))}.${size % 10}`;
}

/** A number rounded to a whole one, a half away from zero, as Intl rounds it. */
function wholeNumber(value: number): string {
  return notFinite(value) ?? `${minus(value)}${grouped(String(Math.round(Math.abs(value))))}`;
}

/** Items joined as a British sentence would: "A, B and C". */
export function formatList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A time of day on the person's clock: "09:41". */
export function formatClockTime(timestamp: number): string {
  const time = new Date(timestamp);
  const twoDigits = (part: number) => String(part).padStart(2, '0');
  return `${twoDigits(time.getHours())}:${twoDigits(time.getMinutes())}`;
}

/** A caseload or other ratio, to one decimal place: "15.4". */
export function formatLoad(value: number): string {
  return notFinite(value) ?? fromTenths(tenths(value));
}

/** An FTE figure: "20,803.5". */
export function formatFte(value: number): string {
  return formatLoad(value);
}

/** A count: "320,461". */
export function formatCount(value: number): string {
  return wholeNumber(value);
}

/** A share from 0 to 1 as a whole percentage: "35%". */
export function formatShare(share: number): string {
  return `${wholeNumber(share * 100)}%`;
}

/** The day, month and year of a YYYY-MM-DD date; a RangeError for one that is not, as Intl throws. */
function dateParts(isoDate: string): { day: number; month: number; year: number } {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid time value: ${isoDate}`);
  return { day: date.getUTCDate(), month: date.getUTCMonth(), year: date.getUTCFullYear() };
}

/** A YYYY-MM-DD date written out: "31 October 2026". */
export function formatDate(isoDate: string): string {
  const { day, month, year } = dateParts(isoDate);
  return `${day} ${MONTHS[month]} ${year}`;
}

/** A YYYY-MM-DD date with a short month, where space is tight: "30 Sept 2026". */
export function formatShortDate(isoDate: string): string {
  const { day, month, year } = dateParts(isoDate);
  return `${day} ${SHORT_MONTHS[month]} ${year}`;
}

/** A YYYY-MM-DD date as a short month: "Oct 2026". */
export function formatMonth(isoDate: string): string {
  const { month, year } = dateParts(isoDate);
  return `${SHORT_MONTHS[month]} ${year}`;
}

/** The text with its first letter made a capital, to start a sentence: "check …" to "Check …". */
export function capitalise(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** "1 case holder", "2 case holders". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`;
}
