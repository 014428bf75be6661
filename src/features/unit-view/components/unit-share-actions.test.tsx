import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Snapshot, Worker } from '../../../contract/v1';
import { DEFAULT_ASYE_RULE } from '../../../domain/asye-rule';
import { bandsFromCaps } from '../../../domain/bands';
import { builtInPresets } from '../../../domain/caps';
import { DEFAULT_VIEW_MEASURE } from '../../../domain/measure-options';
import { buildOrgIndex } from '../../../domain/org-index';
import { DEFAULT_WEIGHTING } from '../../../domain/weighting';
import { DataSourceLabelContext } from '../../../components/data-source-label';
import { UnitShareActions } from './unit-share-actions';

const saved = vi.hoisted(() => ({ files: [] as { text: string; name: string }[] }));
vi.mock('../../../lib/export-download', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/export-download')>()),
  downloadCsv: (text: string, name: string) => saved.files.push({ text, name }),
}));

function worker(id: string, displayName: string, fields: Partial<Worker>): Worker {
  return {
    id,
    unitId: 'team-north',
    displayName,
    role: 'case-holder',
    asye: false,
    agency: false,
    fte: 1,
    casesHeld: 0,
    ...fields,
  };
}

const snapshot: Snapshot = {
  version: 1,
  asAt: '2026-10-31',
  organisation: { id: 'testborough', name: 'Testborough Council' },
  units: [
    { id: 'testborough', parentId: null, name: 'Testborough Council', kind: 'organisation' },
    { id: 'team-north', parentId: 'testborough', name: 'Team North', kind: 'team' },
  ],
  workers: [
    worker('w1', 'Ada Example', { casesHeld: 18 }),
    worker('w2', 'Bea Example', { casesHeld: 12, fte: 0.5 }),
    worker('w3', 'Cy Example', { casesHeld: 2, role: 'team-manager' }),
  ],
};

function renderActions() {
  const index = buildOrgIndex(snapshot);
  const preset = builtInPresets.default;
  render(
    <DataSourceLabelContext.Provider value={() => 'Case management system'}>
      <UnitShareActions
        index={index}
        unit={index.unit('team-north')!}
        caps={preset.caps}
        bands={bandsFromCaps(preset.caps)}
        preset={preset}
        settings={{
          view: DEFAULT_VIEW_MEASURE,
          weighting: DEFAULT_WEIGHTING,
          asyeRule: DEFAULT_ASYE_RULE,
          referenceCapPerFte: 20,
        }}
      />
    </DataSourceLabelContext.Provider>,
  );
}

function clipboardWrite(result: () => Promise<void>) {
  const writeText = vi.fn<(text: string) => Promise<void>>(result);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return writeText;
}

beforeEach(() => {
  saved.files = [];
  window.history.replaceState(null, '', '/?unit=team-north&caps=default');
});

describe('Download table (CSV)', () => {
  it('saves every worker, highest first, with the context on each row', async () => {
    const user = userEvent.setup();
    renderActions();
    await user.click(screen.getByRole('button', { name: 'Download table (CSV)' }));
    expect(saved.files).toHaveLength(1);
    const [file] = saved.files;
    expect(file?.name).toBe('loadline-team-north-2026-10-31-table-with-worker-names.csv');
    const lines = file?.text.split('\r\n') ?? [];
    const context = '2026-10-31,Testborough Council,Team North';
    expect(lines[0]).toBe(
      'As at,Organisation,Part of,Worker,Role,Counted,Cases,FTE,Cases per FTE,Own cap,At or over own cap,Band,Note,Measure,Caps,Caps source,Own cap rule,Data source',
    );
    // Bea: 12 cases ÷ 0.5 FTE = 24.0, at or over her own cap of 20 per FTE. Ada: 18 ÷ 1 = 18.0,
    // on the 18 cap, so in the band above it. Cy manages the team: not counted, and says why.
    expect(lines[1]).toMatch(
      new RegExp(`^${context},Bea Example,Case holder,Yes,12,0.5,24,20,Yes,20–25,,`),
    );
    expect(lines[2]).toMatch(
      new RegExp(`^${context},Ada Example,Case holder,Yes,18,1,18,20,No,18–20 target range,,`),
    );
    expect(lines[3]).toMatch(
      new RegExp(
        `^${context},Cy Example,Team manager,No,2,1,2,,,,Not counted: team manager \\(only case holders are counted\\),`,
      ),
    );
    expect(lines[1]?.endsWith(',Case management system')).toBe(true);
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe('');
  });
});

describe('Copy link to this view', () => {
  it('copies the address with the snapshot date pinned and says "Link copied" politely', async () => {
    const user = userEvent.setup();
    const writeText = clipboardWrite(() => Promise.resolve());
    renderActions();
    await user.click(screen.getByRole('button', { name: 'Copy link to this view' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Link copied');
    const copied = new URL(writeText.mock.calls[0]?.[0] ?? '');
    expect(Object.fromEntries(copied.searchParams)).toMatchObject({
      unit: 'team-north',
      asAt: '2026-10-31',
      caps: 'default',
    });
    expect(screen.queryByLabelText('Link to this view')).toBeNull();
  });

  it('shows the link selected in a read-only box, with focus on it, when the clipboard is refused', async () => {
    const user = userEvent.setup();
    clipboardWrite(() => Promise.reject(new DOMException('Denied', 'NotAllowedError')));
    renderActions();
    await user.click(screen.getByRole('button', { name: 'Copy link to this view' }));
    const field = await screen.findByLabelText('Link to this view');
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveFocus();
    expect((field as HTMLInputElement).value).toMatch(/\?unit=team-north&asAt=2026-10-31/);
    expect(screen.getByRole('status')).toHaveTextContent('did not let Loadline copy the link');
  });
});
