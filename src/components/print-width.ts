/**
 * The width of an A4 portrait page inside the browser's default margins, in
 * CSS px: charts in the page's flow are drawn at it while the page prints.
 * A module of its own, so a view can name it without loading Recharts.
 */
export const A4_PRINT_WIDTH = 700;
