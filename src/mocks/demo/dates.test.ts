import { addDays, addMonths, daysBetween, monthEnds, randomDateAfter } from './dates';
import { createRng } from './random';

describe('calendar helpers', () => {
  it('lists month ends, including short and leap Februaries', () => {
    expect(monthEnds('2025-10', 5)).toEqual([
      '2025-10-31',
      '2025-11-30',
      '2025-12-31',
      '2026-01-31',
      '2026-02-28',
    ]);
    expect(monthEnds('2028-02', 1)).toEqual(['2028-02-29']);
  });

  it.each([
    ['2025-12-31', 1, '2026-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-03-29', 3, '2026-04-01'],
  ])('addDays(%s, %i) is %s', (from, days, expected) => {
    expect(addDays(from, days)).toBe(expected);
  });

  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2025-10-15', 12, '2026-10-15'],
    ['2026-03-31', -13, '2025-02-28'],
  ])('addMonths(%s, %i) is %s', (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });

  it('counts days across a year end', () => {
    expect(daysBetween('2025-12-30', '2026-01-02')).toBe(3);
    expect(daysBetween('2026-01-02', '2025-12-30')).toBe(-3);
  });

  it('draws dates strictly after the start and on or before the end', () => {
    const rng = createRng(5);
    const dates = Array.from({ length: 500 }, () =>
      randomDateAfter(rng, '2026-01-31', '2026-02-28'),
    );
    expect(dates.every((date) => date > '2026-01-31' && date <= '2026-02-28')).toBe(true);
    expect(dates).toContain('2026-02-01');
    expect(dates).toContain('2026-02-28');
  });
});
