import { wrapLabel } from '../domain/wrap-label';

/** Average width of a 12 px label character, for fitting labels without measuring text. */
const CHAR_WIDTH = 7;
const LINE_HEIGHT = 14;

interface WrappedTickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  /** The room each label has, in pixels: a bar's width, or the axis's width. */
  room: number;
  maxLines: number;
  orientation: 'bottom' | 'left';
}

/**
 * An axis label wrapped onto lines that fit the room it has, so long names
 * never overlap at narrow widths; the last line ends in "…" when cut (the
 * full name is in the table and the tooltip).
 */
export function WrappedAxisTick({ x, y, payload, room, maxLines, orientation }: WrappedTickProps) {
  const left = Number(x ?? 0);
  const top = Number(y ?? 0);
  const value = payload?.value;
  const text = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  const lines = wrapLabel(text, Math.max(3, Math.floor(room / CHAR_WIDTH)), maxLines);
  // Left-axis labels are centred on their bar; bottom-axis labels hang below the axis.
  const firstDy =
    orientation === 'left' ? 4 - ((lines.length - 1) * LINE_HEIGHT) / 2 : LINE_HEIGHT - 2;
  return (
    <text
      x={left}
      y={top}
      fill="#0b0c0c"
      fontSize={12}
      textAnchor={orientation === 'left' ? 'end' : 'middle'}
    >
      {lines.map((line, position) => (
        <tspan key={position} x={left} dy={position === 0 ? firstDy : LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
