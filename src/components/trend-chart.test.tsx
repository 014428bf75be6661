/**
 * The trend chart on a small fixture: three snapshots, one of them a gap, and
 * two reference lines (England and a region) as the benchmarks will supply.
 */
import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { bandsFromCaps } from '../domain/bands';
import { builtInPresets } from '../domain/caps';
import { ShareTrendChart } from './share-trend-chart';
import { TrendChart, summarise, type TrendChartPoint, type TrendReference } from './trend-chart';
import { TrendTable } from './trend-table';

const caps = builtInPresets.default.caps;
const bands = bandsFromCaps(caps);
const points: TrendChartPoint[] = [
  { asAt: '2024-09-30', value: 17.94 },
  { asAt: '2025-03-31', value: null },
  { asAt: '2025-09-30', value: 21.05, ownCap: 20 },
];
const references: TrendReference[] = [
  {
    key: 'england',
    label: 'England',
    values: { '2024-09-30': 15.4, '2025-09-30': 15.2 },
    source: 'DfE, Children’s social work workforce 2025',
  },
  {
    key: 'region',
    label: 'North West',
    values: { '2024-09-30': 16.6, '2025-03-31': null },
    source: 'DfE, Children’s social work workforce 2025',
  },
];

/** A team's trend with the default caps: what every case below starts from. */
const northTeam = { points, seriesLabel: 'North Team', valueLabel: 'Cases per FTE', bands, caps };

describe('TrendChart', () => {
  it('draws at its print size while the page prints, and measures its container again after', () => {
    const { container } = render(
      <TrendChart {...northTeam} printSize={{ width: 700, height: 190 }} />,
    );
    const surface = () => container.querySelector('svg.recharts-surface');
    expect(container.querySelector('.recharts-responsive-container')).not.toBeNull();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    // Rendered within the event itself, so the printed layout already has it.
    expect(container.querySelector('.recharts-responsive-container')).toBeNull();
    expect(surface()?.getAttribute('width')).toBe('700');
    expect(surface()?.getAttribute('height')).toBe('190');
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(container.querySelector('.recharts-responsive-container')).not.toBeNull();
  });

  it('summarises the line in words, with no mention of the snapshot picker', () => {
    render(<TrendChart {...northTeam} references={references} />);
    const image = screen.getByRole('img');
    expect(image).toHaveAccessibleName(
      'Cases per FTE for North Team, Sept 2024 to Sept 2025: from 17.9 to 21.1; highest 21.1 in Sept 2025. 1 date has no figure. Compared with England and North West. The table gives every figure.',
    );
    expect(image.getAttribute('aria-label')).not.toMatch(/snapshot/i);
  });

  it('keys every line by name and dash, and gives the shared source of the references once', () => {
    render(<TrendChart {...northTeam} references={references} ownCapLabel="Own cap" />);
    const key = within(screen.getByRole('list', { name: 'Lines in the chart' }));
    expect(key.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'North Team',
      'Own cap',
      'England (dashed)',
      'North West (dotted)',
    ]);
    expect(
      screen.getAllByText(/DfE, Children’s social work workforce 2025/).map((p) => p.textContent),
    ).toEqual(['Source of the DfE lines: DfE, Children’s social work workforce 2025']);
  });

  it('labels each reference line at its last point with a value', () => {
    const { container } = render(<TrendChart {...northTeam} references={references} />);
    const labels = [...container.querySelectorAll('svg text')].map((text) => text.textContent);
    expect(labels.filter((text) => text === 'England')).toHaveLength(1);
    expect(labels.filter((text) => text === 'North West')).toHaveLength(1);
    // The bands are named at the right edge.
    expect(labels).toContain('18–20 target range');
  });

  it('names the bands beyond the right end of the cap lines, never over them', () => {
    const { container } = render(<TrendChart {...northTeam} />);
    const capLineEnds = [...container.querySelectorAll('.recharts-reference-line line')].map(
      (line) => Math.max(Number(line.getAttribute('x1')), Number(line.getAttribute('x2'))),
    );
    expect(capLineEnds.length).toBeGreaterThan(0);
    const names = [...container.querySelectorAll('svg text')].filter((text) =>
      bands.some((band) => band.label === text.textContent),
    );
    expect(names.map((text) => text.textContent)).toHaveLength(bands.length);
    for (const name of names) {
      expect(Number(name.getAttribute('x'))).toBeGreaterThan(Math.max(...capLineEnds));
    }
  });

  it('spaces snapshots by the time between them: a year earlier sits a year away', () => {
    // The national trend: the year-earlier snapshot, last month's and this month's.
    const sparse: TrendChartPoint[] = [
      { asAt: '2025-10-31', value: 17.5 },
      { asAt: '2026-09-30', value: 17.4 },
      { asAt: '2026-10-31', value: 17.4 },
    ];
    const { container } = render(<TrendChart {...northTeam} points={sparse} />);
    const path = container.querySelector('.recharts-line-curve')?.getAttribute('d') ?? '';
    const xs = [...path.matchAll(/[ML]\s*(-?[\d.]+)[ ,]/g)].map((match) => Number(match[1]));
    expect(xs).toHaveLength(3);
    const [first, middle, last] = xs as [number, number, number];
    // 334 of the 365 days from the first to the last have passed at the middle snapshot.
    expect((middle - first) / (last - first)).toBeCloseTo(334 / 365, 2);
  });

  it('says when there are too few snapshots to draw a trend', () => {
    render(<TrendChart {...northTeam} points={[points[0]!]} />);
    expect(screen.getByText('Trend appears once there are two snapshots.')).toBeInTheDocument();
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('says when the snapshots are there but too few have a figure, not that there is no history', () => {
    const gap = { asAt: '2025-11-30', value: null };
    render(
      <TrendChart {...northTeam} points={[points[0]!, gap, { ...gap, asAt: '2025-12-31' }]} />,
    );
    expect(
      screen.getByText('No trend to draw: 2 of 3 snapshots have no figure to show.'),
    ).toBeInTheDocument();
  });

  it('has no figures to summarise when every point is a gap', () => {
    expect(summarise([{ asAt: '2025-09-30', value: null }], 'North Team', 'Load', [])).toBe(
      'Load for North Team: no figures yet.',
    );
  });
});

describe('ShareTrendChart', () => {
  it('summarises the share at each cap from first to last', () => {
    render(
      <ShareTrendChart
        points={[
          { asAt: '2025-09-30', overCaps: [{ threshold: 20, share: 0.42 }] },
          { asAt: '2026-09-30', overCaps: [{ threshold: 20, share: 0.35 }] },
        ]}
        thresholds={[20]}
        bands={bands}
        whoLabel="case holders in North Team"
      />,
    );
    expect(screen.getByRole('img')).toHaveAccessibleName(
      'Share of case holders in North Team at or over each cap, Sept 2025 to Sept 2026: at 20+ from 42% to 35%. The table gives every figure.',
    );
  });
});

describe('TrendTable', () => {
  it('gives every figure, including a reference column, with a gap explained', () => {
    render(
      <TrendTable
        caption="North Team"
        points={points}
        columns={[
          { key: 'value', header: 'Cases per FTE', cell: (p) => p.value?.toFixed(1) ?? '–' },
          {
            key: 'england',
            header: 'England',
            cell: (p) => references[0]?.values[p.asAt]?.toFixed(1) ?? '–',
          },
        ]}
        note={(p) => (p.value === null ? 'Could not be loaded' : null)}
      />,
    );
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      '30 September 202417.915.4',
      '31 March 2025––Could not be loaded',
      '30 September 202521.115.2',
    ]);
  });
});
