/**
 * The marks the trend charts share: a marker shape per line, so lines are
 * told apart by shape and line style as well as colour, and a key that draws
 * the same marks beside each line's name.
 */
import type { ReactNode } from 'react';

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'dash';

export const MARKER_SHAPES: readonly MarkerShape[] = ['circle', 'square', 'triangle', 'diamond'];

/** Said in place of a chart that has fewer than two points to join. */
export const TOO_FEW_POINTS = 'Trend appears once there are two snapshots.';

/**
 * Why no trend is drawn: too few snapshots, or too few with a figure to show
 * (withheld or unknown), which is not the same as having no history.
 */
export function tooFewPointsText(points: number, known: number): string {
  if (points < 2) return TOO_FEW_POINTS;
  return `No trend to draw: ${points - known} of ${points} snapshots have no figure to show.`;
}

export const TEXT_COLOUR = '#0b0c0c';
export const AXIS_COLOUR = '#505a5f';

/** One point's marker, centred on (cx, cy), white-edged to stand out on any band tint. */
export function Marker({
  shape,
  cx,
  cy,
  colour,
  size = 5,
}: {
  shape: MarkerShape;
  cx: number;
  cy: number;
  colour: string;
  size?: number;
}) {
  const common = { fill: colour, stroke: '#ffffff', strokeWidth: 1.5 };
  switch (shape) {
    case 'circle':
      return <circle cx={cx} cy={cy} r={size} {...common} />;
    case 'square':
      return <rect x={cx - size} y={cy - size} width={size * 2} height={size * 2} {...common} />;
    case 'triangle':
      return (
        <polygon
          points={`${cx},${cy - size * 1.2} ${cx + size * 1.1},${cy + size * 0.8} ${cx - size * 1.1},${cy + size * 0.8}`}
          {...common}
        />
      );
    case 'diamond':
      return (
        <polygon
          points={`${cx},${cy - size * 1.3} ${cx + size * 1.1},${cy} ${cx},${cy + size * 1.3} ${cx - size * 1.1},${cy}`}
          {...common}
        />
      );
    case 'cross':
      return (
        <path
          d={`M${cx - size},${cy - size}L${cx + size},${cy + size}M${cx - size},${cy + size}L${cx + size},${cy - size}`}
          stroke={colour}
          strokeWidth={2.5}
        />
      );
    case 'dash':
      return (
        <g>
          <line
            x1={cx - size * 1.6}
            x2={cx + size * 1.6}
            y1={cy}
            y2={cy}
            stroke="#ffffff"
            strokeWidth={6}
          />
          <line
            x1={cx - size * 1.6}
            x2={cx + size * 1.6}
            y1={cy}
            y2={cy}
            stroke={colour}
            strokeWidth={3}
          />
        </g>
      );
  }
}

/** One line in a chart: how it is drawn, for the chart and for its key. */
export interface LineStyle {
  key: string;
  label: string;
  colour: string;
  shape: MarkerShape;
  /** SVG stroke-dasharray, or undefined for a solid line. */
  dash?: string | undefined;
  /** The dash in words, said after the label in the key: "dashed", "dotted". */
  pattern?: string | undefined;
  width: number;
}

/** The key under a chart: each line's look (style, marker) and its name in words. */
export function LineKey({
  lines,
  children,
}: {
  lines: readonly LineStyle[];
  children?: ReactNode;
}) {
  return (
    <div className="trend-key">
      <ul aria-label="Lines in the chart">
        {lines.map((line) => (
          <li key={line.key}>
            <svg width="44" height="16" aria-hidden="true" focusable="false">
              <line
                x1="2"
                x2="42"
                y1="8"
                y2="8"
                stroke={line.colour}
                strokeWidth={line.width}
                strokeDasharray={line.dash}
              />
              <Marker shape={line.shape} cx={22} cy={8} colour={line.colour} size={4.5} />
            </svg>
            <span>
              {line.label}
              {line.pattern ? ` (${line.pattern})` : ''}
            </span>
          </li>
        ))}
      </ul>
      {children}
    </div>
  );
}

/** The top of a value axis: above every value and the highest cap, on a multiple of 5. */
export function axisTop(values: readonly number[], highestCap: number): number {
  const highestValue = Math.max(0, ...values);
  return Math.ceil((Math.max(highestValue * 1.08, highestCap + 5) + 0.001) / 5) * 5;
}
