import { buildOrgIndex } from './org-index';
import { bandsFromCaps } from './bands';
import { builtInPresets } from './caps';
import { figureChecks, includesToCheckLine } from './figure-checks';
import { unitFigures } from './unit-figures';
import { settings, worker } from '../test/builders';
import type { Worker } from '../contract/v1';

function teamFigures(workers: Worker[]) {
  const index = buildOrgIndex({
    version: 1,
    asAt: '2026-09-30',
    organisation: { id: 'org', name: 'Testborough' },
    units: [
      { id: 'org', parentId: null, name: 'Testborough', kind: 'organisation' },
      { id: 'team', parentId: 'org', name: 'CIN Team A', kind: 'team' },
    ],
    workers,
  });
  const caps = builtInPresets.default.caps;
  return unitFigures(
    index.workersUnder('team'),
    index.unitsUnder('team'),
    caps,
    bandsFromCaps(caps),
    settings(),
  );
}

describe('figureChecks', () => {
  it('counts the counted workers sent with values far outside the usual, and sees the highest is one', () => {
    // The import test's team: 150 cases (over 60) and 3 cases on 0.05 FTE (under 0.1) are to check.
    const figures = teamFigures([
      worker({ displayName: 'Ada Lovelace', casesHeld: 18 }),
      worker({ displayName: 'Ben Ortiz', casesHeld: 150 }),
      worker({ displayName: 'Chloe Evans', fte: 0.05, casesHeld: 3 }),
      worker({ displayName: 'Eve Moss', casesHeld: 22 }),
    ]);
    expect(figures.highestLoad).toBe(150);
    expect(figureChecks(figures)).toEqual({ countedToCheck: 2, highestToCheck: true });
  });

  it('leaves the highest alone when the record to check is not the highest', () => {
    // 1 case on 0.05 FTE is 20 per FTE: below Eve's 24, yet under 0.1 FTE with cases.
    const figures = teamFigures([
      worker({ casesHeld: 24 }),
      worker({ fte: 0.05, casesHeld: 1 }),
      worker({ casesHeld: 12 }),
    ]);
    expect(figureChecks(figures)).toEqual({ countedToCheck: 1, highestToCheck: false });
  });

  it('does not count a manager who is listed but not counted, nor anything when all is usual', () => {
    const manager = teamFigures([
      worker({ casesHeld: 16 }),
      worker({ role: 'team-manager', casesHeld: 70 }),
    ]);
    expect(figureChecks(manager)).toEqual({ countedToCheck: 0, highestToCheck: false });
    expect(figureChecks(teamFigures([worker(), worker({ casesHeld: 25 })]))).toEqual({
      countedToCheck: 0,
      highestToCheck: false,
    });
  });

  it('words the line for one record and for several, and gives none for none', () => {
    expect(includesToCheckLine(0)).toBeNull();
    expect(includesToCheckLine(1)).toBe('Includes 1 record to check (see the notes)');
    expect(includesToCheckLine(3)).toBe('Includes 3 records to check (see the notes)');
  });
});
