import { describe, expect, it } from 'vitest';
import type { CaseDetail } from '../contract/v1';
import { settings, worker } from '../test/builders';
import { describeChange, workerChanges, type WorkerAt } from './worker-changes';

function detail(id: string, extra: Partial<CaseDetail> = {}): CaseDetail {
  return {
    id,
    type: 'child-in-need',
    inCourtProceedings: false,
    siblingGroupId: null,
    allocatedOn: '2026-01-15',
    ...extra,
  };
}

const now: WorkerAt = {
  asAt: '2026-10-31',
  teamName: 'Team South',
  worker: worker({
    id: 'w-ana',
    displayName: 'Ana Ruiz',
    fte: 0.8,
    casesHeld: 4,
    caseDetails: [
      detail('a'),
      detail('b', { siblingGroupId: 'g1' }),
      detail('c', { siblingGroupId: 'g1' }),
      detail('d'),
    ],
  }),
};

const then: WorkerAt = {
  asAt: '2026-09-30',
  teamName: 'Team North',
  worker: worker({
    id: 'w-ana',
    displayName: 'Ana Ruiz',
    fte: 1,
    casesHeld: 3,
    caseDetails: [detail('a'), detail('x'), detail('y')],
  }),
};

describe('workerChanges', () => {
  it('lists cases allocated and no longer held by case id, and each figure then and now', () => {
    const changes = workerChanges(now, then, '2026-09-30', settings());
    if (!changes.present) throw new Error('expected the worker on both dates');
    expect(changes.allocated?.map((item) => item.id)).toEqual(['b', 'c', 'd']);
    expect(changes.noLongerHeld?.map((item) => item.id)).toEqual(['x', 'y']);
    // Then: 3 ÷ 1.0 = 3.0 per FTE, own cap 20. Now: 4 ÷ 0.8 = 5.0 per FTE, own cap still 20 per FTE.
    expect(changes.figures).toEqual([
      { label: 'Cases held', then: '3', now: '4', change: 'up 1 from 3' },
      { label: 'Cases per FTE', then: '3.0', now: '5.0', change: 'up 2.0 from 3.0' },
      { label: 'Own cap', then: '20.0', now: '20.0', change: 'no change from 20.0' },
      { label: 'FTE', then: '1.0', now: '0.8', change: 'down 0.2 from 1.0' },
      { label: 'Team', then: 'Team North', now: 'Team South', change: 'was Team North' },
      { label: 'Role', then: 'Case holder', now: 'Case holder', change: 'no change' },
    ]);
    expect(changes.sentence).toBe(
      'Since 30 September 2026: 3 cases allocated and 2 no longer held; cases held up 1 from 3; cases per FTE up 2.0 from 3.0; FTE down 0.2 from 1.0; team was Team North.',
    );
  });

  it('counts families and gives the own cap in cases when the measure says so', () => {
    const changes = workerChanges(
      now,
      then,
      '2026-09-30',
      settings({ measure: 'cases', counting: 'families' }),
    );
    if (!changes.present) throw new Error('expected the worker on both dates');
    // Now: a, g1 (b and c) once, d = 3 families; then 3 families. Own cap 20 × 0.8 = 16 cases, was 20.
    expect(changes.figures[1]).toEqual({
      label: 'Families counted',
      then: '3',
      now: '3',
      change: 'no change from 3',
    });
    expect(changes.figures[2]).toEqual({
      label: 'Own cap',
      then: '20',
      now: '16',
      change: 'down 4 from 20',
    });
  });

  it('gives the protected cap when the worker was in their ASYE', () => {
    const asyeThen = { ...then, worker: { ...then.worker, asye: true } };
    const changes = workerChanges(now, asyeThen, '2026-09-30', settings());
    if (!changes.present) throw new Error('expected the worker on both dates');
    // ASYE at 0.6: 20 × 0.6 = 12.0 per FTE then; 20.0 now.
    expect(changes.figures[2]?.change).toBe('up 8.0 from 12.0');
    expect(changes.figures[5]).toEqual({
      label: 'Role',
      then: 'Case holder (ASYE)',
      now: 'Case holder',
      change: 'was Case holder (ASYE)',
    });
  });

  it('says so when the worker is not in the earlier snapshot', () => {
    expect(workerChanges(now, undefined, '2026-08-31', settings())).toEqual({
      present: false,
      since: '2026-08-31',
      sentence:
        'Ana Ruiz is not in the snapshot for 31 August 2026, so there is nothing to compare with.',
    });
  });

  it('gives no case movements without case detail, and no load without FTE', () => {
    const bare = { ...then, worker: { ...then.worker, caseDetails: undefined, fte: 0 } };
    const changes = workerChanges(now, bare, '2026-09-30', settings());
    if (!changes.present) throw new Error('expected the worker on both dates');
    expect(changes.allocated).toBeNull();
    expect(changes.noLongerHeld).toBeNull();
    expect(changes.figures[1]).toEqual({
      label: 'Cases per FTE',
      then: 'Not known (no FTE recorded)',
      now: '5.0',
      change: 'cannot be compared',
    });
    expect(changes.sentence).toBe(
      'Since 30 September 2026: cases held up 1 from 3; cases per FTE cannot be compared; FTE up 0.8 from 0.0; team was Team North.',
    );
  });
});

describe('describeChange', () => {
  it.each([
    [16, 18, 'up 2.0 from 16.0'],
    [20, 18.5, 'down 1.5 from 20.0'],
    [18.04, 17.96, 'no change from 18.0'], // both read 18.0 on screen
    [19.94, 19.96, 'up 0.1 from 19.9'], // 19.9 → 20.0 as shown
  ])('%d then, %d now: %s', (then, now, expected) => {
    expect(describeChange(then, now)).toBe(expected);
  });
});
