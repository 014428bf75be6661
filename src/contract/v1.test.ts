import { endpoints, isoDate, snapshotListSchema } from './v1';

describe('isoDate', () => {
  it.each([
    ['2026-10-31', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2026-02-30', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-1-5', false],
    ['31/10/2026', false],
    ['2026-10-31T00:00:00Z', false],
    ['', false],
  ])('%s -> %s', (value, ok) => {
    expect(isoDate.safeParse(value).success).toBe(ok);
  });
});

describe('snapshotListSchema', () => {
  const list = {
    version: 1,
    organisation: { id: 'org', name: 'Exampleshire' },
    snapshots: ['2026-09-30', '2026-10-31'],
  };
  it.each([
    { name: 'a valid list', json: list, ok: true },
    { name: 'an empty list of dates', json: { ...list, snapshots: [] }, ok: true },
    { name: 'a bad date', json: { ...list, snapshots: ['2026-02-30'] }, ok: false },
    { name: 'version 2', json: { ...list, version: 2 }, ok: false },
    {
      name: 'a council known by its CSWW code and region',
      json: {
        ...list,
        organisation: { id: 'k', name: 'Knowsley', laCode: '340', region: 'North West' },
      },
      ok: true,
    },
    {
      name: 'a council known by its ONS code',
      json: { ...list, organisation: { id: 'k', name: 'Knowsley', laCode: 'E08000011' } },
      ok: true,
    },
    {
      name: 'an LA code in neither form',
      json: { ...list, organisation: { id: 'k', name: 'Knowsley', laCode: 'Knowsley' } },
      ok: false,
    },
  ])('$name -> $ok', ({ json, ok }) => {
    expect(snapshotListSchema.safeParse(json).success).toBe(ok);
  });
});

describe('endpoints', () => {
  it.each([
    ['/api/v1', '/api/v1/snapshots', '/api/v1/snapshots/2026-10-31'],
    ['/api/v1/', '/api/v1/snapshots', '/api/v1/snapshots/2026-10-31'],
  ])('base %s', (base, list, one) => {
    expect(endpoints.snapshots(base)).toBe(list);
    expect(endpoints.snapshot(base, '2026-10-31')).toBe(one);
  });
});
