import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ImportProblem } from '../../../importers/import-result';
import { ImportReport } from './import-report';

const downloadCsv = vi.fn<(text: string, fileName: string) => void>();
vi.mock('../../../lib/export-download', async (original) => ({
  ...(await original<typeof import('../../../lib/export-download')>()),
  downloadCsv: (text: string, fileName: string) => downloadCsv(text, fileName),
}));

/** 334 problems: one per line from line 2, the first a formula-like value. */
const problems: ImportProblem[] = Array.from({ length: 334 }, (_, index) => ({
  line: index + 2,
  subject: index === 0 ? '=W1' : `W${index + 1}`,
  reason: 'missing team',
  rejected: true,
}));

describe('ImportReport', () => {
  it('shows the first 200 problems and downloads all 334, none of them a formula', async () => {
    const user = userEvent.setup();
    render(
      <ImportReport
        report={{ sourceName: 'staff.csv, cases.csv', rowsRead: 400, rowsAccepted: 66, problems }}
        format="csv"
        usable
      />,
    );
    const table = screen.getByRole('table', { name: /^Problems found/ });
    expect(within(table).getAllByRole('row')).toHaveLength(201);
    expect(table).toHaveAccessibleName(
      'Problems found: the first 200 of 334. Download every problem (CSV) to see them all.',
    );
    await user.click(screen.getByRole('button', { name: 'Download every problem (CSV)' }));
    const [text, fileName] = downloadCsv.mock.calls[0] ?? [];
    expect(fileName).toBe('loadline-problems-staff-cases.csv');
    const lines = text?.split('\r\n') ?? [];
    expect(lines[0]).toBe('Line,Row or field,What happened,Reason');
    expect(lines[1]).toBe("2,'=W1,Rejected,missing team");
    expect(lines[334]).toBe('335,W334,Rejected,missing team');
    expect(lines).toHaveLength(336);
  });

  it('heads the first column Record for a census file, and says what a record number is', () => {
    render(
      <ImportReport
        report={{
          sourceName: 'csww.xml',
          rowsRead: 3,
          rowsAccepted: 2,
          problems: problems.slice(0, 1),
        }}
        format="csww"
        usable
      />,
    );
    expect(screen.getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
      'Record',
      'Row or field',
      'What happened',
      'Reason',
    ]);
    expect(screen.getByText(/record 3 is the third CSWWWorker/)).toBeInTheDocument();
  });

  it('shows rows accepted with a value to check apart from the rejected ones, counted in the summary and in the download', async () => {
    const user = userEvent.setup();
    const mixed: ImportProblem[] = [
      { line: 2, subject: 'W1', reason: 'missing team', rejected: true },
      {
        line: 3,
        subject: 'W2',
        reason: '150 cases held is more than 60',
        rejected: false,
        check: true,
      },
    ];
    render(
      <ImportReport
        report={{ sourceName: 'staff.csv', rowsRead: 2, rowsAccepted: 1, problems: mixed }}
        format="csv"
        usable
      />,
    );
    expect(
      screen.getByText(
        '1 of 2 rows accepted; 1 problem rejected rows or the file; 1 accepted row to check.',
      ),
    ).toBeInTheDocument();
    const rejected = screen.getByRole('table', { name: 'Problems found' });
    expect(within(rejected).getAllByRole('row')).toHaveLength(2);
    expect(rejected).toHaveTextContent('missing team');
    expect(screen.getByRole('heading', { name: 'Accepted, but check: 1 row' })).toBeInTheDocument();
    const toCheck = screen.getByRole('table', { name: 'Accepted, but check' });
    expect(
      within(toCheck)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual(['LineRow or fieldReason', '3W2150 cases held is more than 60']);
    await user.click(screen.getByRole('button', { name: 'Download every problem (CSV)' }));
    const [text] = downloadCsv.mock.calls.at(-1) ?? [];
    expect(text?.split('\r\n').slice(1, 3)).toEqual([
      '2,W1,Rejected,missing team',
      '3,W2,"Accepted, but check",150 cases held is more than 60',
    ]);
  });

  it('offers no download when there are no problems', () => {
    render(
      <ImportReport
        report={{ sourceName: 'staff.csv', rowsRead: 3, rowsAccepted: 3, problems: [] }}
        format="csv"
        usable
      />,
    );
    expect(screen.queryByRole('button', { name: 'Download every problem (CSV)' })).toBeNull();
    expect(screen.getByText('3 of 3 rows accepted.')).toBeInTheDocument();
  });
});
