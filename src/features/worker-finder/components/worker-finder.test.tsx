import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Snapshot, Worker } from '../../../contract/v1';
import { buildOrgIndex } from '../../../domain/org-index';
import type { WorkerEntry } from '../../../domain/worker-search';
import { WorkerFinder } from './worker-finder';

function worker(id: string, displayName: string, unitId: string, casesHeld: number): Worker {
  return {
    id,
    unitId,
    displayName,
    role: 'case-holder',
    asye: false,
    agency: false,
    fte: 0.8,
    casesHeld,
  };
}

const snapshot: Snapshot = {
  version: 1,
  asAt: '2026-10-31',
  organisation: { id: 'org', name: 'Exampleshire' },
  units: [
    { id: 'org', parentId: null, name: 'Exampleshire', kind: 'council' },
    { id: 'north', parentId: 'org', name: 'Team North', kind: 'team' },
    { id: 'south', parentId: 'org', name: 'Team South', kind: 'team' },
  ],
  workers: [
    worker('w1', 'William Shaw', 'north', 31),
    worker('w2', 'Amy Williams', 'south', 27),
    worker('w3', 'Karen Wilson', 'north', 23),
    worker('w4', 'Sasha Green', 'south', 19),
    ...Array.from({ length: 25 }, (_, n) => worker(`s${n}`, `Sam Patel ${n + 1}`, 'south', 14)),
  ],
};
const index = buildOrgIndex(snapshot);

function renderFinder(onChoose = vi.fn<(worker: WorkerEntry) => void>()) {
  render(<WorkerFinder index={index} onChoose={onChoose} />);
  return { onChoose, field: screen.getByRole('combobox', { name: 'Find a worker' }) };
}

const optionNames = () =>
  screen.queryAllByRole('option').map((option) => option.getAttribute('aria-label'));

describe('WorkerFinder', () => {
  it('suggests workers whose name matches, with their team and no caseload', async () => {
    const user = userEvent.setup();
    const { field } = renderFinder();
    expect(field).toHaveAttribute('aria-expanded', 'false');
    await user.type(field, 'wil');
    expect(field).toHaveAttribute('aria-expanded', 'true');
    expect(optionNames()).toEqual([
      'William Shaw, Team North',
      'Amy Williams, Team South',
      'Karen Wilson, Team North',
    ]);
    const list = screen.getByRole('listbox', { name: 'Workers' });
    expect(field).toHaveAttribute('aria-controls', list.id);
    // No figure of any worker: neither their cases (31, 27, 23), FTE (0.8) nor a load.
    expect(list.textContent).not.toMatch(/\d/);
    expect(screen.getByRole('status')).toHaveTextContent(
      '3 workers match. Use the up and down arrows to choose, then Enter to open.',
    );
  });

  it('lists at most 20 and says how many more match', async () => {
    const user = userEvent.setup();
    const { field } = renderFinder();
    await user.type(field, 'sam');
    expect(screen.getAllByRole('option')).toHaveLength(20);
    expect(
      screen.getByText('5 more workers match: type more of the name to narrow them.'),
    ).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent(
      '25 workers match; the first 20 are listed.',
    );
  });

  it('says when no name matches', async () => {
    const user = userEvent.setup();
    const { field } = renderFinder();
    await user.type(field, 'xyz');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(field).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('status')).toHaveTextContent('No worker’s name matches “xyz”.');
  });

  it('moves through the suggestions with the arrow keys, wrapping at either end', async () => {
    const user = userEvent.setup();
    const { field, onChoose } = renderFinder();
    await user.type(field, 'wil');
    const selected = () =>
      screen.getByRole('option', { selected: true }).getAttribute('aria-label');
    expect(screen.queryByRole('option', { selected: true })).not.toBeInTheDocument();
    expect(field).not.toHaveAttribute('aria-activedescendant');

    await user.keyboard('{ArrowDown}');
    expect(selected()).toBe('William Shaw, Team North');
    expect(field).toHaveAttribute(
      'aria-activedescendant',
      screen.getByRole('option', { selected: true }).id,
    );
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(selected()).toBe('Karen Wilson, Team North');
    await user.keyboard('{ArrowDown}');
    expect(selected()).toBe('William Shaw, Team North');
    await user.keyboard('{ArrowUp}');
    expect(selected()).toBe('Karen Wilson, Team North');
    // Focus stays in the field throughout, as the combobox pattern has it.
    expect(field).toHaveFocus();
    expect(onChoose).not.toHaveBeenCalled();
  });

  it('opens the suggestion in hand with Enter, then clears the field and lets focus go', async () => {
    const user = userEvent.setup();
    const { field, onChoose } = renderFinder();
    await user.type(field, 'wil');
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(onChoose).toHaveBeenCalledTimes(1);
    expect(onChoose).toHaveBeenCalledWith({
      id: 'w2',
      unitId: 'south',
      name: 'Amy Williams',
      team: 'Team South',
    });
    expect(field).toHaveValue('');
    expect(field).not.toHaveFocus();
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('opens the only match with Enter, and nothing when several match and none is in hand', async () => {
    const user = userEvent.setup();
    const { field, onChoose } = renderFinder();
    await user.type(field, 'wil{Enter}');
    expect(onChoose).not.toHaveBeenCalled();
    await user.clear(field);
    await user.type(field, 'sasha{Enter}');
    expect(onChoose).toHaveBeenCalledWith(expect.objectContaining({ id: 'w4' }));
  });

  it('closes the suggestions with Escape, and clears the field with a second Escape', async () => {
    const user = userEvent.setup();
    const { field, onChoose } = renderFinder();
    await user.type(field, 'wil');
    await user.keyboard('{ArrowDown}{Escape}');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(field).toHaveAttribute('aria-expanded', 'false');
    expect(field).toHaveValue('wil');
    await user.keyboard('{Enter}');
    expect(onChoose).not.toHaveBeenCalled();
    await user.keyboard('{ArrowDown}');
    expect(within(screen.getByRole('listbox')).getAllByRole('option')).toHaveLength(3);
    await user.keyboard('{Escape}{Escape}');
    expect(field).toHaveValue('');
  });

  it('opens a suggestion that is clicked', async () => {
    const user = userEvent.setup();
    const { field, onChoose } = renderFinder();
    await user.type(field, 'karen');
    await user.click(screen.getByRole('option', { name: 'Karen Wilson, Team North' }));
    expect(onChoose).toHaveBeenCalledWith(expect.objectContaining({ id: 'w3' }));
  });

  it('says the list is loading until the snapshot is there', async () => {
    const user = userEvent.setup();
    render(<WorkerFinder index={null} onChoose={vi.fn()} />);
    await user.type(screen.getByRole('combobox', { name: 'Find a worker' }), 'wil');
    expect(screen.getByRole('status')).toHaveTextContent('Loading the list of workers…');
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
  });
});
