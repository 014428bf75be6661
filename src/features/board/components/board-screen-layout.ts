/**
 * How the board sits on a screen and on paper: its type size and columns
 * from the screen it fills, and the zoom that puts that same board on an A4
 * landscape page.
 */
import type { CSSProperties } from 'react';

/** An A4 landscape page less 8 mm margins, in CSS pixels (96 to the inch). */
const PRINT_PAGE = { width: 1062, height: 733 };

/** Print keeps the sheet's screen layout and scales it onto the page (see board.css). */
export function printSize(width: number, height: number): CSSProperties {
  if (width === 0 || height === 0) return {};
  const zoom = Math.min(1, PRINT_PAGE.width / width, PRINT_PAGE.height / height);
  return {
    '--board-screen-width': `${width}px`,
    '--board-screen-height': `${height}px`,
    '--board-print-zoom': zoom.toFixed(4),
  } as CSSProperties;
}

/** At or below this screen height, the panels sit in three columns so each chart keeps its height. */
const SHORT_SCREEN = 900;

/**
 * The board's type and layout, from the screen it fills: about 16 px at
 * 1920x1080 and 12 px at 1280x720. Worked out here, not by viewport units or
 * media queries, because in print those take the paper's size, and the
 * printed board must be the screen's board scaled (charts keep their size).
 */
export function screenLayout(
  width: number,
  height: number,
): { style: CSSProperties; short: boolean } {
  if (width === 0 || height === 0) return { style: {}, short: false };
  const fontSize = Math.min(18, Math.max(12, 0.005 * width + 0.006 * height));
  return { style: { fontSize: `${fontSize.toFixed(2)}px` }, short: height <= SHORT_SCREEN };
}
