import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ImportResult } from '../../../importers/import-result';
import { CsvImportForm } from './csv-import-form';

const header = 'Staff ID,Worker name,Role,ASYE,Agency,FTE,Caseload,Service area,Team';
const rows = [
  'W1,Ada Lovelace,Case holder,No,No,1,18,Children in Need,CIN Team A',
  'W2,Grace Hopper,Case holder,No,No,1,-2,Children in Need,CIN Team A',
];

function renderForm() {
  const onSave = vi.fn<(result: ImportResult) => void>();
  const user = userEvent.setup();
  const view = render(<CsvImportForm onSave={onSave} saving={false} />);
  return { user, onSave, view };
}

/** Chooses a workers file and, unless told not to, the date the export describes. */
async function chooseWorkers(
  user: ReturnType<typeof userEvent.setup>,
  content: BlobPart,
  asAt: string | null = '2026-09-30',
) {
  const file = new File([content], 'staff.csv', { type: 'text/csv' });
  await user.upload(screen.getByLabelText('Workers file (CSV, one row per worker)'), file);
  // The mapping appears once the file has been read.
  await screen.findByRole('group', { name: 'Match the file’s columns' });
  // A date field takes its value whole; typing goes through the browser's own date entry.
  if (asAt !== null)
    fireEvent.change(screen.getByLabelText('As at (the date the export describes)'), {
      target: { value: asAt },
    });
}

async function checkFiles(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Check the files' }));
  return screen.findByRole('region', { name: /^Validation report for/ });
}

describe('CsvImportForm', () => {
  it('stops a file with a header and no rows, with the reason and nothing to save', async () => {
    const { user } = renderForm();
    await chooseWorkers(user, `${header}\r\n`);
    const report = await checkFiles(user);
    expect(report).toHaveTextContent('0 of 0 rows accepted; 1 problem rejected rows or the file.');
    expect(report).toHaveTextContent(
      'the file has column names but no rows of data below them, so there is nothing to import',
    );
    expect(screen.queryByRole('button', { name: /on the dashboard$/ })).toBeNull();
  });

  it('reads a file Excel saved as Windows text with its accents, and says so in the report', async () => {
    const { user, onSave } = renderForm();
    // "Zoë Brontë" with ë as the single Windows-1252 byte 0xEB, as Excel's "CSV (Comma delimited)" writes it.
    const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0));
    const bytes = new Uint8Array([
      ...ascii(`${header}\r\nW1,Zo`),
      0xeb,
      ...ascii(' Bront'),
      0xeb,
      ...ascii(',Case holder,No,No,1,18,Children in Need,CIN Team A\r\n'),
    ]);
    await chooseWorkers(user, bytes);
    const report = await checkFiles(user);
    expect(report).toHaveTextContent(
      'staff.csv was not saved as UTF-8, so it was read as Windows (Excel) text.',
    );
    expect(report).toHaveTextContent('"CSV UTF-8 (Comma delimited)"');
    await user.click(screen.getByRole('button', { name: 'Show 1 workers on the dashboard' }));
    expect(onSave.mock.calls[0]?.[0].snapshot?.workers[0]?.displayName).toBe('Zoë Brontë');
  });

  it('starts with no as-at date, so one is chosen, and asks for it next to its field before checking anything', async () => {
    const { user, onSave } = renderForm();
    await chooseWorkers(user, [header, ...rows].join('\r\n'), null);
    const date = screen.getByLabelText('As at (the date the export describes)');
    // Not today: an export describes an earlier date, and a default left in place would be wrong.
    expect(date).toHaveValue('');
    expect(date).toHaveAccessibleDescription(/not the day you import it\.$/);
    await user.click(screen.getByRole('button', { name: 'Check the files' }));
    expect(date).toHaveFocus();
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(date).toHaveAccessibleDescription(
      /Enter the date the figures are as at, for example 31\/10\/2026\.$/,
    );
    expect(screen.queryByRole('region', { name: /^Validation report for/ })).toBeNull();

    fireEvent.change(date, { target: { value: '2026-09-30' } });
    await checkFiles(user);
    await user.click(screen.getByRole('button', { name: 'Show 1 workers on the dashboard' }));
    expect(onSave.mock.calls[0]?.[0].snapshot?.asAt).toBe('2026-09-30');
  });

  it('shows a row with an implausible value as accepted, but to check, apart from the rejected one', async () => {
    const { user } = renderForm();
    const tooMany = 'W3,Alan Turing,Case holder,No,No,1,150,Children in Need,CIN Team A';
    await chooseWorkers(user, [header, ...rows, tooMany].join('\r\n'));
    const report = await checkFiles(user);
    expect(report).toHaveTextContent(
      '2 of 3 rows accepted; 1 problem rejected rows or the file; 1 accepted row to check.',
    );
    const toCheck = within(report).getByRole('table', { name: 'Accepted, but check' });
    expect(toCheck).toHaveTextContent(
      /^Accepted, but checkLineRow or fieldReason4W3150 cases held is more than 60,/,
    );
    expect(within(report).getByRole('table', { name: 'Problems found' })).not.toHaveTextContent(
      'W3',
    );
    expect(screen.getByRole('button', { name: 'Show 2 workers on the dashboard' })).toBeVisible();
  });

  it('keeps focus on the button while checking, and announces what the check found', async () => {
    const { user } = renderForm();
    await chooseWorkers(user, [header, ...rows].join('\r\n'));
    const button = screen.getByRole('button', { name: 'Check the files' });
    button.focus();
    // A plain click event, with no wait after it, so the check (queued behind a timer) has not run yet.
    fireEvent.click(button);
    // The check runs after "Checking…" has painted; until then the button is busy but focusable.
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).not.toBeDisabled();
    await screen.findByRole('region', { name: /^Validation report for/ });
    expect(button).toHaveFocus();
    expect(button).not.toHaveAttribute('aria-disabled');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Check finished. 1 of 2 rows accepted; 1 problem rejected rows or the file. The report is below.',
    );
  });

  it('reads a semicolon-separated file and says which separator it used', async () => {
    const { user } = renderForm();
    await chooseWorkers(user, [header, ...rows].map((row) => row.replace(/,/g, ';')).join('\n'));
    expect(screen.getByLabelText('cases held', { exact: false })).toHaveValue('Caseload');
    const report = await checkFiles(user);
    expect(report).toHaveTextContent('1 of 2 rows accepted');
    const table = within(report).getByRole('table');
    expect(table).toHaveTextContent(
      'the columns in this file are separated by semicolons (;), not commas, so it was read that way',
    );
  });

  it('lets a chosen cases file be removed, putting focus back on its picker', async () => {
    const { user } = renderForm();
    const picker = screen.getByLabelText('Cases file (optional, one row per case)');
    await user.upload(picker, new File(['worker_id,case_id\n'], 'cases.csv', { type: 'text/csv' }));
    await user.click(await screen.findByRole('button', { name: 'Remove cases.csv' }));
    expect(screen.queryByText('cases.csv')).toBeNull();
    expect(picker).toHaveFocus();
  });

  it('keeps the Save button focusable while saving, and ignores a second press', async () => {
    const { user, onSave, view } = renderForm();
    await chooseWorkers(user, [header, ...rows].join('\r\n'));
    expect(screen.queryByRole('button', { name: /on the dashboard$/ })).toBeNull();
    await checkFiles(user);
    await user.click(screen.getByRole('button', { name: 'Show 1 workers on the dashboard' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    view.rerender(<CsvImportForm onSave={onSave} saving />);
    const saving = screen.getByRole('button', { name: 'Saving…' });
    expect(saving).toHaveFocus();
    expect(saving).toHaveAttribute('aria-disabled', 'true');
    await user.click(saving);
    expect(onSave).toHaveBeenCalledTimes(1);
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Saving the import in this browser…'),
    );
  });
});
