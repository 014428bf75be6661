import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { server } from '../mocks/node';
import {
  snapshotFails500,
  snapshotIsMalformed,
  snapshotListEmpty,
  snapshotListFails500,
} from '../mocks/scenarios';
import { demoSnapshot, demoSnapshotList } from '../mocks/demo/demo-store';
import { renderApp } from '../test/render-app';

const latest = demoSnapshotList().snapshots.at(-1) ?? '';
const organisationName = demoSnapshotList().organisation.name;

async function findPageHeading() {
  return screen.findByRole('heading', { level: 1 }, { timeout: 20_000 });
}

describe('Dashboard on the demo handlers', () => {
  it('shows the organisation overview: headline, figures and one table row per service area', async () => {
    renderApp();
    expect(await findPageHeading()).toHaveTextContent(organisationName);
    expect(screen.getByText('Demo data: not a real council')).toBeInTheDocument();
    expect(
      screen.getByText(/case holders in .* (is|are) at 20\+ cases per FTE/),
    ).toBeInTheDocument();

    const areas = (demoSnapshot(latest)?.units ?? []).filter((unit) => unit.kind === 'area');
    const table = await screen.findByRole(
      'table',
      { name: /Service areas in/ },
      { timeout: 20_000 },
    );
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(areas.length);
    for (const area of areas)
      expect(within(table).getByRole('link', { name: area.name })).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('drills into a team from the table and shows each worker with their band in words', async () => {
    const user = userEvent.setup();
    const snapshot = demoSnapshot(latest);
    const team = snapshot?.units.find((unit) => unit.kind === 'team');
    if (!snapshot || !team) throw new Error('the demo council has no team');
    renderApp(`/?unit=${team.id}`);
    expect(await findPageHeading()).toHaveTextContent(team.name);

    const table = await screen.findByRole('table', { name: new RegExp(`Workers in ${team.name}`) });
    const workers = snapshot.workers.filter((worker) => worker.unitId === team.id);
    expect(within(table).getAllByRole('row').slice(1)).toHaveLength(workers.length);
    expect(
      within(table).getAllByText(/^(Up to 15|15–18|18–20 target range|20–25|25 and over)$/).length,
    ).toBeGreaterThan(0);

    const first = workers[0];
    if (!first) throw new Error('the team has no workers');
    await user.click(within(table).getByRole('link', { name: first.displayName }));
    expect(await findPageHeading()).toHaveTextContent(first.displayName);
    expect(window.location.search).toContain(`worker=${first.id}`);
    expect(screen.getByRole('navigation', { name: 'Breadcrumb' })).toHaveTextContent(team.name);
  });

  it('shows an error with a retry when the snapshot list fails, and recovers on retry', async () => {
    const user = userEvent.setup();
    server.use(...snapshotListFails500());
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the list of snapshots');
    expect(alert).toHaveTextContent('HTTP 500');

    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await findPageHeading()).toHaveTextContent(organisationName);
  });

  it('shows an error with a retry when a snapshot fails', async () => {
    server.use(...snapshotFails500());
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load this snapshot');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled();
  });

  it('says so when there are no snapshots yet', async () => {
    server.use(...snapshotListEmpty());
    renderApp();
    expect(await screen.findByRole('heading', { name: 'No snapshots yet' })).toBeInTheDocument();
  });

  it('rejects invalid workers with their reasons and shows the rest, with no NaN on screen', async () => {
    server.use(...snapshotIsMalformed());
    renderApp();
    expect(await findPageHeading()).toHaveTextContent(organisationName);
    const report = screen.getByText(/2 records were rejected from this snapshot/).closest('div');
    if (!report) throw new Error('no rejection report');
    expect(report).toHaveTextContent('casesHeld: must not be negative');
    expect(report).toHaveTextContent('fte: must be between 0 and 1');
    // The table is below the fold, rendered just after the page above it.
    expect(
      await screen.findByRole('table', { name: /Service areas in/ }, { timeout: 20_000 }),
    ).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('falls back from a stale link to the latest snapshot and the organisation, saying why', async () => {
    renderApp('/?unit=gone-team&asAt=2019-09-30');
    expect(await findPageHeading()).toHaveTextContent(organisationName);
    expect(screen.getByText(/There is no snapshot for 30 September 2019/)).toBeInTheDocument();
    expect(screen.getByText(/The unit “gone-team” is not in the/)).toBeInTheDocument();
  });
});

describe('Caps editor', () => {
  it('refuses an invalid edit with a linked error and saves nothing', async () => {
    const user = userEvent.setup();
    renderApp();
    await findPageHeading();
    await user.click(screen.getByRole('button', { name: 'Edit caps' }));
    const value = screen.getByRole('textbox', { name: /^Cap 1\s*Value$/ });
    await user.clear(value);
    await user.type(value, 'twenty');
    await user.click(screen.getByRole('button', { name: 'Save caps' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('There is a problem');
    expect(
      within(summary).getByRole('link', { name: /Cap 1: the value must be a number/ }),
    ).toHaveAttribute('href', '#cap-0-from');
    expect(value).toHaveAttribute('aria-invalid', 'true');
    expect(window.localStorage.getItem('loadline.caps') ?? '').not.toContain('custom');
    expect(window.location.search).not.toContain('caps=custom');
  });

  it('keeps focus in the field while the user corrects it after a refused save', async () => {
    const user = userEvent.setup();
    renderApp();
    await findPageHeading();
    await user.click(screen.getByRole('button', { name: 'Edit caps' }));
    const value = screen.getByRole('textbox', { name: /^Cap 1\s*Value$/ });
    await user.clear(value);
    await user.click(screen.getByRole('button', { name: 'Save caps' }));
    expect(await screen.findByRole('alert')).toHaveFocus();

    // Still not a number after each key, so the error summary stays on screen.
    await user.click(value);
    await user.type(value, 'x');
    await user.type(value, 'y');
    expect(value).toHaveFocus();
    expect(value).toHaveValue('xy');
  });

  it('saves a valid edit, shows the new bands and puts the custom caps in the URL', async () => {
    const user = userEvent.setup();
    renderApp();
    await findPageHeading();
    await user.click(screen.getByRole('button', { name: 'Edit caps' }));
    const value = screen.getByRole('textbox', { name: /^Cap 1\s*Value$/ });
    await user.clear(value);
    await user.type(value, '12');
    await user.click(screen.getByRole('button', { name: 'Save caps' }));

    await waitFor(() => expect(window.location.search).toContain('caps=custom'));
    expect(screen.getByRole('list', { name: 'Service areas in each band' })).toHaveTextContent(
      'Up to 12',
    );
    expect(screen.getByText('At 12+ cases per FTE')).toBeInTheDocument();
    const stored = JSON.parse(window.localStorage.getItem('loadline.caps') ?? '{}') as {
      state?: { customCaps?: { value?: number }[] };
    };
    expect(stored.state?.customCaps?.[0]?.value).toBe(12);
  });
});
