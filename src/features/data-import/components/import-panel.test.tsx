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

type StoredImport = Parameters<typeof saveImport>[0];

/** Saves a record in the stored shape, a CSV import of staff.csv unless told otherwise. */
function saveStored(record: Partial<StoredImport> & Pick<StoredImport, 'asAt'>) {
  return saveImport({
    importedAt: `${record.asAt}T09:00:00.000Z`,
    sourceName: 'staff.csv',
    format: 'csv',
    rowsRead: 0,
    rowsAccepted: 0,
    problems: [],
    snapshot: {},
    ...record,
  });
}

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
    await saveStored({ asAt: '2026-09-30', rowsRead: 300, rowsAccepted: 50, problems });
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

  it('keeps a saved row to check apart from the problems, and counts it in the list of imports', async () => {
    const toCheck = {
      line: 3,
      subject: 'W2',
      reason: '150 cases held is more than 60',
      rejected: false,
      check: true,
    };
    await saveStored({
      asAt: '2026-10-31',
      rowsRead: 3,
      rowsAccepted: 2,
      problems: [problems[0]!, toCheck],
    });
    const user = userEvent.setup();
    renderPanel();
    const listed = await screen.findByText(/as at 31 October 2026/);
    expect(listed.closest('li')).toHaveTextContent('2 of 3 rows, 1 problem, 1 to check.');
    await user.click(screen.getByText('See the report for 31 October 2026'));
    const report = screen.getByRole('region', { name: 'Validation report for staff.csv' });
    expect(within(report).getByRole('table', { name: 'Accepted, but check' })).toHaveTextContent(
      '150 cases held is more than 60',
    );
    expect(within(report).getByRole('table', { name: 'Problems found' })).not.toHaveTextContent(
      'W2',
    );
  });

  it('labels the problems of a saved census import by record', async () => {
    await saveStored({
      asAt: '2025-09-30',
      sourceName: 'csww.xml',
      format: 'csww',
      rowsRead: 3,
      rowsAccepted: 2,
      problems: problems.slice(0, 1),
    });
    const user = userEvent.setup();
    renderPanel();
    await user.click(await screen.findByText('See the report for 30 September 2025'));
    const report = screen.getByRole('region', { name: 'Validation report for csww.xml' });
    expect(within(report).getAllByRole('columnheader')[0]).toHaveTextContent('Record');
  });
});
