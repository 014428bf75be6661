/**
 * Social Work England registration numbers (SWENo), the only identifier the
 * CSWW census gives a worker: two letters and up to ten digits, e.g. SW1234567.
 * The census and the team mapping CSV are matched on this number, so both are
 * read through the same rule.
 */

const sweNoPattern = /^[A-Z]{2}\d{1,10}$/;

/** Trims and upper-cases a SWENo, so that "sw123" in a hand-made CSV matches "SW123". */
export function normaliseSweNo(text: string): string {
  return text.trim().toUpperCase();
}

/** True when an already normalised SWENo is two letters and one to ten digits. */
export function isValidSweNo(sweNo: string): boolean {
  return sweNoPattern.test(sweNo);
}

/** Shortens a value quoted in a reason, so a pasted paragraph never floods the report. */
export function quoteValue(text: string): string {
  const shown = text.length > 30 ? `${text.slice(0, 30)}…` : text;
  return `"${shown}"`;
}
