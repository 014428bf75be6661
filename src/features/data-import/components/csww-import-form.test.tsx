import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildCswwXml, censusWorker } from '../../../importers/csww/csww-xml-builder';
import type { ImportResult } from '../../../importers/import-result';
import { CswwImportForm } from './csww-import-form';

async function checkCensus(xml: string) {
  const onSave = vi.fn<(result: ImportResult) => void>();
  const user = userEvent.setup();
  render(<CswwImportForm onSave={onSave} saving={false} />);
  const file = new File([xml], 'csww.xml', { type: 'text/xml' });
  await user.upload(screen.getByLabelText('CSWW census return (XML)'), file);
  await user.click(screen.getByRole('button', { name: 'Check the file' }));
  const report = await screen.findByRole('region', { name: 'Validation report for csww.xml' });
  return { report, onSave, user };
}

describe('CswwImportForm', () => {
  it('dates the import by the census reference date in the file, and says so', async () => {
    const { onSave, user } = await checkCensus(
      buildCswwXml({ referenceDate: '2024-09-30', year: '2024', workers: [censusWorker('SW1')] }),
    );
    expect(
      screen.getByText(
        (_, element) =>
          element?.tagName === 'P' &&
          element.textContent ===
            'As at 30 September 2024: the census’s reference date (ReferenceDate in the file), so there is no date to choose.',
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show 1 workers on the dashboard' }));
    expect(onSave.mock.calls[0]?.[0].snapshot?.asAt).toBe('2024-09-30');
  });

  it('lists a Cases30 of 900 as accepted, but to check, by its record', async () => {
    const { report } = await checkCensus(
      buildCswwXml({ workers: [censusWorker('SW1'), censusWorker('SW2', { Cases30: '900' })] }),
    );
    expect(report).toHaveTextContent('2 of 2 rows accepted; 1 accepted row to check.');
    const toCheck = within(report).getByRole('table', { name: 'Accepted, but check' });
    expect(
      within(toCheck)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Record', 'Row or field', 'Reason']);
    expect(within(toCheck).getAllByRole('row')[1]).toHaveTextContent(
      /^2SW2900 cases held is more than 60,/,
    );
  });
});
