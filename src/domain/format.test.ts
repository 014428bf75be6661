import fc from 'fast-check';
import { roundToTenth } from '../contract/rounding';
import {
  formatClockTime,
  formatCount,
  formatDate,
  formatFte,
  formatList,
  formatLoad,
  formatMonth,
  formatShare,
  formatShortDate,
  plural,
} from './format';

describe('formatLoad: one decimal place, as DfE publishes', () => {
  it.each([
    [316_647 / 17_840.6, '17.7'],
    [335_563 / 20_206.0, '16.6'],
    [337_055 / 21_111.4, '16.0'],
    [320_461 / 20_803.5, '15.4'],
    [321_661 / 21_105.4, '15.2'],
    [20, '20.0'],
    [0, '0.0'],
    [17.5, '17.5'],
    [19.96, '20.0'],
    [14.95, '15.0'],
    [12 / 0.8, '15.0'],
    [1234.56, '1,234.6'],
  ])('%s -> %s', (value, expected) => {
    expect(formatLoad(value)).toBe(expected);
  });
});

describe('formatFte and formatCount', () => {
  it.each([
    [17_840.6, '17,840.6'],
    [20_206.0, '20,206.0'],
    [20_803.5, '20,803.5'],
    [0.6, '0.6'],
    [2.4000000000000004, '2.4'],
  ])('formatFte(%s) -> %s', (value, expected) => {
    expect(formatFte(value)).toBe(expected);
  });

  it.each([
    [316_647, '316,647'],
    [320_461, '320,461'],
    [0, '0'],
    [7, '7'],
  ])('formatCount(%s) -> %s', (value, expected) => {
    expect(formatCount(value)).toBe(expected);
  });
});

describe('formatShare: whole percentages', () => {
  it.each([
    [0, '0%'],
    [0.2, '20%'],
    [0.6, '60%'],
    [1, '100%'],
    [6 / 23, '26%'],
    [0.349, '35%'],
    [0.055, '6%'],
  ])('%s -> %s', (share, expected) => {
    expect(formatShare(share)).toBe(expected);
  });
});

describe('dates', () => {
  it.each([
    ['2026-10-31', '31 October 2026', 'Oct 2026'],
    ['2024-09-30', '30 September 2024', 'Sept 2024'],
    ['2025-01-01', '1 January 2025', 'Jan 2025'],
    ['2024-02-29', '29 February 2024', 'Feb 2024'],
  ])('%s -> %s / %s', (iso, long, month) => {
    expect(formatDate(iso)).toBe(long);
    expect(formatMonth(iso)).toBe(month);
  });
});

describe('plural', () => {
  it.each([
    [0, 'case holder', undefined, '0 case holders'],
    [1, 'case holder', undefined, '1 case holder'],
    [2, 'case holder', undefined, '2 case holders'],
    [1_234, 'case', undefined, '1,234 cases'],
    [2, 'child', 'children', '2 children'],
    [1, 'child', 'children', '1 child'],
  ])('%s %s -> %s', (count, singular, pluralForm, expected) => {
    expect(plural(count, singular, pluralForm)).toBe(expected);
  });
});

describe('formatList and formatClockTime', () => {
  it('joins names as a British sentence does, with no comma before "and"', () => {
    expect(formatList(['North East', 'London', 'South West'])).toBe(
      'North East, London and South West',
    );
    expect(formatList(['Team 1'])).toBe('Team 1');
    expect(formatList([])).toBe('');
  });

  it('writes a time of day on a 24-hour clock with leading zeros', () => {
    const nineFortyOne = new Date(2026, 10, 28, 9, 41).getTime();
    expect(formatClockTime(nineFortyOne)).toBe('09:41');
  });
});

/**
 * The formats are written out by hand, to spare the page Intl's start-up cost (format.ts), so
 * each is held here to what Intl itself writes for en-GB, over many values.
 */
describe('the same as Intl writes for en-GB', () => {
  const wholeNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
  const oneDecimal = new Intl.NumberFormat('en-GB', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const date = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
  const longDate = date({ day: 'numeric', month: 'long', year: 'numeric' });
  const shortDate = date({ day: 'numeric', month: 'short', year: 'numeric' });
  const monthYear = date({ month: 'short', year: 'numeric' });

  // Halves, negative zero, values that round across a thousand, and the odd value out.
  const edges = [0, -0, 0.5, -0.5, 2.5, -2.5, 0.05, -0.04, 999.5, 999.95, 1e12 + 0.5, 1e15];
  const numbers = fc.oneof(
    fc.double({ min: -1e7, max: 1e7, noNaN: true }),
    fc.integer({ min: -1e9, max: 1e9 }).map((tenthsOf) => tenthsOf / 10),
    fc.integer({ min: -1e6, max: 1e6 }).map((halves) => halves / 2),
    fc.constantFrom(...edges, NaN, Infinity, -Infinity),
  );

  it('counts and shares', () => {
    fc.assert(
      fc.property(numbers, (value) => {
        expect(formatCount(value)).toBe(wholeNumber.format(value));
        expect(formatShare(value / 100)).toBe(`${wholeNumber.format((value / 100) * 100)}%`);
      }),
      { numRuns: 20_000 },
    );
  });

  it('loads and FTEs, rounded to tenths as DfE rounds them', () => {
    fc.assert(
      fc.property(numbers, (value) => {
        const expected = Number.isFinite(value)
          ? oneDecimal.format(roundToTenth(value))
          : oneDecimal.format(value);
        expect(formatLoad(value)).toBe(expected);
        expect(formatFte(value)).toBe(expected);
      }),
      { numRuns: 20_000 },
    );
  });

  it('every date from 1990 to 2100', () => {
    for (let day = Date.UTC(1990, 0, 1); day <= Date.UTC(2100, 11, 31); day += 86_400_000) {
      const when = new Date(day);
      const iso = when.toISOString().slice(0, 10);
      expect(formatDate(iso)).toBe(longDate.format(when));
      expect(formatShortDate(iso)).toBe(shortDate.format(when));
      expect(formatMonth(iso)).toBe(monthYear.format(when));
    }
  });

  it('a date that is not one is refused, as Intl refuses it', () => {
    expect(() => formatDate('2026-02-30T')).toThrow(RangeError);
    expect(() => formatShortDate('not a date')).toThrow(RangeError);
  });

  it('lists and times of day', () => {
    const conjunction = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });
    const clockTime = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 6 }),
        fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) }),
        (items, timestamp) => {
          expect(formatList(items)).toBe(conjunction.format(items));
          expect(formatClockTime(timestamp)).toBe(clockTime.format(new Date(timestamp)));
        },
      ),
      { numRuns: 5_000 },
    );
  });
});
