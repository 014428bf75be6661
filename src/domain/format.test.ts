import {
  formatClockTime,
  formatCount,
  formatDate,
  formatFte,
  formatList,
  formatLoad,
  formatMonth,
  formatShare,
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
