import type { Unit, Worker } from '../contract/v1';
import { buildOrgIndex } from './org-index';
import { findWorkers, foldForSearch, SHOWN_MATCHES, workerDirectory } from './worker-search';
import { snapshotOf } from '../test/builders';

function worker(id: string, displayName: string, unitId: string): Worker {
  return {
    id,
    unitId,
    displayName,
    role: 'case-holder',
    asye: false,
    agency: false,
    fte: 1,
    casesHeld: 17,
  };
}

const council = buildOrgIndex(
  snapshotOf(
    [
      { id: 'org', parentId: null, name: 'Exampleshire', kind: 'council' },
      { id: 'area', parentId: 'org', name: 'Safeguarding', kind: 'area' },
      { id: 'north', parentId: 'area', name: 'Team North', kind: 'team' },
      { id: 'south', parentId: 'area', name: 'Team South', kind: 'team' },
    ],
    [
      worker('w1', 'William Shaw', 'north'),
      worker('w2', 'Amy Williams', 'south'),
      worker('w3', 'Karen Wilson', 'north'),
      worker('w4', 'Sasha Green', 'south'),
      worker('w5', 'Zoë O’Brien-Smith', 'north'),
      worker('w6', 'Amy Williams', 'north'),
    ],
  ),
);

describe('foldForSearch', () => {
  it('ignores case, accents and punctuation', () => {
    expect(foldForSearch('Zoë O’Brien-Smith')).toBe('zoe o brien smith');
    expect(foldForSearch('  ANNE-MARIE  ')).toBe('anne marie');
    expect(foldForSearch('Łukasz Nowak')).toBe('łukasz nowak');
    expect(foldForSearch('?!')).toBe('');
  });
});

describe('workerDirectory', () => {
  it('lists every worker by name, then team, with their team and nothing of their cases', () => {
    const { items } = workerDirectory(council);
    expect(items.map(({ entry }) => `${entry.name} (${entry.team})`)).toEqual([
      'Amy Williams (Team North)',
      'Amy Williams (Team South)',
      'Karen Wilson (Team North)',
      'Sasha Green (Team South)',
      'William Shaw (Team North)',
      'Zoë O’Brien-Smith (Team North)',
    ]);
    for (const { entry } of items) {
      expect(Object.keys(entry).sort()).toEqual(['id', 'name', 'team', 'unitId']);
    }
  });

  it('names the council beside the team when the organisation holds several councils', () => {
    const england = buildOrgIndex(
      snapshotOf(
        [
          { id: 'eng', parentId: null, name: 'England', kind: 'organisation' },
          { id: 'nw', parentId: 'eng', name: 'North West', kind: 'region' },
          { id: 'c1', parentId: 'nw', name: 'Anyplace Council', kind: 'council' },
          { id: 'c2', parentId: 'nw', name: 'Elsewhere Council', kind: 'council' },
          { id: 'c1-a', parentId: 'c1', name: 'Assessment', kind: 'area' },
          { id: 'c2-a', parentId: 'c2', name: 'Assessment', kind: 'area' },
          { id: 'c1-t1', parentId: 'c1-a', name: 'Assessment Team 1', kind: 'team' },
          { id: 'c2-t1', parentId: 'c2-a', name: 'Assessment Team 1', kind: 'team' },
        ],
        [worker('a', 'Sam Smith', 'c1-t1'), worker('b', 'Sam Smith', 'c2-t1')],
      ),
    );
    expect(workerDirectory(england).items.map(({ entry }) => entry.team)).toEqual([
      'Assessment Team 1, Anyplace Council',
      'Assessment Team 1, Elsewhere Council',
    ]);
  });
});

describe('findWorkers', () => {
  const directory = workerDirectory(council);
  const names = (query: string) =>
    findWorkers(directory, query).shown.map((entry) => `${entry.name} (${entry.team})`);

  it('finds names with a word starting with what was typed, those starting with it first', () => {
    expect(names('wil')).toEqual([
      'William Shaw (Team North)',
      'Amy Williams (Team North)',
      'Amy Williams (Team South)',
      'Karen Wilson (Team North)',
    ]);
  });

  it('matches each word typed, in any order, and only at the start of a word', () => {
    expect(names('sha wil')).toEqual(['William Shaw (Team North)']);
    expect(names('ha')).toEqual([]);
    expect(names('amy w')).toEqual(['Amy Williams (Team North)', 'Amy Williams (Team South)']);
  });

  it('ignores case, accents and punctuation in what was typed', () => {
    expect(names('ZOE OBRIEN')).toEqual([]);
    expect(names('zoe o’brien')).toEqual(['Zoë O’Brien-Smith (Team North)']);
    expect(names('smith')).toEqual(['Zoë O’Brien-Smith (Team North)']);
  });

  it('finds nothing for an empty search or one of punctuation only', () => {
    expect(findWorkers(directory, '')).toEqual({ shown: [], total: 0 });
    expect(findWorkers(directory, ' - ')).toEqual({ shown: [], total: 0 });
  });

  it('shows at most the limit and counts every match, across 30,000 workers', () => {
    const units: Unit[] = [
      { id: 'org', parentId: null, name: 'England', kind: 'organisation' },
      { id: 'team', parentId: 'org', name: 'Team', kind: 'team' },
    ];
    // Every third worker is a Taylor: 10,000 of 30,000.
    const workers = Array.from({ length: 30_000 }, (_, n) =>
      worker(`w${n}`, n % 3 === 0 ? `Alex Taylor ${n}` : `Sam Jones ${n}`, 'team'),
    );
    const national = workerDirectory(buildOrgIndex(snapshotOf(units, workers)));
    const taylors = findWorkers(national, 'taylor');
    expect(taylors.total).toBe(10_000);
    expect(taylors.shown).toHaveLength(SHOWN_MATCHES);
    expect(SHOWN_MATCHES).toBe(20);
    expect(findWorkers(national, 'alex taylor 29997')).toMatchObject({
      total: 1,
      shown: [{ name: 'Alex Taylor 29997' }],
    });
  });
});
