import { describe, expect, it } from 'vitest';
import { settings, worker } from '../test/builders';
import { ownCapStatus, ownCapWorking } from './own-cap';

describe('ownCapWorking', () => {
  it.each([
    [
      'a full-time worker',
      worker({ fte: 1 }),
      settings(),
      '20 cases per FTE; pro rata at 1.0 FTE: 20 cases.',
    ],
    [
      'a part-time worker',
      worker({ fte: 0.6 }),
      settings(),
      // 20 × 0.6 = 12 cases.
      '20 cases per FTE; pro rata at 0.6 FTE: 12 cases.',
    ],
    [
      'an ASYE worker counted at 0.6',
      worker({ fte: 0.8, asye: true }),
      settings(),
      // 20 × 0.6 = 12 per FTE; 12 × 0.8 = 9.6 cases.
      '20 cases per FTE × 0.6 for ASYE = 12 per FTE; pro rata at 0.8 FTE: 9.6 cases.',
    ],
    [
      'an ASYE worker with a fixed cap',
      worker({ fte: 0.5, asye: true }),
      settings({}, { asyeRule: { kind: 'fixed-cap', casesPerFte: 15 } }),
      'ASYE cap of 15 cases per FTE; pro rata at 0.5 FTE: 7.5 cases.',
    ],
    [
      'an ASYE worker with no protection',
      worker({ fte: 1, asye: true }),
      settings({}, { asyeRule: { kind: 'none' } }),
      '20 cases per FTE (no ASYE protection set); pro rata at 1.0 FTE: 20 cases.',
    ],
    [
      'families',
      worker({ fte: 0.5 }),
      settings({ counting: 'families' }, { referenceCapPerFte: 18 }),
      '18 families per FTE; pro rata at 0.5 FTE: 9 families.',
    ],
    [
      'points for an ASYE worker',
      worker({ fte: 0.5, asye: true }),
      settings({ measure: 'points' }),
      // Example A: ASYE capacity 90 per FTE; 90 × 0.5 = 45 points.
      'ASYE capacity of 90 points per FTE; pro rata at 0.5 FTE: 45 points.',
    ],
  ])('%s', (_name, who, how, expected) => {
    expect(ownCapWorking(who, how)).toBe(expected);
  });
});

describe('ownCapStatus', () => {
  it.each([
    [32, 20, 'At or over their own cap: 12.0 above it'],
    [16.5, 20, 'Below their own cap: 3.5 under it'],
    [19.96, 20, 'At or over their own cap: exactly on it'], // 20.0 as shown
    [19.94, 20, 'Below their own cap: 0.1 under it'],
  ])('%d against %d', (value, cap, expected) => {
    expect(ownCapStatus(value, cap)).toBe(expected);
  });
});
