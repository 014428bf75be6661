import type { Worker } from '../contract/v1';
import type { Cap } from './caps';
import { headlineFor } from './headline';
import type { OverCapCount } from './measures';

function caseHolders(count: number): Worker[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `w${i}`,
    unitId: 'team',
    displayName: `Worker ${i}`,
    role: 'case-holder' as const,
    asye: false,
    agency: false,
    fte: 1,
    casesHeld: 18,
  }));
}

const line15: Cap = { kind: 'line', value: 15, label: '15' };
const range18to20: Cap = { kind: 'range', from: 18, to: 20, label: 'target range' };
const line25: Cap = { kind: 'line', value: 25, label: '25 and over' };
const capacity100: Cap = { kind: 'line', value: 100, label: 'full capacity' };

function over(cap: Cap, threshold: number, count: number, of: number): OverCapCount {
  return { cap, threshold, count, of, share: of > 0 ? count / of : null };
}

describe('headlineFor', () => {
  it.each<{ name: string; of: number; overCaps: (of: number) => OverCapCount[]; expected: string }>(
    [
      {
        name: 'the two highest caps with people over both',
        of: 23,
        overCaps: (of) => [
          over(line15, 15, 15, of),
          over(range18to20, 20, 6, of),
          over(line25, 25, 2, of),
        ],
        // 6 / 23 = 26.1% -> 26%; 2 / 23 = 8.7% -> 9%.
        expected:
          '6 of 23 case holders in North are at 20+ cases per FTE (26%); 2 are at 25+ (9%).',
      },
      {
        // National scale: 18,231 / 26,250 = 69.5% -> 69%; 4,000 / 26,250 = 15.2% -> 15%.
        name: 'counts in the thousands, with separators',
        of: 26_250,
        overCaps: (of) => [over(range18to20, 20, 18_231, of), over(line25, 25, 4_000, of)],
        expected:
          '18,231 of 26,250 case holders in North are at 20+ cases per FTE (69%); 4,000 are at 25+ (15%).',
      },
      {
        name: 'caps given out of order',
        of: 23,
        overCaps: (of) => [
          over(line25, 25, 2, of),
          over(line15, 15, 15, of),
          over(range18to20, 20, 6, of),
        ],
        expected:
          '6 of 23 case holders in North are at 20+ cases per FTE (26%); 2 are at 25+ (9%).',
      },
      {
        name: 'one person at each',
        of: 4,
        overCaps: (of) => [over(range18to20, 20, 1, of), over(line25, 25, 1, of)],
        expected: '1 of 4 case holders in North is at 20+ cases per FTE (25%); 1 is at 25+ (25%).',
      },
      {
        name: 'no one over the top cap',
        of: 4,
        overCaps: (of) => [over(range18to20, 20, 3, of), over(line25, 25, 0, of)],
        expected: '3 of 4 case holders in North are at 20+ cases per FTE (75%); none is at 25+.',
      },
      {
        name: 'no one over either cap',
        of: 4,
        overCaps: (of) => [over(range18to20, 20, 0, of), over(line25, 25, 0, of)],
        expected: 'None of the 4 case holders in North is at 20+ cases per FTE; none is at 25+.',
      },
      {
        name: 'a single cap',
        of: 1,
        overCaps: (of) => [over(line15, 15, 1, of)],
        expected: '1 of 1 case holder in North is at 15+ cases per FTE (100%).',
      },
      {
        name: 'a single cap no one is over',
        of: 3,
        overCaps: (of) => [over(line15, 15, 0, of)],
        expected: 'None of the 3 case holders in North is at 15+ cases per FTE.',
      },
      {
        name: 'no caps at all',
        of: 3,
        overCaps: () => [],
        expected: 'North has 3 case holders.',
      },
      {
        name: 'no counted case holders',
        of: 0,
        overCaps: (of) => [over(line15, 15, 0, of)],
        expected:
          'North has no case holders with a known load, so there is nothing to compare with the caps.',
      },
    ],
  )('$name', ({ of, overCaps, expected }) => {
    expect(headlineFor('North', { counted: caseHolders(of), overCaps: overCaps(of) })).toBe(
      expected,
    );
  });

  it.each<{ name: string; of: number; overCaps: (of: number) => OverCapCount[]; expected: string }>(
    [
      {
        // Weighted points: one capacity line at 100. 1 of 2 = 50%.
        name: 'everyone, in points against capacity',
        of: 2,
        overCaps: (of) => [over(capacity100, 100, 1, of)],
        expected: '1 of 2 workers in North is at 100+ points per FTE (50%).',
      },
      {
        name: 'everyone, no one over either cap',
        of: 5,
        overCaps: (of) => [over(range18to20, 20, 0, of), over(line25, 25, 0, of)],
        expected: 'None of the 5 workers in North is at 20+ points per FTE; none is at 25+.',
      },
      {
        name: 'no one with a known load',
        of: 0,
        overCaps: (of) => [over(capacity100, 100, 0, of)],
        expected:
          'North has no workers with a known load, so there is nothing to compare with the caps.',
      },
    ],
  )('with its own wording: $name', ({ of, overCaps, expected }) => {
    expect(
      headlineFor(
        'North',
        { counted: caseHolders(of), overCaps: overCaps(of) },
        { who: 'worker', unit: 'points per FTE' },
      ),
    ).toBe(expected);
  });

  it('never writes NaN', () => {
    const text = headlineFor('Team', { counted: [], overCaps: [] });
    expect(text).not.toMatch(/NaN|undefined|Infinity/);
  });
});
