/**
 * How councils' published caseloads per FTE spread: one bar per band one
 * case wide. The bar holding the figure being placed is darker, outlined,
 * named in the legend and labelled above, so it does not rest on colour alone.
 */
import {
  Bar,
  BarChart,
  LabelList,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { DistributionBin } from '../../../domain/benchmarks';
import { seriesLooks } from '../../../components/series-looks';

const TEXT_COLOUR = '#0b0c0c';

interface CouncilsChartProps {
  bins: readonly DistributionBin[];
  /** The label over the marked bar: "Knowsley", or "This snapshot". */
  markLabel: string;
  /** The marked bar's name in the legend: "Councils in the same bar as Knowsley". */
  markedName: string;
}

export function CouncilsChart({ bins, markLabel, markedName }: CouncilsChartProps) {
  // Two series stacked: the marked bin's councils go in the second, so it can be drawn apart.
  const data = bins.map((bin) => ({
    range: `${bin.from}`,
    others: bin.marked ? 0 : bin.count,
    marked: bin.marked ? bin.count : 0,
    mark: bin.marked ? `▼ ${markLabel}` : '',
  }));
  return (
    <ResponsiveContainer width="100%" height={280} initialDimension={{ width: 640, height: 280 }}>
      <BarChart
        data={data}
        margin={{ top: 28, right: 24, bottom: 8, left: 0 }}
        accessibilityLayer={false}
      >
        <XAxis
          dataKey="range"
          stroke="#505a5f"
          tick={{ fill: TEXT_COLOUR, fontSize: 12 }}
          interval={0}
          label={{
            value: 'cases per FTE',
            position: 'insideBottom',
            offset: -4,
            fill: TEXT_COLOUR,
            fontSize: 12,
          }}
          height={44}
        />
        <YAxis
          allowDecimals={false}
          stroke="#505a5f"
          tick={{ fill: TEXT_COLOUR, fontSize: 12 }}
          width={40}
          label={{
            value: 'councils',
            angle: -90,
            position: 'insideLeft',
            fill: TEXT_COLOUR,
            fontSize: 12,
          }}
        />
        <Tooltip isAnimationActive={false} cursor={{ fill: 'rgba(11, 12, 12, 0.06)' }} />
        {/* Legend text in the text colour: the series colours are too light for text. */}
        <Legend
          wrapperStyle={{ paddingTop: 14 }}
          formatter={(value: string) => <span style={{ color: TEXT_COLOUR }}>{value}</span>}
        />
        <Bar
          dataKey="others"
          name="Councils (cases per FTE)"
          stackId="councils"
          fill="#a6c1d8"
          stroke="#12436d"
          isAnimationActive={false}
        />
        <Bar
          dataKey="marked"
          name={markedName}
          stackId="councils"
          // This unit's own look in every chart (navy), not a band's colour: the bar
          // is where the unit sits among councils, not a caseload band.
          fill={seriesLooks.own.colour}
          stroke={TEXT_COLOUR}
          strokeWidth={2}
          isAnimationActive={false}
        >
          <LabelList
            dataKey="mark"
            position="top"
            fill={TEXT_COLOUR}
            fontSize={12}
            fontWeight={700}
          />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
