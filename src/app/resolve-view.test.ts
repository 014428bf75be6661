import type { Snapshot, Unit, Worker } from '../contract/v1';
import { buildOrgIndex } from '../domain/org-index';
import { parseViewSearch } from '../lib/view-search';
import {
  invalidParamNotices,
  resolveAsAt,
  resolveSince,
  resolveUnitAndWorker,
} from './resolve-view';

function unit(id: string, parentId: string | null, name: string): Unit {
  return { id, parentId, name, kind: parentId === null ? 'organisation' : 'team' };
}
function worker(id: string, unitId: string): Worker {
  return {
    id,
    unitId,
    displayName: `Worker ${id}`,
    role: 'case-holder',
    asye: false,
    agency: false,
    fte: 1,
    casesHeld: 18,
  };
}

// Exampleshire > North > (Team A, Team B)
const snapshot: Snapshot = {
  version: 1,
  asAt: '2026-10-31',
  organisation: { id: 'org', name: 'Exampleshire' },
  units: [
    unit('org', null, 'Exampleshire'),
    unit('north', 'org', 'North'),
    unit('team-a', 'north', 'Team A'),
    unit('team-b', 'north', 'Team B'),
  ],
  workers: [worker('a1', 'team-a'), worker('b1', 'team-b')],
};
const index = buildOrgIndex(snapshot);

describe('resolveAsAt', () => {
  const available = ['2026-08-31', '2026-09-30', '2026-10-31'];

  it.each([
    { wanted: undefined, asAt: '2026-10-31' },
    { wanted: '2026-09-30', asAt: '2026-09-30' },
    { wanted: '2026-10-31', asAt: '2026-10-31' },
  ])('$wanted -> $asAt, no notice', ({ wanted, asAt }) => {
    expect(resolveAsAt(wanted, available)).toEqual({ asAt, notice: null });
  });

  it('falls back to the latest for an unknown date, naming both dates in words', () => {
    const { asAt, notice } = resolveAsAt('2025-09-30', available);
    expect(asAt).toBe('2026-10-31');
    expect(notice).toContain('30 September 2025');
    expect(notice).toContain('31 October 2026');
  });

  it('has nothing to show, and no notice, when there are no snapshots', () => {
    expect(resolveAsAt(undefined, [])).toEqual({ asAt: null, notice: null });
    expect(resolveAsAt('2026-10-31', [])).toEqual({ asAt: null, notice: null });
  });
});

describe('resolveSince', () => {
  const available = ['2026-08-31', '2026-09-30', '2026-10-31'];

  it.each([
    { wanted: undefined, asAt: '2026-10-31', since: '2026-09-30' },
    { wanted: '2026-08-31', asAt: '2026-10-31', since: '2026-08-31' },
    { wanted: undefined, asAt: '2026-09-30', since: '2026-08-31' },
    { wanted: undefined, asAt: '2026-08-31', since: null },
  ])('$wanted at $asAt -> $since, no notice', ({ wanted, asAt, since }) => {
    expect(resolveSince(wanted, available, asAt)).toEqual({ since, notice: null });
  });

  it('falls back to the previous snapshot for a date that is not an earlier snapshot', () => {
    expect(resolveSince('2026-10-31', available, '2026-10-31')).toEqual({
      since: '2026-09-30',
      notice:
        'There is no snapshot for 31 October 2026 before 31 October 2026 to compare with, so the changes shown are since the previous snapshot (30 September 2026).',
    });
    expect(resolveSince('2026-09-15', available, '2026-10-31').since).toBe('2026-09-30');
  });

  it('says so when there is nothing earlier at all', () => {
    expect(resolveSince('2026-09-30', available, '2026-08-31')).toEqual({
      since: null,
      notice:
        'There is no snapshot for 30 September 2026 before 31 August 2026 to compare with, and there is no earlier snapshot to compare with.',
    });
  });
});

describe('resolveUnitAndWorker', () => {
  it.each([
    { name: 'nothing asked', query: '', unit: 'org', worker: null },
    { name: 'a known unit', query: '?unit=north', unit: 'north', worker: null },
    {
      name: 'a worker in the given team',
      query: '?unit=team-a&worker=a1',
      unit: 'team-a',
      worker: 'a1',
    },
    { name: 'a worker with no unit given', query: '?worker=b1', unit: 'team-b', worker: 'b1' },
    {
      name: 'a worker under a higher unit',
      query: '?unit=org&worker=a1',
      unit: 'team-a',
      worker: 'a1',
    },
  ])('$name -> $unit / $worker, no notice', ({ query, unit: unitId, worker: workerId }) => {
    const view = resolveUnitAndWorker(parseViewSearch(query).search, index);
    expect(view.unit.id).toBe(unitId);
    expect(view.worker?.id ?? null).toBe(workerId);
    expect(view.notices).toEqual([]);
  });

  it('shows the root, with a notice, for an unknown unit', () => {
    const view = resolveUnitAndWorker({ unit: 'team-z' }, index);
    expect(view.unit.id).toBe('org');
    expect(view.worker).toBeNull();
    expect(view.notices).toHaveLength(1);
    expect(view.notices[0]).toContain('team-z');
    expect(view.notices[0]).toContain('31 October 2026');
  });

  it.each([
    {
      name: 'a worker in another team',
      search: { unit: 'team-a', worker: 'b1' },
      shown: 'team-a',
      named: 'Team A',
    },
    {
      name: 'an unknown worker',
      search: { unit: 'team-b', worker: 'w404' },
      shown: 'team-b',
      named: 'Team B',
    },
    {
      name: 'an unknown worker, no unit',
      search: { worker: 'w404' },
      shown: 'org',
      named: 'Exampleshire',
    },
  ])('shows the unit, with a notice, for $name', ({ search, shown, named }) => {
    const view = resolveUnitAndWorker(search, index);
    expect(view.unit.id).toBe(shown);
    expect(view.worker).toBeNull();
    expect(view.notices).toHaveLength(1);
    expect(view.notices[0]).toContain(named);
    expect(view.notices[0]).toContain('31 October 2026');
  });

  it('gives two notices for an unknown unit together with a worker (the worker is not in the root it falls back to)', () => {
    const view = resolveUnitAndWorker({ unit: 'team-z', worker: 'a1' }, index);
    expect(view.unit.id).toBe('org');
    expect(view.worker).toBeNull();
    expect(view.notices).toHaveLength(2);
  });
});

describe('parseViewSearch + invalidParamNotices', () => {
  it('marks unreadable params as invalid, drops them, and says so in words', () => {
    const { search, invalid } = parseViewSearch('?asAt=2026-02-30&caps=nonsense&unit=north');
    expect(search.asAt).toBeUndefined();
    expect(search.caps).toBeUndefined();
    expect(search.unit).toBe('north');
    expect([...invalid].sort()).toEqual(['asAt', 'caps']);

    const notices = invalidParamNotices(invalid);
    expect(notices).toHaveLength(2);
    expect(notices.some((text) => text.includes('snapshot date'))).toBe(true);
    expect(notices.some((text) => text.includes('caps preset'))).toBe(true);
  });

  it.each([
    ['unit', 'unit'],
    ['worker', 'worker'],
    ['asAt', 'snapshot date'],
    ['caps', 'caps preset'],
  ] as const)('names %s as "%s"', (key, words) => {
    const [notice] = invalidParamNotices([key]);
    expect(notice).toContain(words);
    expect(notice).toMatch(/default is used/);
  });

  it('has no notices when every param was read', () => {
    expect(invalidParamNotices([])).toEqual([]);
  });
});
