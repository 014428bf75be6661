import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CaseDetail, Snapshot, Worker } from '../../../contract/v1';
import { bandsFromCaps } from '../../../domain/bands';
import { builtInPresets } from '../../../domain/caps';
import { buildOrgIndex } from '../../../domain/org-index';
import { EMPTY_HISTORY, type SnapshotHistory } from '../../../domain/snapshot-history';
import { settings } from '../../../test/builders';
import { WorkerPage } from './worker-page';

function child(id: string, type: CaseDetail['type'], allocatedOn: string): CaseDetail {
  return { id, type, inCourtProceedings: false, siblingGroupId: null, allocatedOn };
}

function ana(details: CaseDetail[]): Worker {
  return {
    id: 'ana',
    unitId: 'team',
    displayName: 'Ana Ruiz',
    role: 'case-holder',
    asye: false,
    agency: false,
    fte: 1,
    casesHeld: details.length,
    caseDetails: details,
  };
}

function snapshot(asAt: string, details: CaseDetail[]): Snapshot {
  return {
    version: 1,
    asAt,
    organisation: { id: 'org', name: 'Exampleshire' },
    units: [
      { id: 'org', parentId: null, name: 'Exampleshire', kind: 'organisation' },
      { id: 'team', parentId: 'org', name: 'Team South', kind: 'team' },
    ],
    workers: [
      ana(details),
      { ...ana([]), id: 'ben', displayName: 'Ben Ortiz', casesHeld: 0, caseDetails: [] },
    ],
  };
}

const october = buildOrgIndex(
  snapshot('2026-10-31', [
    child('c-1', 'child-protection', '2026-01-10'), // CP 8 points
    child('c-2', 'other', '2026-10-05'), // other 3
    child('c-3', 'looked-after', '2026-06-01'), // LAC 7
  ]),
);
const september = buildOrgIndex(
  snapshot('2026-09-30', [
    child('c-1', 'child-protection', '2026-01-10'),
    child('c-0', 'child-in-need', '2025-12-01'),
  ]),
);

function renderWorker(history: SnapshotHistory, index = october) {
  const preset = builtInPresets.default;
  render(
    <WorkerPage
      index={index}
      unit={index.unit('team')!}
      worker={index.worker('ana')!}
      caps={preset.caps}
      bands={bandsFromCaps(preset.caps)}
      preset={preset}
      settings={settings()}
      search={{ unit: 'team', worker: 'ana' }}
      rejected={[]}
      dates={['2026-09-30', '2026-10-31']}
      history={history}
      since="2026-09-30"
    />,
  );
}

describe('WorkerPage', () => {
  it('gives a part-time worker’s own cap per FTE and in cases, beside the cases they hold', () => {
    const three = snapshot('2026-10-31', [
      child('c-1', 'child-protection', '2026-01-10'),
      child('c-2', 'other', '2026-10-05'),
      child('c-3', 'looked-after', '2026-06-01'),
    ]);
    const [ana08, ...others] = three.workers;
    const partTime = buildOrgIndex({ ...three, workers: [{ ...ana08!, fte: 0.8 }, ...others] });
    renderWorker(EMPTY_HISTORY, partTime);
    // 3 cases at 0.8 FTE = 3.75, shown 3.8; the default reference cap is 20 per FTE, 16 cases at 0.8.
    expect(
      screen.getByText(
        /Ana Ruiz holds 3 cases at 0.8 FTE: 3.8 cases per FTE, .* Their own cap is 20.0 cases per FTE, which at 0.8 FTE is 16 cases: they are below it\.$/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Own cap, cases per FTE')).toBeInTheDocument();
  });

  it('says the earlier snapshot is loading', () => {
    renderWorker(EMPTY_HISTORY);
    expect(screen.getByText('Loading the snapshot for 30 September 2026…')).toBeInTheDocument();
  });

  it('says when the earlier snapshot could not be loaded', () => {
    renderWorker({ loaded: [], pending: [], failed: ['2026-09-30'] });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The snapshot for 30 September 2026 could not be loaded',
    );
  });

  it('shows the changes by case id and flags the new cases in the sortable table', async () => {
    renderWorker({
      loaded: [
        { asAt: '2026-09-30', index: september },
        { asAt: '2026-10-31', index: october },
      ],
      pending: [],
      failed: [],
    });
    const changes = screen.getByRole('region', { name: 'Changes since 30 September 2026' });
    // Now c-1, c-2, c-3; then c-1, c-0: c-2 and c-3 allocated, c-0 no longer held.
    expect(within(changes).getByText(/^Since 30 September 2026:/)).toHaveTextContent(
      'Since 30 September 2026: 2 cases allocated and 1 no longer held; cases held up 1 from 2; cases per FTE up 1.0 from 2.0.',
    );
    expect(within(changes).getByText('c-0 (Child in need)')).toBeInTheDocument();

    const table = screen.getByRole('table', { name: /^3 children/ });
    const ids = () =>
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent);
    expect(ids()).toEqual(['c-2', 'c-3', 'c-1']); // newest allocation first
    expect(within(table).getAllByText('New since 30 September 2026')).toHaveLength(2);

    await userEvent.click(within(table).getByRole('button', { name: /Weight/ }));
    expect(ids()).toEqual(['c-1', 'c-3', 'c-2']); // 8, 7, 3 points
    expect(within(table).getByRole('columnheader', { name: /Weight/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(document.body.textContent).not.toContain('Ben Ortiz');
  });

  it('names a value far outside the usual and what to check, at the top and in the notes', () => {
    const base = snapshot('2026-10-31', []);
    const [first, ...others] = base.workers;
    const sentWith150 = buildOrgIndex({
      ...base,
      workers: [{ ...first!, casesHeld: 150, caseDetails: undefined }, ...others],
    });
    renderWorker(EMPTY_HISTORY, sentWith150);
    expect(screen.getByText('Check this record before relying on it.')).toBeInTheDocument();
    // 150 cases is over 60 held, and 150 per FTE is over 100 per FTE: two values, each explained.
    const values = within(screen.getByRole('list', { name: 'Values to check' })).getAllByRole(
      'listitem',
    );
    expect(values.map((item) => item.textContent)).toEqual([
      expect.stringMatching(
        /^150 cases held is more than 60, far above any caseload cap .*: check that it is this worker’s own count, not a team’s or a total over time\.$/,
      ),
      expect.stringMatching(
        /^150 cases on 1 FTE is 150\.0 cases per FTE, more than 100 .*: check the FTE and the count\.$/,
      ),
    ]);
    expect(
      within(screen.getByRole('list', { name: 'Records to check' })).getByRole('listitem'),
    ).toHaveTextContent(
      'Ana Ruiz: 150 cases held (more than 60); 150.0 cases per FTE (more than 100)',
    );
  });

  it('says nothing is to check when every value is usual', () => {
    renderWorker(EMPTY_HISTORY);
    expect(screen.queryByText('Check this record before relying on it.')).not.toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Records to check' })).not.toBeInTheDocument();
  });
});
