import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainUnit, plainWorker } from './plain-records';
import { unitSchema, workerSchema } from './v1';

const worker = {
  id: 'w1',
  unitId: 'team-a',
  displayName: 'Ann Smith',
  role: 'case-holder',
  asye: false,
  agency: true,
  fte: 0.8,
  casesHeld: 14,
};

describe('plainWorker', () => {
  it('passes a plain worker through as the schema would', () => {
    expect(plainWorker(worker)).toEqual(workerSchema.parse(worker));
  });

  it('leaves to the schema anything it would change or explain', () => {
    expect(plainWorker({ ...worker, id: ' w1 ' })).toBeNull(); // trimmed by the schema
    expect(plainWorker({ ...worker, fte: 1.2 })).toBeNull();
    expect(plainWorker({ ...worker, casesHeld: 2.5 })).toBeNull();
    expect(plainWorker({ ...worker, role: 'boss' })).toBeNull();
    expect(plainWorker({ ...worker, caseDetails: [] })).toBeNull();
    expect(plainWorker(null)).toBeNull();
  });

  it('drops keys the contract does not know, as the schema does', () => {
    expect(plainWorker({ ...worker, extra: 1 })).toEqual(worker);
  });

  it('never accepts what the schema rejects, and agrees with it on what it accepts', () => {
    const text = fc.oneof(fc.constantFrom('a', ' a', 'team-a', ''), fc.string({ maxLength: 4 }));
    fc.assert(
      fc.property(
        fc.record({
          id: text,
          unitId: text,
          displayName: text,
          role: fc.constantFrom('case-holder', 'team-manager', 'other'),
          asye: fc.oneof(fc.boolean(), fc.constant('yes')),
          agency: fc.boolean(),
          fte: fc.oneof(fc.double({ min: -1, max: 2, noNaN: true }), fc.constant(1)),
          casesHeld: fc.oneof(fc.integer({ min: -2, max: 40 }), fc.constant(1.5)),
        }),
        (record) => {
          const fast = plainWorker(record);
          const parsed = workerSchema.safeParse(record);
          if (fast !== null) expect(parsed.success && parsed.data).toEqual(fast);
        },
      ),
    );
  });
});

describe('plainUnit', () => {
  const unit = {
    id: 'team-a',
    parentId: 'area-1',
    name: 'Team A',
    kind: 'team',
    teamType: 'long-term',
    unallocatedCases: 3,
    vacantFte: null,
  };

  it('passes a plain unit through as the schema would', () => {
    expect(plainUnit(unit)).toEqual(unitSchema.parse(unit));
    const root = { id: 'org', parentId: null, name: 'Org', kind: 'organisation' };
    expect(plainUnit(root)).toEqual(unitSchema.parse(root));
  });

  it('leaves totals, bad numbers and untrimmed text to the schema', () => {
    expect(plainUnit({ ...unit, aggregate: { cases: 1, caseHolderFte: 1 } })).toBeNull();
    expect(plainUnit({ ...unit, unallocatedCases: -1 })).toBeNull();
    expect(plainUnit({ ...unit, vacantFte: 20_000 })).toBeNull();
    expect(plainUnit({ ...unit, name: 'Team A ' })).toBeNull();
  });
});
