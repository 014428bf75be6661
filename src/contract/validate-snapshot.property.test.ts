/**
 * Properties of the boundary check that must hold for any input, found by
 * fast-check rather than by chosen examples: it never throws, it never drops
 * a record silently, and nothing it keeps can put NaN or markup on screen.
 */
import fc from 'fast-check';
import { validateSnapshot, type ValidatedSnapshot } from './validate-snapshot';

const ROOT = { id: 'org', parentId: null, name: 'Org', kind: 'organisation' };
const TEAM = { id: 'team', parentId: 'org', name: 'Team', kind: 'team' };

function snapshot(units: unknown[], workers: unknown[]) {
  return {
    version: 1,
    asAt: '2026-10-31',
    organisation: { id: 'org', name: 'Org' },
    units,
    workers,
  };
}

function accepted(json: unknown): ValidatedSnapshot {
  const result = validateSnapshot(json);
  if (!result.ok) throw new Error(result.reasons.join(' | '));
  return result.value;
}

/** Anything a broken producer might put where a number belongs. */
const junkNumber = fc.oneof(
  fc.double(),
  fc.integer({ min: -100, max: 100 }),
  fc.constantFrom('NaN', 'Infinity', '-Infinity', '12', ' 3.5 ', '', 'twelve', null, true, [], {}),
  fc.string({ maxLength: 8 }),
);

const anyWorker = fc.record({
  id: fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('w1', 'w2', 'w3')),
  unitId: fc.constantFrom('team', 'org', 'nowhere'),
  displayName: fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('<b>x</b>', 'A\u0007B')),
  role: fc.constantFrom('case-holder', 'team-manager', 'director'),
  asye: fc.boolean(),
  agency: fc.boolean(),
  fte: junkNumber,
  casesHeld: junkNumber,
});

describe('validateSnapshot: properties', () => {
  it('never throws, and keeps or rejects every worker sent, never both, never neither', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(anyWorker, fc.anything()), { maxLength: 30 }), (workers) => {
        const value = accepted(snapshot([ROOT, TEAM], workers));
        const rejected = value.rejected.filter((record) => record.kind === 'worker');
        expect(value.snapshot.workers.length + rejected.length).toBe(workers.length);
        expect(new Set(rejected.map((record) => record.index)).size).toBe(rejected.length);
        for (const record of rejected) expect(record.reasons.length).toBeGreaterThan(0);
      }),
    );
  });

  it('keeps only workers whose figures are finite, in range, and whose ids are unique', () => {
    fc.assert(
      fc.property(fc.array(anyWorker, { maxLength: 30 }), (workers) => {
        const kept = accepted(snapshot([ROOT, TEAM], workers)).snapshot.workers;
        for (const worker of kept) {
          expect(Number.isInteger(worker.casesHeld) && worker.casesHeld >= 0).toBe(true);
          expect(Number.isFinite(worker.fte) && worker.fte >= 0 && worker.fte <= 1).toBe(true);
          expect(worker.unitId).toBe('team');
          // eslint-disable-next-line no-control-regex -- control characters are what must be absent
          expect(worker.displayName).not.toMatch(/<[a-z/!?]|[\u0000-\u001f]/i);
        }
        expect(new Set(kept.map((worker) => worker.id)).size).toBe(kept.length);
      }),
    );
  });

  it('gives a reason naming the field for every value that is not a usable case count', () => {
    fc.assert(
      fc.property(junkNumber, (casesHeld) => {
        const worker = { ...validWorker(), casesHeld };
        const value = accepted(snapshot([ROOT, TEAM], [worker]));
        const usable =
          typeof casesHeld === 'number' && Number.isSafeInteger(casesHeld) && casesHeld >= 0;
        if (usable) expect(value.rejected).toEqual([]);
        else {
          const reasons = value.rejected[0]?.reasons ?? [];
          expect(reasons.length).toBeGreaterThan(0);
          for (const reason of reasons) expect(reason).toMatch(/^casesHeld: /);
        }
      }),
    );
  });

  it('rejects any name with a tag in it, and accepts any plain name of 1 to 200 characters', () => {
    const plain = fc
      .stringMatching(/^[A-Za-z][A-Za-z '’.-]{0,199}$/)
      .filter((name) => name.trim() === name);
    const tag = fc
      .tuple(plain, fc.constantFrom('<script>', '<img src=x>', '</b>', '<!--', '<?xml'), plain)
      .map(([before, markup, after]) => `${before}${markup}${after}`.slice(0, 200));
    fc.assert(
      fc.property(plain, tag, (good, bad) => {
        const value = accepted(
          snapshot(
            [ROOT, TEAM],
            [
              { ...validWorker('good'), displayName: good },
              { ...validWorker('bad'), displayName: bad },
            ],
          ),
        );
        expect(value.snapshot.workers.map((worker) => worker.id)).toEqual(['good']);
        expect(value.rejected[0]?.reasons).toEqual([
          expect.stringMatching(/^displayName: must not contain markup/),
        ]);
      }),
    );
  });

  it('keeps exactly the units that reach the organisation, whatever the parent links', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const links = fc.array(fc.constantFrom('org', 'missing', ...ids), {
      minLength: ids.length,
      maxLength: ids.length,
    });
    fc.assert(
      fc.property(links, (parents) => {
        const units = ids.map((id, at) => ({ id, parentId: parents[at], name: id, kind: 'team' }));
        const value = accepted(snapshot([ROOT, ...units], []));
        const kept = new Set(value.snapshot.units.map((unit) => unit.id));
        // Worked out again here by walking the parents, at most six steps.
        const parentOf = new Map(units.map((unit) => [unit.id, unit.parentId]));
        const reaches = (id: string): boolean => {
          let current: string | undefined = id;
          for (let step = 0; step <= ids.length; step += 1) {
            if (current === 'org') return true;
            current = current === undefined ? undefined : parentOf.get(current);
          }
          return false;
        };
        for (const id of ids) expect(kept.has(id)).toBe(reaches(id));
        expect(value.snapshot.units.length + value.rejected.length).toBe(ids.length + 1);
      }),
    );
  });
});

function validWorker(id = 'w') {
  return {
    id,
    unitId: 'team',
    displayName: 'A worker',
    role: 'case-holder',
    asye: false,
    agency: false,
    fte: 1,
    casesHeld: 10,
  };
}
