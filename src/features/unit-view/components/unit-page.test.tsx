import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Snapshot, Unit } from '../../../contract/v1';
import { DEFAULT_ASYE_RULE } from '../../../domain/asye-rule';
import { bandsFromCaps } from '../../../domain/bands';
import { builtInPresets } from '../../../domain/caps';
import { DEFAULT_VIEW_MEASURE } from '../../../domain/measure-options';
import { EMPTY_HISTORY } from '../../../domain/snapshot-history';
import { buildOrgIndex } from '../../../domain/org-index';
import { DEFAULT_WEIGHTING } from '../../../domain/weighting';
import type { ViewSearch } from '../../../lib/view-search';
import { UnitPage } from './unit-page';

function council(id: string, name: string, aggregate: Unit['aggregate']): Unit {
  return { id, parentId: 'west', name, kind: 'council', aggregate };
}

// A region of published council totals, one of them suppressed, as the DfE
// table gives West Midlands in 2024.
const snapshot: Snapshot = {
  version: 1,
  asAt: '2024-09-30',
  organisation: { id: 'england', name: 'England (DfE published figures)' },
  units: [
    { id: 'england', parentId: null, name: 'England', kind: 'organisation' },
    { id: 'west', parentId: 'england', name: 'West Midlands', kind: 'region' },
    council('dudley', 'Dudley', {
      cases: 150,
      caseHolderFte: 10,
      headcount: 12,
      inPostFte: 11,
      agencyFte: 1,
      vacantFte: 2,
    }),
    council('birmingham', 'Birmingham', {
      cases: 'u',
      caseHolderFte: 'u',
      headcount: 794,
      inPostFte: 766.2,
      agencyFte: 'u',
      vacantFte: 278,
    }),
  ],
  workers: [],
};

/** Renders a unit's page under the default caps and measure, from the West Midlands snapshot unless given another. */
function renderUnit(unitId: string, from: Snapshot = snapshot, search: ViewSearch = {}) {
  const index = buildOrgIndex(from);
  const preset = builtInPresets.default;
  render(
    <UnitPage
      index={index}
      unit={index.unit(unitId)!}
      caps={preset.caps}
      bands={bandsFromCaps(preset.caps)}
      preset={preset}
      settings={{
        view: DEFAULT_VIEW_MEASURE,
        weighting: DEFAULT_WEIGHTING,
        asyeRule: DEFAULT_ASYE_RULE,
        referenceCapPerFte: 20,
      }}
      teamTypeCaps={{}}
      dates={[from.asAt]}
      history={EMPTY_HISTORY}
      search={search}
      rejected={[]}
    />,
  );
}

describe('UnitPage for units with published totals', () => {
  it('shows the caseload from the totals and names the suppressed council in the notes', () => {
    renderUnit('west');
    expect(
      screen.getByText(/^West Midlands: 15\.0 cases per FTE, from the totals of 1 of 2 units/),
    ).toBeInTheDocument();
    const notes = screen.getByRole('region', { name: 'Notes on the figures' });
    expect(
      within(notes).getByText(/Left out of both cases and FTE: 1 unit with totals\./),
    ).toBeInTheDocument();
    expect(
      within(notes).getByText('Birmingham (cases and case-holder FTE suppressed (u))'),
    ).toBeInTheDocument();
    expect(
      within(notes).getByText(/Birmingham \(agency FTE suppressed \(u\)\)/),
    ).toBeInTheDocument();
  });

  it('says the per-worker tiles are not in the totals, never "0 of 0"', () => {
    renderUnit('west');
    const tiles = screen.getAllByText('Not in the totals');
    expect(tiles.length).toBeGreaterThanOrEqual(3);
    expect(screen.queryByText(/0 of 0/)).not.toBeInTheDocument();
  });

  it('lists a suppressed council in the table with the reason, and no value', () => {
    renderUnit('west');
    const table = screen.getByRole('table', { name: /Councils in West Midlands/ });
    const row = within(table).getByRole('row', { name: /Birmingham/ });
    expect(within(row).getByText('Suppressed in the published table (u)')).toBeInTheDocument();
  });

  it('says a council with totals has no bars, and shows its own load', () => {
    renderUnit('dudley');
    expect(screen.getByText(/^Dudley: 15\.0 cases per FTE, from its totals\./)).toBeInTheDocument();
    expect(
      screen.getByText(/Dudley reports totals in place of workers, so there are no bars to draw/),
    ).toBeInTheDocument();
  });

  it('says why a suppressed council has no load, with no empty table or spread', () => {
    renderUnit('birmingham');
    expect(
      screen.getByText(
        'Birmingham has totals only, and they cannot be counted here (cases and case-holder FTE suppressed (u)), so there is no load to show.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /Spread/ })).not.toBeInTheDocument();
    // Unknown is not zero: the agency share says what is missing, not "0.0 of 0.0".
    expect(screen.getByText('Agency or in-post FTE not known')).toBeInTheDocument();
    expect(screen.getByText('766.2 FTE in all')).toBeInTheDocument();
  });
});

describe('UnitPage spread', () => {
  // Team A comes first in the snapshot, but Team B carries the higher load.
  const teams: Snapshot = {
    version: 1,
    asAt: '2026-10-31',
    organisation: { id: 'org', name: 'Exampleshire' },
    units: [
      { id: 'org', parentId: null, name: 'Exampleshire', kind: 'organisation' },
      { id: 'team-a', parentId: 'org', name: 'Team A', kind: 'team' },
      { id: 'team-b', parentId: 'org', name: 'Team B', kind: 'team' },
    ],
    workers: [
      { id: 'a1', unitId: 'team-a', casesHeld: 12 },
      { id: 'b1', unitId: 'team-b', casesHeld: 26 },
    ].map((worker) => ({
      ...worker,
      displayName: `Worker ${worker.id}`,
      role: 'case-holder' as const,
      asye: false,
      agency: false,
      fte: 1,
    })),
  };

  it('lists units in the chart’s order (highest load first) and keys the band colours', async () => {
    renderUnit('org', teams);
    const spread = await screen.findByRole('table', { name: /Case holders in each band/ });
    const names = within(spread)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(names).toEqual(['Team B', 'Team A']);
    const key = screen.getByRole('list', { name: 'Bands in the spread, calmest first' });
    expect(
      within(key)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Up to 15', '15–18', '18–20 target range', '20–25', '25 and over']);
  });

  it('sorts by name when the address says so, and a choice of order goes into the address', async () => {
    window.history.replaceState(null, '', '/?unit=org&sort=name');
    renderUnit('org', teams, { unit: 'org', sort: 'name' });
    const chart = screen.getByRole('group', { name: 'Sort by' });
    expect(within(chart).getByRole('radio', { name: 'Name' })).toBeChecked();
    const table = await screen.findByRole('table', { name: /Case holders in each band/ });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Team A', 'Team B']);
    await userEvent.click(within(chart).getByRole('radio', { name: 'Highest load' }));
    // Highest first is the default, so it leaves the address; the unit stays.
    expect(window.location.search).toBe('?unit=org');
  });

  it('says the counts under the chart are of its bars (teams), not of workers', () => {
    renderUnit('org', teams);
    const legend = screen.getByRole('list', { name: 'Teams in each band' });
    // Team B at 26 is 25 and over; Team A at 12 is up to 15.
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['25 and over: 1', '20–25: 0', '18–20 target range: 0', '15–18: 0', 'Up to 15: 1']);
    expect(screen.getByText('Teams in each band:')).toBeInTheDocument();
  });

  it('heads the count of each unit’s counted workers “Counted”, and says whom it counts in the cell', () => {
    renderUnit('org', teams);
    const table = screen.getByRole('table', { name: /^Teams in Exampleshire/ });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(headers.slice(0, 2)).toEqual(['Unit', 'Counted']);
    const row = within(table).getByRole('row', { name: /^Team B/ });
    expect(within(row).getAllByRole('cell')[0]).toHaveTextContent(/^1 case holder$/);
  });
});
