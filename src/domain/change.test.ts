import { describe, expect, it } from 'vitest';
import {
  countChange,
  describeChange,
  loadChange,
  shareChange,
  type ChangeKind,
  type EarlierValue,
} from './change';

describe('loadChange', () => {
  it.each([
    [22.0, 22.6, 'down 0.6 from 22.6'],
    [18.8, 17.6, 'up 1.2 from 17.6'],
    // Compared as shown: 19.96 reads 20.0 and 20.04 reads 20.0, so no change.
    [19.96, 20.04, 'no change'],
    // 18.25 reads 18.3 and 18.14 reads 18.1: up 0.2, not up 0.11.
    [18.25, 18.14, 'up 0.2 from 18.1'],
    [7, 17, 'down 10.0 from 17.0'],
  ])('%f against %f: %s', (now, earlier, words) => {
    expect(loadChange(now, earlier)).toBe(words);
  });
});

describe('countChange', () => {
  it.each([
    [24, 21, 'up 3 from 21'],
    [3, 4, 'down 1 from 4'],
    [1200, 1200, 'no change'],
    [1250, 1200, 'up 50 from 1,200'],
  ])('%i against %i: %s', (now, earlier, words) => {
    expect(countChange(now, earlier)).toBe(words);
  });
});

describe('shareChange', () => {
  it.each([
    [0.35, 0.42, '35% at 20+, down from 42%'],
    [6 / 23, 5 / 23, '26% at 20+, up from 22%'],
    // 1 of 3 and 2 of 6 are both 33%: no change in whole points.
    [1 / 3, 2 / 6, '33% at 20+, no change from 33%'],
  ])('%f against %f: %s', (now, earlier, words) => {
    expect(shareChange(now, earlier, 'at 20+')).toBe(words);
  });
});

describe('describeChange', () => {
  const shortDate = (date: string) => `<${date}>`;
  const load: ChangeKind = { kind: 'load' };
  const share: ChangeKind = { kind: 'share', what: 'at 20+' };

  it.each<[EarlierValue, number | null, ChangeKind, string]>([
    [
      { period: 'previous', asAt: '2026-09-30', status: 'ok', earlier: 22.6 },
      22,
      load,
      'Previous (<2026-09-30>): down 0.6 from 22.6',
    ],
    [
      { period: 'year-earlier', asAt: '2025-10-31', status: 'ok', earlier: 0.42 },
      0.35,
      share,
      'Year earlier (<2025-10-31>): 35% at 20+, down from 42%',
    ],
    [{ period: 'previous', asAt: null, status: 'none' }, 22, load, 'Previous: no earlier snapshot'],
    [
      { period: 'year-earlier', asAt: null, status: 'none' },
      22,
      load,
      'Year earlier: no snapshot a year before',
    ],
    [
      { period: 'previous', asAt: '2026-09-30', status: 'absent' },
      22,
      load,
      'Previous (<2026-09-30>): not in that snapshot',
    ],
    [
      { period: 'previous', asAt: '2026-09-30', status: 'loading' },
      22,
      load,
      'Previous (<2026-09-30>): loading…',
    ],
    [
      { period: 'previous', asAt: '2026-09-30', status: 'failed' },
      22,
      load,
      'Previous (<2026-09-30>): could not be loaded',
    ],
    [
      { period: 'previous', asAt: '2026-09-30', status: 'unknown' },
      22,
      load,
      'Previous (<2026-09-30>): no figure then',
    ],
    [
      { period: 'previous', asAt: '2026-09-30', status: 'ok', earlier: 0.42 },
      null,
      share,
      'Previous (<2026-09-30>): was 42% at 20+',
    ],
  ])('%o against %s', (earlier, now, how, words) => {
    expect(describeChange(earlier, now, how, shortDate)).toBe(words);
  });
});
