import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { demoSnapshot, demoSnapshotList } from '../../../mocks/demo/demo-store';
import { useBoardSettingsStore } from '../../../stores/board-settings-store';
import { renderApp } from '../../../test/render-app';

const latest = demoSnapshotList().snapshots.at(-1) ?? '';

beforeEach(() => {
  useBoardSettingsStore.setState({ showNames: false, minGroupSize: 5 });
});

function teamWithWorkers() {
  const snapshot = demoSnapshot(latest);
  const team = snapshot?.units.find((unit) => unit.id === 'team-cin-cp-north');
  if (!snapshot || !team) throw new Error('the demo council has no CIN/CP Team North');
  const names = snapshot.workers
    .filter((worker) => worker.unitId === team.id)
    .map((worker) => worker.displayName);
  return { team, names };
}

describe('the board layout', () => {
  it('shows a team with pseudonyms only, and real names with a warning when switched on', async () => {
    const user = userEvent.setup();
    const { team, names } = teamWithWorkers();
    renderApp(`/?unit=${team.id}&layout=board`);
    expect(await screen.findByRole('heading', { level: 1 }, { timeout: 20_000 })).toHaveTextContent(
      `${team.name}: caseloads against caps`,
    );
    const table = screen.getByRole('table', { name: /^Workers in CIN\/CP Team North/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(names.length);
    for (const row of rows) expect(row.textContent).toMatch(/^Worker [A-Z]\d+/);
    const text = document.body.textContent;
    expect(names.filter((name) => text.includes(name))).toEqual([]);
    expect(document.title).toBe(`${team.name}: board report – Loadline`);

    await user.click(screen.getByLabelText('Show worker names'));
    expect(screen.getByRole('alert')).toHaveTextContent('Worker names are shown');
    expect(names.every((name) => document.body.textContent.includes(name))).toBe(true);
  });

  it('names the organisation once in the panel captions', async () => {
    const organisation = demoSnapshot(latest)?.organisation.name ?? '';
    renderApp('/?layout=board');
    await screen.findByRole('heading', { level: 1 }, { timeout: 20_000 });
    expect(screen.getAllByText(`${organisation} · as at 31 October 2026`).length).toBeGreaterThan(
      0,
    );
    expect(
      screen.queryByText(`${organisation} · ${organisation} · as at 31 October 2026`),
    ).toBeNull();
  });

  it('names a team after its organisation in the panel captions', async () => {
    const { team } = teamWithWorkers();
    const organisation = demoSnapshot(latest)?.organisation.name ?? '';
    renderApp(`/?unit=${team.id}&layout=board`);
    await screen.findByRole('heading', { level: 1 }, { timeout: 20_000 });
    expect(
      screen.getAllByText(`${organisation} · ${team.name} · as at 31 October 2026`).length,
    ).toBeGreaterThan(0);
  });

  it('suppresses a team smaller than the chosen size, and refuses a size out of range', async () => {
    const user = userEvent.setup();
    const { team } = teamWithWorkers();
    renderApp(`/?unit=${team.id}&layout=board`);
    const field = await screen.findByLabelText(
      'Suppress groups smaller than',
      {},
      { timeout: 20_000 },
    );
    await user.clear(field);
    await user.paste('30');
    expect(screen.getAllByText(/suppressed \(fewer than 30 workers\)/).length).toBeGreaterThan(1);
    await user.clear(field);
    await user.paste('99');
    expect(screen.getByText('Enter a whole number from 1 to 50')).toBeVisible();
    expect(useBoardSettingsStore.getState().minGroupSize).toBe(30);
  });

  it('sets a service area against England and the North West for DfE’s latest census, as a guide', async () => {
    renderApp('/?unit=area-cin-cp&layout=board');
    await screen.findByRole('heading', { level: 1 }, { timeout: 20_000 });
    // DfE, 30 September 2025: England 321,661 cases ÷ 21,105.4 FTE = 15.2; the North West
    // 49,351 ÷ 3,116.7 = 15.8.
    const line = await screen.findByText(
      /^Child in Need and Child Protection: \d+\.\d per FTE, against England’s 15\.2 and the North West’s 15\.8 \(DfE, 2025\)\.$/,
      {},
      { timeout: 20_000 },
    );
    expect(line).toBeVisible();
    expect(screen.getByText(/read them as a guide, not like for like\.$/)).toBeInTheDocument();
  });

  it('keys the mark of each worker’s own cap on a team’s board', async () => {
    const { team } = teamWithWorkers();
    renderApp(`/?unit=${team.id}&layout=board`);
    await screen.findByRole('heading', { level: 1 }, { timeout: 20_000 });
    expect(
      screen.getByText(
        /^Short black mark: that worker’s own cap \(20 cases per FTE, pro rata to FTE;/,
      ),
    ).toBeInTheDocument();
  });
});
