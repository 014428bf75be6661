/**
 * England, the region and (when known) the council by year: published
 * caseload per FTE as lines. Draws what it is given; the table beside it
 * holds the same figures.
 */
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../../components/chart-frame';
import { lineStyles, type BenchmarkLine } from './benchmark-series';

const TEXT_COLOUR = '#0b0c0c';

export function BenchmarksByYearChart({
  lines,
  printWidth,
}: {
  lines: readonly BenchmarkLine[];
  /** Drawn at this width while the page prints (see ChartFrame). */
  printWidth?: number;
}) {
  const years = lines[0]?.points.map((point) => point.year) ?? [];
  const data = years.map((year) => ({
    year: String(year),
    ...Object.fromEntries(
      lines.map((line) => [
        line.key,
        line.points.find((point) => point.year === year)?.value ?? null,
      ]),
    ),
  }));
  return (
    <ChartFrame height={260} initialWidth={640} printWidth={printWidth}>
      <LineChart
        data={data}
        margin={{ top: 8, right: 24, bottom: 8, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke="#dfe0e1" vertical={false} />
        <XAxis dataKey="year" stroke="#505a5f" tick={{ fill: TEXT_COLOUR, fontSize: 12 }} />
        <YAxis
          stroke="#505a5f"
          tick={{ fill: TEXT_COLOUR, fontSize: 12 }}
          domain={[0, 'auto']}
          width={40}
          label={{
            value: 'cases per FTE',
            angle: -90,
            position: 'insideLeft',
            fill: TEXT_COLOUR,
            fontSize: 12,
          }}
        />
        <Tooltip isAnimationActive={false} />
        {/* Legend text in the text colour: the series colours are too light for text. */}
        <Legend
          formatter={(value: string) => <span style={{ color: TEXT_COLOUR }}>{value}</span>}
        />
        {lines.map((line) => (
          <Line
            key={line.key}
            dataKey={line.key}
            name={line.name}
            stroke={lineStyles[line.key].colour}
            strokeDasharray={lineStyles[line.key].dash}
            strokeWidth={2.5}
            dot={{ r: 3, fill: lineStyles[line.key].colour }}
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ChartFrame>
  );
}
