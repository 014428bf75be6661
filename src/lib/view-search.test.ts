import fc from 'fast-check';
import { presetIds } from '../domain/caps';
import { parseViewSearch, toQueryString, type ViewSearch } from './view-search';

/** The values that were kept, leaving out keys that were dropped. */
function present(search: ViewSearch): ViewSearch {
  const kept: ViewSearch = {};
  for (const key of ['unit', 'worker', 'asAt', 'caps', 'since', 'layout', 'demo'] as const) {
    const value = search[key];
    if (value !== undefined) Object.assign(kept, { [key]: value });
  }
  return kept;
}

describe('parseViewSearch', () => {
  it.each<{ query: string; search: ViewSearch; invalid: (keyof ViewSearch)[] }>([
    { query: '', search: {}, invalid: [] },
    { query: '?', search: {}, invalid: [] },
    {
      query: '?unit=team-a&worker=w1&asAt=2026-10-31&caps=cafcass',
      search: { unit: 'team-a', worker: 'w1', asAt: '2026-10-31', caps: 'cafcass' },
      invalid: [],
    },
    { query: 'unit=north', search: { unit: 'north' }, invalid: [] },
    { query: '?asAt=2026-02-30', search: {}, invalid: ['asAt'] },
    { query: '?asAt=31-10-2026&unit=north', search: { unit: 'north' }, invalid: ['asAt'] },
    { query: '?caps=nonsense', search: {}, invalid: ['caps'] },
    { query: '?caps=custom', search: { caps: 'custom' }, invalid: [] },
    {
      query: '?asAt=2026-02-30&caps=nonsense&unit=north',
      search: { unit: 'north' },
      invalid: ['asAt', 'caps'],
    },
    { query: '?unit=', search: {}, invalid: ['unit'] },
    { query: '?unit=%20%20', search: {}, invalid: ['unit'] },
    { query: `?worker=${'w'.repeat(101)}`, search: {}, invalid: ['worker'] },
    { query: '?unit=%20north%20', search: { unit: 'north' }, invalid: [] },
    { query: '?unit=Team%20A%26B', search: { unit: 'Team A&B' }, invalid: [] },
    { query: '?colour=red&unit=north', search: { unit: 'north' }, invalid: [] },
    { query: '?since=2026-09-30', search: { since: '2026-09-30' }, invalid: [] },
    { query: '?since=last-month', search: {}, invalid: ['since'] },
    {
      query: '?unit=north&layout=board',
      search: { unit: 'north', layout: 'board' },
      invalid: [],
    },
    { query: '?layout=slides', search: {}, invalid: ['layout'] },
    {
      query: '?demo=national&unit=region-north-west',
      search: { unit: 'region-north-west', demo: 'national' },
      invalid: [],
    },
    { query: '?demo=galaxy', search: {}, invalid: ['demo'] },
  ])('$query', ({ query, search, invalid }) => {
    const parsed = parseViewSearch(query);
    // Dropped values are absent (undefined), never kept as they were typed.
    expect(present(parsed.search)).toEqual(search);
    expect([...parsed.invalid].sort()).toEqual([...invalid].sort());
  });
});

describe('toQueryString', () => {
  it.each<[ViewSearch, string]>([
    [{}, ''],
    [{ unit: 'north' }, '?unit=north'],
    [
      { unit: 'team-a', worker: 'w1', asAt: '2026-10-31', caps: 'napo' },
      '?unit=team-a&worker=w1&asAt=2026-10-31&caps=napo',
    ],
    [{ caps: 'default', unit: 'Team A&B' }, '?unit=Team+A%26B&caps=default'],
    [{ unit: '', worker: undefined }, ''],
    // A copied link to the national demo must open the national demo.
    [{ unit: 'region-north-west', demo: 'national' }, '?unit=region-north-west&demo=national'],
  ])('%j -> %s', (search, expected) => {
    expect(toQueryString(search)).toBe(expected);
  });

  it('round-trips any valid view through parseViewSearch', () => {
    const idText = fc
      .string({ minLength: 1, maxLength: 100, unit: 'grapheme' })
      .filter((text) => text.trim() === text && text.length > 0 && text.length <= 100);
    const date = fc
      .date({
        min: new Date('2000-01-01T00:00:00Z'),
        max: new Date('2099-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    const view = fc.record(
      {
        unit: idText,
        worker: idText,
        asAt: date,
        caps: fc.constantFrom(...presetIds),
        since: date,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(view, (search) => {
        const parsed = parseViewSearch(toQueryString(search));
        expect(parsed.invalid).toEqual([]);
        expect(present(parsed.search)).toEqual(search);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the benchmarks switch', () => {
  it('reads “off”, and drops anything else with a notice', () => {
    expect(parseViewSearch('?benchmarks=off').search.benchmarks).toBe('off');
    const odd = parseViewSearch('?benchmarks=maybe');
    expect(odd.search.benchmarks).toBeUndefined();
    expect(odd.invalid).toEqual(['benchmarks']);
  });

  it('writes “off” into the link and leaves it out when shown', () => {
    expect(toQueryString({ unit: 'north', benchmarks: 'off' })).toBe('?unit=north&benchmarks=off');
    expect(toQueryString({ unit: 'north', benchmarks: undefined })).toBe('?unit=north');
  });
});
