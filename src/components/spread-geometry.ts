/**
 * Room on the spread chart, kept apart from the chart itself (which loads
 * Recharts lazily) so the board can work out how many rows to draw first.
 */

/** Space above and below the rows: the chart's margins and its count axis with its name. */
export const SPREAD_CHART_CHROME = 8 + 18 + 30;
/** Height a row needs for its name on two lines of 12 px text and a bar that reads. */
export const SPREAD_ROW_ROOM = 28;
/** Never fewer rows than this, however short the panel: the spread must show something. */
const MIN_SPREAD_ROWS = 3;

/** How many spread rows a chart this tall draws with every name readable. */
export function spreadRowsFor(height: number): number {
  return Math.max(MIN_SPREAD_ROWS, Math.floor((height - SPREAD_CHART_CHROME) / SPREAD_ROW_ROOM));
}
