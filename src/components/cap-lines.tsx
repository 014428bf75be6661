import { ReferenceLine } from 'recharts';
import type { Cap } from '../domain/caps';
import { TEXT_COLOUR } from './trend-marks';

/**
 * The caps as horizontal lines on a chart: a single cap solid, a range
 * dashed at both ends. `width` thickens the lines that mark being over: a
 * single cap and the top of a range. Returned as elements, not a component,
 * because Recharts reads its reference lines from the chart's own children.
 */
export function capLines(caps: readonly Cap[], width = 1) {
  return caps.flatMap((cap) =>
    cap.kind === 'line'
      ? [
          <ReferenceLine
            key={`line-${cap.value}`}
            y={cap.value}
            stroke={TEXT_COLOUR}
            strokeWidth={width}
          />,
        ]
      : [
          <ReferenceLine
            key={`from-${cap.from}`}
            y={cap.from}
            stroke={TEXT_COLOUR}
            strokeDasharray="6 4"
          />,
          <ReferenceLine
            key={`to-${cap.to}`}
            y={cap.to}
            stroke={TEXT_COLOUR}
            strokeWidth={width}
            strokeDasharray="6 4"
          />,
        ],
  );
}
