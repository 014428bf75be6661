import { spreadRowsFor } from './spread-geometry';

describe('spreadRowsFor', () => {
  it.each([
    // 56 px of margins and axis, then 28 px a row: (270 - 56) / 28 = 7.6, so 7.
    { height: 270, rows: 7 },
    { height: 56 + 28 * 12, rows: 12 },
    // However short the panel, three rows.
    { height: 80, rows: 3 },
  ])('draws $rows rows in $height px', ({ height, rows }) => {
    expect(spreadRowsFor(height)).toBe(rows);
  });
});
