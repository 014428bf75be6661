import { fireEvent, render } from '@testing-library/react';
import { bandsFromCaps } from '../domain/bands';
import { builtInPresets } from '../domain/caps';
import { workerRow } from '../domain/chart-rows';
import { DEFAULT_VIEW_MEASURE } from '../domain/measure-options';
import { settings, worker } from '../test/builders';
import { CaseloadChart } from './caseload-chart';

const caps = builtInPresets.default.caps;
const bands = bandsFromCaps(caps);

function row(id: string, displayName: string, casesHeld: number) {
  return workerRow(worker({ id, displayName, casesHeld }), bands, settings());
}

function chart(rows: ReturnType<typeof row>[]) {
  return (
    <CaseloadChart
      rows={rows}
      bands={bands}
      caps={caps}
      view={DEFAULT_VIEW_MEASURE}
      linkFor={(entry) => ({ unit: 'team', worker: entry.key })}
    />
  );
}

describe('CaseloadChart: the focus readout', () => {
  it('describes the bar in focus, and forgets it once the chart is another unit’s', () => {
    const { container, rerender } = render(
      chart([row('w1', 'Erin Walsh', 22), row('w2', 'Ada Lovelace', 14)]),
    );
    const readout = () => container.querySelector('.chart-readout')?.textContent ?? '';
    fireEvent.focus(container.querySelectorAll('a.chart-bar-link')[0]!);
    expect(readout()).toMatch(/^Erin Walsh: 22\.0/);

    // A drill-down swaps the rows while the link that had focus is taken away, with no blur.
    rerender(chart([row('w3', 'Chloe Evans', 17)]));
    expect(readout()).not.toMatch(/Erin Walsh/);
    expect(readout()).toBe('Select a bar, or tab to it and press Enter, to open it.');
  });

  it('keeps describing the same bar, with its new figures, when only the rows’ figures change', () => {
    const { container, rerender } = render(chart([row('w1', 'Erin Walsh', 22)]));
    fireEvent.focus(container.querySelector('a.chart-bar-link')!);
    rerender(chart([row('w1', 'Erin Walsh', 26)]));
    expect(container.querySelector('.chart-readout')?.textContent).toMatch(/^Erin Walsh: 26\.0/);
  });
});
