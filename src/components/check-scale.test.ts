import { builtInPresets } from '../domain/caps';
import { checkScale, cutBarValue } from './check-scale';
import { valueAxisTop } from './chart-geometry';

// The default caps (15, 18–20, 25+) set a scale of 0 to 35: 5 above the top cap, then up to
// the next 5 (chart-geometry.ts).
const caps = builtInPresets.default.caps;
const bar = (value: number, check: string | null = null) => ({ value, ownCap: 20, check });

describe('checkScale', () => {
  it('cuts a worker at 200,000 cases per FTE, so a team at 18 to 22 is drawn on a scale of 0 to 35', () => {
    const bars = [bar(200_000, 'Check: FTE 0.0001'), bar(22), bar(18)];
    const { scaleBars, cut } = checkScale(bars, caps);
    expect(cut).toEqual([true, false, false]);
    expect(valueAxisTop(scaleBars, caps)).toBe(35);
    // A bar with no value to check is never cut, however tall.
    expect(checkScale([bar(500), bar(10)], caps).cut).toEqual([false, false]);
  });

  it('draws a bar to check to scale when it needs at most twice the scale of the others: 70 on 35', () => {
    const { scaleBars, cut } = checkScale([bar(70, 'Check: FTE 0.05'), bar(22)], caps);
    expect(cut).toEqual([false, false]);
    // 70 × 1.08 = 75.6, up to the next 5.
    expect(valueAxisTop(scaleBars, caps)).toBe(80);
    expect(checkScale([bar(71, 'Check'), bar(22)], caps).cut).toEqual([true, false]);
  });

  it('stops a cut bar where the tallest bar would stand: 35 ÷ 1.08', () => {
    expect(cutBarValue(35)).toBeCloseTo(32.41, 2);
  });
});
