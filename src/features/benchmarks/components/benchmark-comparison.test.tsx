import { cleanup, render, screen, within } from '@testing-library/react';
import type { Snapshot } from '../../../contract/v1';
import type { DfeBenchmarks } from '../../../domain/benchmarks';
import bundled from '../../../domain/dfe-benchmarks.json';
import { buildOrgIndex } from '../../../domain/org-index';
import { settings, worker } from '../../../test/builders';
import { BenchmarkComparison } from './benchmark-comparison';

const data = bundled as DfeBenchmarks;

// Westminster (LEA 213): its 2025 figures are suppressed (x) in the published table.
const snapshot: Snapshot = {
  version: 1,
  asAt: '2025-10-31',
  organisation: { id: 'wm', name: 'Westminster', laCode: '213' },
  units: [
    { id: 'wm', parentId: null, name: 'Westminster', kind: 'organisation' },
    { id: 'team', parentId: 'wm', name: 'Team', kind: 'team' },
  ],
  // 18 + 12 cases over 1 + 0.6 FTE = 18.75, shown as 18.8.
  workers: [worker({ casesHeld: 18, fte: 1 }), worker({ casesHeld: 12, fte: 0.6 })],
};

// England at national scale: a region of invented councils, with no laCode or region given.
const england: Snapshot = {
  version: 1,
  asAt: '2025-10-31',
  organisation: { id: 'england', name: 'England' },
  units: [
    { id: 'england', parentId: null, name: 'England', kind: 'organisation' },
    { id: 'nw', parentId: 'england', name: 'North West', kind: 'region' },
    { id: 'marton', parentId: 'nw', name: 'Marton Council', kind: 'council' },
    { id: 'marton-team', parentId: 'marton', name: 'Marton Team', kind: 'team' },
  ],
  // 20 cases over 1 FTE.
  workers: [worker({ unitId: 'marton-team', casesHeld: 20, fte: 1 })],
};

function renderFor(unitId: string, from: Snapshot = snapshot) {
  const index = buildOrgIndex(from);
  render(
    <BenchmarkComparison
      data={data}
      index={index}
      unit={index.unit(unitId)!}
      organisation={from.organisation}
      settings={settings()}
    />,
  );
}

describe('BenchmarkComparison', () => {
  it('sets the organisation against England and its council’s region, and names a suppressed year', () => {
    renderFor('wm');
    expect(
      screen.getByText(
        'Westminster: 18.8 per FTE, against England’s 15.2 and Inner London’s 12.8 (DfE, 2025).',
      ),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /^Published caseload per FTE by year/ });
    const row = within(table).getByRole('row', { name: /^2025/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['15.2', '12.8', 'Suppressed (x)']);
    expect(
      screen.getByText(/Westminster’s figure for 2025 is suppressed \(x\), so it has no place/),
    ).toBeInTheDocument();
  });

  it('says below the organisation that the benchmarks are for whole councils, and shows no ranking', () => {
    renderFor('team');
    expect(screen.getByText(/Team: 18.8 per FTE/)).toBeInTheDocument();
    expect(screen.getByText(/figures are for whole councils/)).toBeInTheDocument();
    expect(screen.queryByText(/Among all councils/)).not.toBeInTheDocument();
  });

  it('sets England against England only: no region, and no place among councils', () => {
    renderFor('england', england);
    expect(
      screen.getByText('England: 20.0 per FTE, against England’s 15.2 (DfE, 2025).'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/which region/)).not.toBeInTheDocument();
    expect(screen.queryByText(/Among all councils/)).not.toBeInTheDocument();
  });

  it('sets a region against its own DfE figure, and a council in it against that region', () => {
    renderFor('nw', england);
    expect(
      screen.getByText(
        'North West: 20.0 per FTE, against England’s 15.2 and the North West’s 15.8 (DfE, 2025).',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Among all councils/)).not.toBeInTheDocument();
    cleanup();
    renderFor('marton', england);
    expect(
      screen.getByText(
        /^Marton Council: 20.0 per FTE, against England’s 15.2 and the North West’s 15.8/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/Among all councils/)).toBeInTheDocument();
    expect(screen.queryByText(/figures are for whole councils/)).not.toBeInTheDocument();
  });
});
