import { render, screen } from '@testing-library/react';
import type { Worker } from '../contract/v1';
import { bandsFromCaps } from '../domain/bands';
import { builtInPresets } from '../domain/caps';
import { workerRow } from '../domain/chart-rows';
import { DEFAULT_VIEW_MEASURE } from '../domain/measure-options';
import { settings, worker as someWorker } from '../test/builders';
import { CaseloadChart } from './caseload-chart';

const caps = builtInPresets.default.caps;
const bands = bandsFromCaps(caps);

function worker(id: string, displayName: string, casesHeld: number, fte: number): Worker {
  return someWorker({ id, displayName, casesHeld, fte });
}

function renderChart(workers: Worker[]) {
  const rows = workers.map((entry) => workerRow(entry, bands, settings()));
  const view = render(
    <CaseloadChart
      rows={rows}
      bands={bands}
      caps={caps}
      view={DEFAULT_VIEW_MEASURE}
      linkFor={null}
    />,
  );
  return view.container;
}

describe('CaseloadChart: bars to check', () => {
  it('prints "check" over a bar to check, cuts one at 200,000 cases per FTE, and keeps the others to scale', () => {
    const chart = renderChart([
      worker('w1', 'Erin Walsh', 20, 0.0001),
      worker('w2', 'Chloe Evans', 3, 0.05),
      worker('w3', 'Ada Lovelace', 18, 1),
    ]);
    const svg = chart.querySelector('svg')!;
    expect(
      [...svg.querySelectorAll('.caseload-chart__check')].map((text) => text.textContent),
    ).toEqual(['check', 'check']);
    // The values are the bars' own: the cut bar's 200,000 is printed, never NaN.
    expect(
      [...svg.querySelectorAll('.caseload-chart__values > text')].map((text) => text.textContent),
    ).toEqual(['200,000.0', '60.0', '18.0', 'check', 'check']);
    expect(svg.querySelectorAll('.caseload-chart__break')).toHaveLength(1);
    // Scale from Chloe's 60 and Ada's 18, not from 200,000: its top tick is 65.
    const ticks = [...svg.querySelectorAll('.caseload-chart__y-axis text')].map(
      (text) => text.textContent,
    );
    expect(ticks).toContain('65');
    expect(svg.textContent).not.toContain('NaN');
    expect(
      screen.getByText(/^“check” over a bar: its figure rests on a value far outside the usual/),
    ).toHaveTextContent(
      'A bar with a white break across it is too tall to draw to scale with the others, and cut at the top; the figure above it is its own.',
    );
    expect(
      screen.getByRole('img', { name: /^Erin Walsh: 200,000\.0 cases per FTE/ }),
    ).toHaveAccessibleName(
      /Check: FTE 0\.0001 with 20 cases \(less than 0\.1\); 200,000\.0 cases per FTE \(more than 100\)\.$/,
    );
  });

  it('draws the values over the own-cap marks, each value’s white edge before any value', () => {
    // Three full-time workers just under their own cap of 20: each mark sits by its value.
    const chart = renderChart([
      worker('w1', 'Ana Ruiz', 19, 1),
      worker('w2', 'Ben Ortiz', 19, 1),
      worker('w3', 'Cai Wen', 18, 1),
    ]);
    const svg = chart.querySelector('svg')!;
    const texts: Element[] = [...svg.querySelectorAll('text')];
    const edges = [...svg.querySelectorAll('.caseload-chart__value-edges > text')];
    const values = [...svg.querySelectorAll('.caseload-chart__values > text')];
    expect(values.map((text) => text.textContent)).toEqual(['19.0', '19.0', '18.0']);
    expect(edges.map((text) => text.textContent)).toEqual(['19.0', '19.0', '18.0']);
    // Every edge comes before every value, so no value's edge rubs out its neighbour.
    expect(Math.max(...edges.map((text) => texts.indexOf(text)))).toBeLessThan(
      Math.min(...values.map((text) => texts.indexOf(text))),
    );
    // And the marks come before the values, so no mark's edge cuts through a value.
    const lastMark = [...svg.querySelectorAll('.own-cap-mark')].at(-1)!;
    expect(lastMark.compareDocumentPosition(edges[0]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
  });
});
