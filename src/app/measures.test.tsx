import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CaseloadTable } from '../components/caseload-table';
import { bandsFromCaps } from '../domain/bands';
import type { ChartRow } from '../domain/chart-rows';
import { demoSnapshot, demoSnapshotList } from '../mocks/demo/demo-store';
import { renderApp } from '../test/render-app';

const latest = demoSnapshotList().snapshots.at(-1) ?? '';
const organisationName = demoSnapshotList().organisation.name;

async function findPageHeading() {
  return screen.findByRole('heading', { level: 1 }, { timeout: 20_000 });
}

function pageCaption(): string {
  return document.querySelector('.page-meta')?.textContent ?? '';
}

function firstTile() {
  const tile = document.querySelector<HTMLElement>('.kpi-tiles .kpi');
  if (!tile) throw new Error('no key figure tiles on the page');
  return {
    tile,
    label: tile.querySelector('dt')?.textContent ?? '',
    value: tile.querySelector('.kpi__value')?.textContent ?? '',
  };
}

describe('Measure, count and who is counted', () => {
  it('switching to weighted points changes the URL, the caption and the first figure', async () => {
    const user = userEvent.setup();
    renderApp();
    expect(await findPageHeading()).toHaveTextContent(organisationName);
    expect(pageCaption()).toContain(
      'Cases per FTE, counting children; case holders only (the DfE rule).',
    );
    expect(firstTile().label).toBe('Cases per FTE');

    await user.selectOptions(screen.getByLabelText('Measure'), 'Weighted points per FTE');

    await waitFor(() => expect(window.location.search).toContain('measure=points'));
    expect(pageCaption()).toContain(
      'Weighted points per FTE (each child’s case weighted by type and court work); case holders only (the DfE rule).',
    );
    expect(pageCaption()).not.toContain('Cases per FTE, counting children');
    expect(firstTile().label).toBe('Weighted points per FTE');
    // Points always count each child: the counting rule is switched off, and says why.
    expect(screen.getByLabelText('Count')).toBeDisabled();
    expect(screen.getByText('Weighted points count each child')).toBeInTheDocument();
    // Against capacity, not the caseload caps.
    expect(screen.getByText('At 100+ points per FTE')).toBeInTheDocument();
    expect(screen.queryByText('At 20+ cases per FTE')).not.toBeInTheDocument();
  });

  it('counting everyone changes the caseload figure and puts who=everyone in the URL', async () => {
    const user = userEvent.setup();
    renderApp();
    await findPageHeading();
    const before = firstTile();
    expect(before.value).toMatch(/^\d+\.\d$/);
    // The other population is shown side by side under the figure.
    expect(before.tile).toHaveTextContent(/Everyone, managers included: \d+\.\d/);

    await user.selectOptions(screen.getByLabelText('Who is counted'), 'everyone');

    await waitFor(() => expect(window.location.search).toContain('who=everyone'));
    const after = firstTile();
    expect(after.value).toMatch(/^\d+\.\d$/);
    expect(after.value).not.toBe(before.value);
    // Managers hold few cases, so counting them pulls the figure down.
    expect(Number(after.value)).toBeLessThan(Number(before.value));
    // The rule line now shows the DfE figure side by side: the one shown before.
    expect(after.tile).toHaveTextContent(`Case holders only (DfE rule): ${before.value}`);
    expect(pageCaption()).toContain('everyone, managers and staff without cases included.');
  });

  it('restores the measure, count and population from the URL', async () => {
    renderApp('/?measure=cases&count=families&who=everyone');
    await findPageHeading();
    expect(screen.getByLabelText('Measure')).toHaveValue('cases');
    expect(screen.getByLabelText('Count')).toHaveValue('families');
    expect(screen.getByLabelText('Who is counted')).toHaveValue('everyone');
    expect(pageCaption()).toContain(
      'Cases held, counting families (a sibling group counts once); everyone, managers and staff without cases included.',
    );
    expect(firstTile().label).toBe('Families held per worker');
  });

  it('explains the first figure in a tooltip the button is described by, with the division', async () => {
    renderApp();
    await findPageHeading();
    const button = within(firstTile().tile).getByRole('button', {
      name: 'How is this worked out?',
    });
    const id = button.getAttribute('aria-describedby');
    expect(id).toBeTruthy();
    const tooltip = document.getElementById(id ?? '');
    expect(tooltip).not.toBeNull();
    expect(tooltip).toHaveAttribute('role', 'tooltip');
    expect(tooltip?.textContent).toContain('÷');
    expect(tooltip?.textContent).toMatch(/[\d,]+ cases ÷ [\d,.]+ FTE = \d+\.\d cases per FTE\./);
    expect(button).toHaveAccessibleDescription(/cases ÷/);
  });

  it('keeps the measure when going back up through the breadcrumb', async () => {
    const user = userEvent.setup();
    const team = demoSnapshot(latest)?.units.find((unit) => unit.kind === 'team');
    if (!team) throw new Error('the demo council has no team');
    renderApp(`/?unit=${team.id}&measure=points&who=everyone`);
    expect(await findPageHeading()).toHaveTextContent(team.name);
    const breadcrumb = screen.getByRole('navigation', { name: 'Breadcrumb' });

    await user.click(within(breadcrumb).getByRole('link', { name: organisationName }));

    expect(await findPageHeading()).toHaveTextContent(organisationName);
    expect(window.location.search).toContain('measure=points');
    expect(window.location.search).toContain('who=everyone');
    expect(firstTile().label).toBe('Weighted points per FTE');
  });
});

describe('The workers table in weighted points', () => {
  it('writes a fractional points total as it is, agreeing with points per FTE', () => {
    // A council scheme may give 2.5 points per case (weighting.ts accepts decimals): 5 such
    // cases are 12.5 points, at 1.0 FTE 12.5 points per FTE. The Points cell must not read 13.
    const bands = bandsFromCaps([{ kind: 'line', value: 100, label: 'full capacity' }]);
    const row: ChartRow = {
      key: 'w1',
      name: 'Ada Example',
      value: 12.5,
      band: bands[0] ?? null,
      amount: 12.5,
      fte: 1,
      ownCap: 100,
      overOwnCap: false,
      counted: true,
      status: null,
      detail: 'Case holder',
      overTopCap: null,
      target: { unit: 't', worker: 'w1' },
    };
    render(
      <CaseloadTable
        rows={[row]}
        bands={bands}
        kind="worker"
        view={{ measure: 'points', counting: 'children', population: 'case-holders' }}
        caption="Workers"
        linkFor={null}
      />,
    );
    const cells = within(screen.getByRole('row', { name: /Ada Example/ })).getAllByRole('cell');
    // Role, Points, FTE, Points per FTE, Own cap, Band.
    expect(cells.map((cell) => cell.textContent)).toEqual([
      'Case holder',
      '12.5',
      '1.00',
      '12.5',
      '100.0',
      'Up to 100',
    ]);
  });
});
