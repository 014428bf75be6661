import { render, screen, within } from '@testing-library/react';
import type { Unit, Worker } from '../contract/v1';
import { DEFAULT_VIEW_MEASURE } from '../domain/measure-options';
import { implausibleRecords } from '../contract/plausibility';
import { DataNotes } from './data-notes';

function worker(id: string, displayName: string, casesHeld: number, fte: number): Worker {
  return {
    id,
    unitId: 'team-a',
    displayName,
    role: 'case-holder',
    asye: false,
    agency: false,
    fte,
    casesHeld,
  };
}

const units: Unit[] = [
  { id: 'org', parentId: null, name: 'Org', kind: 'organisation' },
  { id: 'team-a', parentId: 'org', name: 'Assessment Team', kind: 'team', vacantFte: 37 },
];

function renderNotes(workers: Worker[], inUnits: Unit[] = units) {
  render(
    <DataNotes
      view={DEFAULT_VIEW_MEASURE}
      excluded={[]}
      notCounted={0}
      rejected={[]}
      implausible={implausibleRecords(workers, inUnits)}
    />,
  );
  return screen.getByRole('region', { name: 'Notes on the figures' });
}

describe('DataNotes: values to check', () => {
  it('says how many records here look implausible and names each, with its value and the limit', () => {
    const notes = renderNotes([
      worker('w1', 'Amira Khan', 18, 1),
      worker('w2', 'Ben Ortiz', 150, 1),
      worker('w3', 'Chloe Evans', 20, 0.0001),
    ]);
    expect(notes).toHaveTextContent(
      '3 records here have values to check. They are in the figures as sent, because they may be true',
    );
    const listed = within(within(notes).getByRole('list', { name: 'Records to check' }))
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(listed).toEqual([
      'Ben Ortiz: 150 cases held (more than 60); 150.0 cases per FTE (more than 100)',
      'Chloe Evans: FTE 0.0001 with 20 cases (less than 0.1); 200,000.0 cases per FTE (more than 100)',
      'Team Assessment Team: 37.0 vacant FTE (more than 20 for one team)',
    ]);
    expect(notes).toHaveTextContent(
      'A record is listed here when a worker holds more than 60 cases (England’s average is about 16 per FTE, and caps run from 15 to 25)',
    );
    expect(notes).not.toHaveTextContent('Amira Khan');
    expect(notes).not.toHaveTextContent('NaN');
  });

  it('names one record in the singular, and not a worker with 59 cases on 1.0 FTE', () => {
    const notes = renderNotes([worker('w1', 'Amira Khan', 59, 1)]);
    expect(notes).toHaveTextContent(
      '1 record here has a value to check. It is in the figures as sent, because it may be true',
    );
    expect(notes).toHaveTextContent('Team Assessment Team: 37.0 vacant FTE');
    expect(notes).not.toHaveTextContent('Amira Khan');
  });
});
