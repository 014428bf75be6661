import { settings, worker } from '../test/builders';
import { dfeLoad } from './dfe-load';

describe('dfeLoad', () => {
  it('is cases ÷ FTE of case holders, whatever measure the page shows', () => {
    // 18 + 12 cases over 1 + 0.6 FTE = 30 / 1.6 = 18.75; the manager's 2 cases are not counted.
    const workers = [
      worker({ casesHeld: 18, fte: 1 }),
      worker({ casesHeld: 12, fte: 0.6 }),
      worker({ casesHeld: 2, fte: 1, role: 'team-manager' }),
    ];
    for (const view of [{}, { measure: 'cases' as const }, { population: 'everyone' as const }]) {
      expect(dfeLoad(workers, [], settings(view))).toEqual({
        status: 'ok',
        amount: 30,
        denominator: 1.6,
        value: 18.75,
      });
    }
  });

  it('has no value for a unit with nobody in it', () => {
    expect(dfeLoad([], [], settings()).status).toBe('empty');
  });
});
