/**
 * Summing and rounding for the figures a board reads, so they match DfE's to
 * the last digit. DfE prints a caseload to one decimal place, a half rounded
 * up: 55 cases over 8.8 FTE is exactly 6.25 and is printed 6.3, and 309 cases
 * over 20.0 FTE is 15.45, printed 15.5.
 *
 * Binary floating point holds neither 8.8 nor 0.8 exactly, so a plain sum of
 * twenty-five FTEs of 0.8 is 20.000000000000007, and 55 / 8.8 is
 * 6.249999999999999: rounded as they stand, they print 15.4 and 6.2. Two
 * things put that right. Sums are compensated (Neumaier's method), so a sum of
 * 30,000 FTEs is as close to the true sum as one addition. And a value within
 * a few units of floating-point error of a half-tenth is taken as on it.
 *
 * It lives in the contract, the lowest layer, so the contract's own messages
 * round as the domain's figures do.
 */

/**
 * How close to a half-tenth, relative to the value, counts as on it: 16 units
 * of floating-point error (about 4 in 10^15). A real figure is never that close
 * without being on it: with FTEs given to 6 decimal places and 20,000 FTE
 * summed (England has about that), a figure up to 100 that is not on a
 * half-tenth is at least seven times further from it.
 */
const ON_HALF_TOLERANCE = 16 * Number.EPSILON;

/** A figure in whole tenths, a half rounded up: 6.25 is 63, 15.45 is 155, 15.44 is 154. */
export function tenths(value: number): number {
  const scaled = value * 10;
  return Math.round(scaled + Math.abs(scaled) * ON_HALF_TOLERANCE);
}

/** A figure rounded to one decimal place, a half rounded up, as DfE prints caseloads. */
export function roundToTenth(value: number): number {
  return tenths(value) / 10;
}

/**
 * What adding the value to the running sum loses to rounding (Neumaier's
 * step). A loop keeps these in a second running total and adds it at the end:
 *
 *     lost += roundingLoss(sum, value);
 *     sum += value;
 *
 * A plain function of two numbers, not an accumulator object, because at
 * national scale this runs hundreds of thousands of times before the first
 * paint: a closure's running totals made that paint 65 to 100 ms slower.
 */
export function roundingLoss(sum: number, value: number): number {
  const next = sum + value;
  return Math.abs(sum) >= Math.abs(value) ? sum - next + value : value - next + sum;
}

/** The sum of the values, by compensated summation. */
export function sumPrecisely(values: readonly number[]): number {
  let sum = 0;
  let lost = 0;
  for (const value of values) {
    lost += roundingLoss(sum, value);
    sum += value;
  }
  return sum + lost;
}
