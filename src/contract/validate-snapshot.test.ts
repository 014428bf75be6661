import { validateSnapshot, type RejectedRecord, type ValidatedSnapshot } from './validate-snapshot';

type Json = Record<string, unknown>;

function unit(id: string, parentId: string | null, extra: Json = {}): Json {
  return {
    id,
    parentId,
    name: `Unit ${id}`,
    kind: parentId === null ? 'organisation' : 'team',
    ...extra,
  };
}
function worker(id: string, unitId: string, extra: Json = {}): Json {
  return {
    id,
    unitId,
    displayName: `Worker ${id}`,
    role: 'case-holder',
    asye: false,
    agency: false,
    fte: 1,
    casesHeld: 18,
    ...extra,
  };
}

// org > north > (team-a, team-b)
const baseUnits = [
  unit('org', null),
  unit('north', 'org'),
  unit('team-a', 'north'),
  unit('team-b', 'north'),
];
const baseWorkers = [
  worker('a1', 'team-a'),
  worker('a2', 'team-a', { fte: 0.6, casesHeld: 12 }),
  worker('b1', 'team-b'),
];

function snapshot(parts: { units?: unknown[]; workers?: unknown[] } = {}): Json {
  return {
    version: 1,
    asAt: '2026-10-31',
    organisation: { id: 'org', name: 'Exampleshire' },
    units: parts.units ?? baseUnits,
    workers: parts.workers ?? baseWorkers,
  };
}

function without(json: Json, key: string): Json {
  return Object.fromEntries(Object.entries(json).filter(([name]) => name !== key));
}

function accepted(json: unknown): ValidatedSnapshot {
  const result = validateSnapshot(json);
  if (!result.ok) throw new Error(`expected the snapshot to pass: ${result.reasons.join(' | ')}`);
  return result.value;
}
function rejectedById(value: ValidatedSnapshot, id: string): RejectedRecord | undefined {
  return value.rejected.find((record) => record.id === id);
}

describe('validateSnapshot: the whole snapshot', () => {
  it('passes a valid small snapshot with no rejections', () => {
    const value = accepted(snapshot());
    expect(value.rejected).toEqual([]);
    expect(value.snapshot.asAt).toBe('2026-10-31');
    expect(value.snapshot.organisation).toEqual({ id: 'org', name: 'Exampleshire' });
    expect(value.snapshot.units.map((u) => u.id)).toEqual(['org', 'north', 'team-a', 'team-b']);
    expect(value.snapshot.workers.map((w) => w.id)).toEqual(['a1', 'a2', 'b1']);
    expect(value.snapshot.workers[1]).toMatchObject({ fte: 0.6, casesHeld: 12 });
  });

  it.each<{ name: string; json: unknown; reason: RegExp }>([
    { name: 'wrong version', json: { ...snapshot(), version: 2 }, reason: /^version/ },
    { name: 'version as text', json: { ...snapshot(), version: '1' }, reason: /^version/ },
    { name: 'missing asAt', json: without(snapshot(), 'asAt'), reason: /^asAt/ },
    {
      name: 'asAt not a real date',
      json: { ...snapshot(), asAt: '2026-02-30' },
      reason: /^asAt: is not a real calendar date/,
    },
    {
      name: 'asAt in another format',
      json: { ...snapshot(), asAt: '31/10/2026' },
      reason: /^asAt: must be a date written YYYY-MM-DD/,
    },
    { name: 'no units list', json: { ...snapshot(), units: undefined }, reason: /^units/ },
    { name: 'workers not a list', json: { ...snapshot(), workers: {} }, reason: /^workers/ },
    {
      name: 'no organisation',
      json: { ...snapshot(), organisation: undefined },
      reason: /^organisation/,
    },
  ])('fails the whole with a reason: $name', ({ json, reason }) => {
    const result = validateSnapshot(json);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reasons.length).toBeGreaterThan(0);
    expect(result.reasons.some((text) => reason.test(text))).toBe(true);
  });

  it.each([null, undefined, 'a snapshot', 42, []])('fails the whole for %j', (json) => {
    const result = validateSnapshot(json);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reasons.length).toBeGreaterThan(0);
  });

  it('fails the whole when no unit can be the organisation, saying why', () => {
    const result = validateSnapshot(snapshot({ units: [unit('north', 'org')] }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reasons[0]).toMatch(/no valid organisation unit/);
    expect(result.reasons.join(' ')).toMatch(/north/);
  });
});

describe('validateSnapshot: workers, one by one', () => {
  it.each<{ name: string; record: Json; reason: RegExp }>([
    {
      name: 'negative casesHeld',
      record: worker('bad', 'team-a', { casesHeld: -1 }),
      reason: /^casesHeld: must not be negative/,
    },
    {
      name: 'fractional casesHeld',
      record: worker('bad', 'team-a', { casesHeld: 2.5 }),
      reason: /^casesHeld: must be a whole number/,
    },
    {
      name: 'fte 3',
      record: worker('bad', 'team-a', { fte: 3 }),
      reason: /^fte: must be between 0 and 1/,
    },
    {
      name: 'negative fte',
      record: worker('bad', 'team-a', { fte: -0.5 }),
      reason: /^fte: must be between 0 and 1/,
    },
    {
      name: 'fte "NaN" as text',
      record: worker('bad', 'team-a', { fte: 'NaN' }),
      reason: /^fte: /,
    },
    {
      name: 'casesHeld as text',
      record: worker('bad', 'team-a', { casesHeld: '12' }),
      reason: /^casesHeld: /,
    },
    {
      name: 'an unknown role',
      record: worker('bad', 'team-a', { role: 'director' }),
      reason: /^role: /,
    },
    { name: 'an empty id', record: worker('', 'team-a'), reason: /^id: must not be empty/ },
    {
      name: 'a name over 200 characters',
      record: worker('bad', 'team-a', { displayName: 'x'.repeat(201) }),
      reason: /^displayName: must be at most 200 characters/,
    },
    {
      name: 'case details that do not match casesHeld',
      record: worker('bad', 'team-a', {
        casesHeld: 2,
        caseDetails: [
          {
            id: 'c1',
            type: 'child-protection',
            inCourtProceedings: false,
            allocatedOn: '2026-01-05',
          },
        ],
      }),
      reason: /^caseDetails: /,
    },
    {
      name: 'a worker in an unknown unit',
      record: worker('bad', 'team-z'),
      reason: /team-z.*not in this snapshot/,
    },
    {
      name: 'a worker in a unit that has units beneath it',
      record: worker('bad', 'north'),
      reason: /has units beneath it/,
    },
    {
      name: 'a worker at the organisation itself',
      record: worker('bad', 'org'),
      reason: /has units beneath it/,
    },
  ])('rejects $name with a reason, keeping the rest', ({ record, reason }) => {
    const value = accepted(
      snapshot({ workers: [worker('a1', 'team-a'), record, worker('b1', 'team-b')] }),
    );
    expect(value.snapshot.workers.map((w) => w.id)).toEqual(['a1', 'b1']);
    expect(value.snapshot.units).toHaveLength(4);
    expect(value.rejected).toHaveLength(1);
    const [rejected] = value.rejected;
    expect(rejected).toMatchObject({ kind: 'worker', index: 1 });
    expect(rejected?.reasons.some((text) => reason.test(text))).toBe(true);
  });

  it('keeps the id of a rejected worker when it is readable', () => {
    const value = accepted(snapshot({ workers: [worker('w-neg', 'team-a', { casesHeld: -3 })] }));
    expect(value.rejected[0]?.id).toBe('w-neg');
  });

  it('rejects the second of two workers with the same id', () => {
    const value = accepted(
      snapshot({
        workers: [
          worker('a1', 'team-a', { casesHeld: 10 }),
          worker('a1', 'team-b', { casesHeld: 30 }),
        ],
      }),
    );
    expect(value.snapshot.workers).toHaveLength(1);
    expect(value.snapshot.workers[0]).toMatchObject({ id: 'a1', unitId: 'team-a', casesHeld: 10 });
    expect(value.rejected).toEqual([
      { kind: 'worker', index: 1, id: 'a1', reasons: ['duplicate worker id'] },
    ]);
  });

  it.each([
    ['a script tag', '<script>alert("x")</script> Smith', /must not contain markup/],
    ['an image tag', '<img src=x onerror=alert(1)>', /must not contain markup/],
    ['an HTML comment', 'Smith <!-- hidden -->', /must not contain markup/],
    ['a NUL character', 'Jo\u0000 Bloggs', /must not contain control characters/],
    ['a right-to-left override', 'Jo \u202e Bloggs', /must not contain control characters/],
    ['a newline', 'Jo\nBloggs', /must not contain control characters/],
  ])('rejects a name with %s, saying why', (_label, name, reason) => {
    const value = accepted(snapshot({ workers: [worker('a1', 'team-a', { displayName: name })] }));
    expect(value.snapshot.workers).toEqual([]);
    expect(value.rejected[0]?.reasons).toEqual([expect.stringMatching(reason)]);
  });

  it.each(['O’Brien & Sons', 'Team < 5 cases', 'Zoë Ångström-Łukasz'])(
    'accepts the ordinary name %s',
    (name) => {
      const value = accepted(
        snapshot({ workers: [worker('a1', 'team-a', { displayName: name })] }),
      );
      expect(value.rejected).toEqual([]);
      expect(value.snapshot.workers[0]?.displayName).toBe(name);
    },
  );

  it.each<{ field: string; value: string; reason: string }>([
    { field: 'fte', value: 'NaN', reason: 'fte: must be a finite number, not the text "NaN"' },
    {
      field: 'casesHeld',
      value: 'Infinity',
      reason: 'casesHeld: must be a finite number, not the text "Infinity"',
    },
    {
      field: 'casesHeld',
      value: '12',
      reason: 'casesHeld: is a number written as text ("12"); it must be sent as a JSON number',
    },
    { field: 'fte', value: 'full', reason: 'fte: must be a number, not the text "full"' },
  ])('says $field "$value" is text, not a number', ({ field, value, reason }) => {
    const result = accepted(snapshot({ workers: [worker('a1', 'team-a', { [field]: value })] }));
    expect(result.rejected[0]?.reasons).toEqual([reason]);
  });

  it('accepts a name of exactly 200 characters', () => {
    const value = accepted(
      snapshot({ workers: [worker('a1', 'team-a', { displayName: 'y'.repeat(200) })] }),
    );
    expect(value.rejected).toEqual([]);
  });

  it.each([0, 1, 0.6])('accepts fte %s', (fte) => {
    const value = accepted(snapshot({ workers: [worker('a1', 'team-a', { fte })] }));
    expect(value.rejected).toEqual([]);
    expect(value.snapshot.workers[0]?.fte).toBe(fte);
  });
});

describe('validateSnapshot: units, one by one', () => {
  it('rejects the second of two units with the same id', () => {
    const value = accepted(
      snapshot({ units: [...baseUnits, unit('team-a', 'north', { name: 'Second team A' })] }),
    );
    expect(value.snapshot.units.map((u) => u.id)).toEqual(['org', 'north', 'team-a', 'team-b']);
    expect(value.snapshot.units.find((u) => u.id === 'team-a')?.name).toBe('Unit team-a');
    expect(value.rejected).toEqual([
      { kind: 'unit', index: 4, id: 'team-a', reasons: ['duplicate unit id'] },
    ]);
  });

  it('rejects an orphan unit (unknown parent) and the units beneath it, with reasons', () => {
    const value = accepted(
      snapshot({
        units: [...baseUnits, unit('lost', 'missing-area'), unit('lost-team', 'lost')],
        workers: [...baseWorkers, worker('l1', 'lost-team')],
      }),
    );
    expect(value.snapshot.units.map((u) => u.id)).toEqual(['org', 'north', 'team-a', 'team-b']);
    expect(rejectedById(value, 'lost')).toMatchObject({ kind: 'unit', index: 4 });
    expect(rejectedById(value, 'lost')?.reasons.join(' ')).toMatch(/missing-area/);
    expect(rejectedById(value, 'lost-team')).toMatchObject({ kind: 'unit', index: 5 });
    expect(rejectedById(value, 'lost-team')?.reasons.join(' ')).toMatch(
      /not under the organisation/,
    );
    // The worker in the rejected team is rejected too; the others are kept.
    expect(rejectedById(value, 'l1')).toMatchObject({ kind: 'worker', index: 3 });
    expect(value.snapshot.workers.map((w) => w.id)).toEqual(['a1', 'a2', 'b1']);
  });

  it('rejects a cycle of units (a -> b -> a) that is not under the root', () => {
    const value = accepted(snapshot({ units: [...baseUnits, unit('a', 'b'), unit('b', 'a')] }));
    expect(value.snapshot.units.map((u) => u.id)).toEqual(['org', 'north', 'team-a', 'team-b']);
    for (const id of ['a', 'b']) {
      expect(rejectedById(value, id)?.kind).toBe('unit');
      expect(rejectedById(value, id)?.reasons.join(' ')).toMatch(/loop/);
    }
    expect(value.snapshot.workers).toHaveLength(3);
  });

  it('rejects a second root unit, naming the organisation', () => {
    const value = accepted(
      snapshot({ units: [...baseUnits, unit('other-org', null, { name: 'Other' })] }),
    );
    expect(value.snapshot.units.map((u) => u.id)).toEqual(['org', 'north', 'team-a', 'team-b']);
    expect(value.rejected).toHaveLength(1);
    expect(value.rejected[0]).toMatchObject({ kind: 'unit', index: 4, id: 'other-org' });
    expect(value.rejected[0]?.reasons.join(' ')).toMatch(/second top-level unit.*Unit org/);
  });

  it('says a child of a rejected second root was rejected because its parent was, not that the parent is missing', () => {
    // The parent "other-org" IS in the snapshot (it was rejected as a second root), so
    // "parent unit ... is not in this snapshot" would send the data's owner looking for the wrong fault.
    const value = accepted(
      snapshot({ units: [...baseUnits, unit('other-org', null), unit('other-team', 'other-org')] }),
    );
    const child = rejectedById(value, 'other-team');
    expect(child?.kind).toBe('unit');
    expect(child?.reasons.join(' ')).not.toMatch(/is not in this snapshot/);
    expect(child?.reasons.join(' ')).toMatch(/not under the organisation/);
  });

  it.each<{ name: string; record: Json; reason: RegExp }>([
    {
      name: 'a name over 200 characters',
      record: unit('long', 'north', { name: 'n'.repeat(201) }),
      reason: /^name: must be at most 200/,
    },
    {
      name: 'an empty name',
      record: unit('blank', 'north', { name: '   ' }),
      reason: /^name: must not be empty/,
    },
    {
      name: 'negative unallocated cases',
      record: unit('neg', 'north', { unallocatedCases: -2 }),
      reason: /^unallocatedCases/,
    },
    {
      name: 'fractional unallocated cases',
      record: unit('frac', 'north', { unallocatedCases: 1.5 }),
      reason: /^unallocatedCases: must be a whole number/,
    },
    {
      name: 'negative vacant FTE',
      record: unit('vac', 'north', { vacantFte: -1 }),
      reason: /^vacantFte/,
    },
    {
      name: 'an id over 100 characters',
      record: unit('i'.repeat(101), 'north'),
      reason: /^id: must be at most 100 characters/,
    },
  ])('rejects a unit with $name, keeping the rest', ({ record, reason }) => {
    const value = accepted(snapshot({ units: [...baseUnits, record] }));
    expect(value.snapshot.units).toHaveLength(4);
    expect(value.rejected).toHaveLength(1);
    expect(value.rejected[0]).toMatchObject({ kind: 'unit', index: 4 });
    expect(value.rejected[0]?.reasons.some((text) => reason.test(text))).toBe(true);
  });

  it('accepts a unit of a kind beyond the usual ones, with its optional figures', () => {
    const value = accepted(
      snapshot({
        units: [
          ...baseUnits,
          unit('hub', 'org', { kind: 'locality hub', unallocatedCases: 3, vacantFte: 1.5 }),
        ],
      }),
    );
    expect(value.rejected).toEqual([]);
    expect(value.snapshot.units.find((u) => u.id === 'hub')).toMatchObject({
      kind: 'locality hub',
      unallocatedCases: 3,
      vacantFte: 1.5,
    });
  });
});

describe('validateSnapshot: a unit whose sub-units were all rejected', () => {
  it('still refuses workers placed directly in it, since it is not a team', () => {
    const result = validateSnapshot({
      version: 1,
      asAt: '2026-10-31',
      organisation: { id: 'org', name: 'Org' },
      units: [
        { id: 'org', parentId: null, name: 'Org', kind: 'organisation' },
        { id: 'area', parentId: 'org', name: 'Area', kind: 'area' },
        { id: 'team', parentId: 'area', name: '', kind: 'team' },
      ],
      workers: [
        {
          id: 'w1',
          unitId: 'area',
          displayName: 'W',
          role: 'case-holder',
          asye: false,
          agency: false,
          fte: 1,
          casesHeld: 3,
        },
      ],
    });
    if (!result.ok) throw new Error('the envelope is valid');
    expect(result.value.snapshot.workers).toHaveLength(0);
    const worker = result.value.rejected.find((record) => record.kind === 'worker');
    expect(worker?.reasons.join(' ')).toMatch(/has units beneath it/);
  });

  it('accepts null unallocated cases and vacant FTE as not reported', () => {
    const result = validateSnapshot({
      version: 1,
      asAt: '2026-10-31',
      organisation: { id: 'org', name: 'Org' },
      units: [
        {
          id: 'org',
          parentId: null,
          name: 'Org',
          kind: 'team',
          unallocatedCases: null,
          vacantFte: null,
        },
      ],
      workers: [],
    });
    expect(result.ok && result.value.rejected).toEqual([]);
  });
});

describe('validateSnapshot: units with totals in place of workers', () => {
  const totals = {
    cases: 320,
    caseHolderFte: 20.5,
    headcount: 'x',
    agencyFte: 'low',
    vacantFte: null,
  };
  const units = [...baseUnits, unit('council', 'org', { kind: 'council', aggregate: totals })];

  it('keeps totals with suppression markers and nulls as sent', () => {
    const value = accepted(snapshot({ units }));
    expect(value.rejected).toEqual([]);
    expect(value.snapshot.units.find((u) => u.id === 'council')?.aggregate).toEqual(totals);
  });

  it.each(['x', 'u', 'z', 'low', null])('accepts cases given as %j', (cases) => {
    const value = accepted(
      snapshot({
        units: [...baseUnits, unit('council', 'org', { aggregate: { cases, caseHolderFte: 'x' } })],
      }),
    );
    expect(value.rejected).toEqual([]);
  });

  it.each<{ name: string; aggregate: Json; reason: RegExp }>([
    {
      name: 'an unknown marker',
      aggregate: { cases: 'c', caseHolderFte: 1 },
      reason: /^aggregate\.cases/,
    },
    { name: 'no cases at all', aggregate: { caseHolderFte: 1 }, reason: /^aggregate\.cases/ },
    {
      name: 'fractional cases',
      aggregate: { cases: 2.5, caseHolderFte: 1 },
      reason: /^aggregate\.cases/,
    },
    {
      name: 'negative FTE',
      aggregate: { cases: 2, caseHolderFte: -1 },
      reason: /^aggregate\.caseHolderFte/,
    },
    {
      name: 'FTE as text',
      aggregate: { cases: 2, caseHolderFte: '12.5' },
      reason: /^aggregate\.caseHolderFte/,
    },
  ])('rejects totals with $name', ({ aggregate, reason }) => {
    const value = accepted(
      snapshot({ units: [...baseUnits, unit('council', 'org', { aggregate })] }),
    );
    expect(value.snapshot.units.map((u) => u.id)).not.toContain('council');
    expect(rejectedById(value, 'council')?.reasons.some((text) => reason.test(text))).toBe(true);
  });

  it('rejects a worker placed in a unit with totals, saying why', () => {
    const value = accepted(snapshot({ units, workers: [...baseWorkers, worker('c1', 'council')] }));
    expect(value.snapshot.workers.map((w) => w.id)).toEqual(['a1', 'a2', 'b1']);
    expect(rejectedById(value, 'c1')?.reasons).toEqual([
      'unit "Unit council" reports totals in place of workers (aggregate), so it cannot also list workers',
    ]);
  });

  it('rejects totals on a unit that has units beneath it, and the units beneath', () => {
    const value = accepted(
      snapshot({
        units: [
          unit('org', null),
          unit('north', 'org', { aggregate: { cases: 10, caseHolderFte: 1 } }),
          unit('team-a', 'north'),
          unit('team-b', 'org'),
        ],
        workers: [worker('b1', 'team-b')],
      }),
    );
    expect(value.snapshot.units.map((u) => u.id)).toEqual(['org', 'team-b']);
    expect(rejectedById(value, 'north')?.reasons).toEqual([
      'aggregate: a unit with totals in place of workers must have no units beneath it',
    ]);
    expect(rejectedById(value, 'team-a')?.reasons[0]).toMatch(/parent unit "north" was rejected/);
  });

  it('rejects a figure given both on the unit and in its totals, which would count it twice', () => {
    const value = accepted(
      snapshot({
        units: [
          ...baseUnits,
          unit('council', 'org', {
            vacantFte: 2,
            aggregate: { cases: 10, caseHolderFte: 1, vacantFte: 2 },
          }),
        ],
      }),
    );
    expect(rejectedById(value, 'council')?.reasons).toEqual([
      'vacantFte: given both on the unit and in its aggregate; give it once',
    ]);
  });
});
