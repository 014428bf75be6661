import { describe, expect, it } from 'vitest';
import { boardTrendCells, withholdSmallGroups } from './board-trend';
import type { UnitTrendPoint } from './trend';

function point(asAt: string, value: number | null, counted: number, at20: number): UnitTrendPoint {
  return {
    asAt,
    status: value === null ? 'absent' : 'ok',
    value,
    band: null,
    counted,
    // An absent unit has no shares at all, not zero shares.
    overCaps: [
      {
        threshold: 20,
        count: Math.round(at20 * counted),
        of: counted,
        share: value === null ? null : at20,
      },
      { threshold: 25, count: 0, of: counted, share: value === null ? null : 0 },
    ],
  };
}

describe('board trend', () => {
  // Team of 4 in August (below 5: withheld), 6 in September and October.
  const points = [
    point('2026-08-31', 21.25, 4, 0.5),
    point('2026-09-30', 19.04, 6, 2 / 6),
    point('2026-10-31', 18.96, 6, 1 / 6),
    point('2026-11-30', null, 0, 0),
  ];

  it('withholds the dates where fewer workers were counted than the minimum', () => {
    const shown = withholdSmallGroups(points, 5);
    expect(shown.map((p) => p.withheld)).toEqual([true, false, false, false]);
    expect(shown[0]?.value).toBeNull();
    expect(shown[0]?.overCaps.map((over) => over.share)).toEqual([null, null]);
    expect(shown[1]?.value).toBe(19.04);
    // With a minimum of 3, the team of 4 is shown.
    expect(withholdSmallGroups(points, 3)[0]?.value).toBe(21.25);
  });

  it('gives one CSV row per date, with shares in whole percentages and the reason when withheld', () => {
    const cells = boardTrendCells(
      withholdSmallGroups(points, 5),
      'Cases per FTE',
      [20, 25],
      'suppressed (fewer than 5 workers)',
    );
    expect(cells).toEqual([
      ['Date', 'Cases per FTE', 'Share at 20+', 'Share at 25+'],
      ['31 August 2026', 'suppressed (fewer than 5 workers)', '', ''],
      ['30 September 2026', 19, '33%', '0%'],
      ['31 October 2026', 19, '17%', '0%'],
      ['30 November 2026', null, null, null],
    ]);
  });
});
