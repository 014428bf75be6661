import 'fake-indexeddb/auto';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clearImports, saveImport } from '../../../lib/imported-data';
import { ImportPanel } from './import-panel';

/** 250 rejected rows, more than the report draws on screen. */
const problems = Array.from({ length: 250 }, (_, index) => ({
  line: index + 2,
  subject: `W${index + 1}`,
  reason: 'missing team',
  rejected: true,
}));

function renderPanel() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <ImportPanel search={{}} onClose={null} />
    </QueryClientProvider>,
  );
}

afterEach(() => clearImports());

describe('ImportPanel: saved imports', () => {
  it('keeps the full report of a saved import, as saved before the report was shown there', async () => {
    // A record in the stored shape, which is unchanged: imports saved earlier read the same.
    await saveImport({
      asAt: '2026-09-30',
      importedAt: '2026-10-01T09:00:00.000Z',
      sourceName: 'staff.csv',
      format: 'csv',
      rowsRead: 300,
      rowsAccepted: 50,
      problems,
      snapshot: {},
    });
    const user = userEvent.setup();
    renderPanel();
    await user.click(await screen.findByText('See the report for 30 September 2026'));
    const report = screen.getByRole('region', { name: 'Validation report for staff.csv' });
    expect(report).toHaveTextContent(
      '50 of 300 rows accepted; 250 problems rejected rows or the file.',
    );
    expect(within(report).getByRole('table')).toHaveAccessibleName(
      'Problems found: the first 200 of 250. Download every problem (CSV) to see them all.',
    );
    expect(
      within(report).getByRole('button', { name: 'Download every problem (CSV)' }),
    ).toBeInTheDocument();
  });

  it('labels the problems of a saved census import by record', async () => {
    await saveImport({
      asAt: '2025-09-30',
      importedAt: '2025-10-01T09:00:00.000Z',
      sourceName: 'csww.xml',
      format: 'csww',
      rowsRead: 3,
      rowsAccepted: 2,
      problems: problems.slice(0, 1),
      snapshot: {},
    });
    const user = userEvent.setup();
    renderPanel();
    await user.click(await screen.findByText('See the report for 30 September 2025'));
    const report = screen.getByRole('region', { name: 'Validation report for csww.xml' });
    expect(within(report).getAllByRole('columnheader')[0]).toHaveTextContent('Record');
  });
});
