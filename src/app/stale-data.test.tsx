import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { faultScenario } from '../mocks/fault-scenarios';
import { demoSnapshotList } from '../mocks/demo/demo-store';
import { server } from '../mocks/node';
import { renderApp } from '../test/render-app';

const dates = demoSnapshotList().snapshots;
const latest = dates.at(-1) ?? '';
const previous = dates.at(-2) ?? '';

describe('a failed load keeps the last good data on screen', () => {
  it('a switch of snapshot that fails keeps the previous one, names both dates, and retries', async () => {
    const user = userEvent.setup();
    server.use(...faultScenario('older-500'));
    renderApp();
    const heading = await screen.findByRole('heading', { level: 1 }, { timeout: 20_000 });
    const areasBefore = (
      await screen.findByRole('table', { name: /Service areas in/ }, { timeout: 20_000 })
    ).textContent;
    expect(latest).toBe('2026-10-31');
    expect(previous).toBe('2026-09-30');

    await user.selectOptions(screen.getByLabelText('Snapshot', { exact: true }), previous);
    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent('Could not load the snapshot for 30 September 2026.');
    expect(banner).toHaveTextContent('internal error (HTTP 500)');
    expect(banner).toHaveTextContent(
      /still shows the snapshot for 31 October 2026 \(fetched at \d\d:\d\d\), not 30 September 2026/,
    );
    expect(heading).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /Service areas in/ }).textContent).toBe(areasBefore);
    expect(
      screen.getByText(/as at 31 October 2026/, { selector: '.page-meta' }),
    ).toBeInTheDocument();

    // The service recovers: Try again loads the date asked for, and the banner goes.
    server.resetHandlers();
    await user.click(within(banner).getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByText(/as at 30 September 2026/, { selector: '.page-meta' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
