import { describe, expect, it } from 'vitest';
import { digitsFor, fnv1a32, pseudonymsFor } from './pseudonyms';

describe('fnv1a32', () => {
  // The published FNV-1a 32-bit test vectors.
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('hashes %j to the published value', (text, expected) => {
    expect(fnv1a32(text)).toBe(expected);
  });
});

describe('digitsFor', () => {
  it.each([
    [1, 2],
    [191, 2],
    // 24 letters × 99 numbers = 2,376 codes: at most half used means up to 1,188 workers.
    [1188, 2],
    [1189, 3],
    [20000, 4],
  ])('%i workers need %i digits', (count, digits) => {
    expect(digitsFor(count)).toBe(digits);
  });
});

describe('pseudonymsFor', () => {
  it('names a worker from the hash of their id: "a" hashes to slot 700 of 2,376, which is H8', () => {
    // 0xe40c292c = 3,826,002,220; 3,826,002,220 mod 2,376 = 700;
    // 700 ÷ 99 = 7 remainder 7: the 8th letter without I and O (H), number 7 + 1 = 8.
    expect(pseudonymsFor(['a']).get('a')).toBe('Worker H8');
  });

  it('gives the same names whatever the order of the ids', () => {
    const ids = ['worker-0001', 'worker-0002', 'worker-0003', 'worker-0004'];
    expect(pseudonymsFor([...ids].reverse())).toEqual(pseudonymsFor(ids));
  });

  it('moves a clash to the next free code, in id order', () => {
    const names = pseudonymsFor(['b', 'a', 'c'], () => 98);
    // Slot 98 is A99; the next two are B1 and B2.
    expect(names.get('a')).toBe('Worker A99');
    expect(names.get('b')).toBe('Worker B1');
    expect(names.get('c')).toBe('Worker B2');
  });

  it('wraps past the last code to the first', () => {
    const names = pseudonymsFor(['a', 'b'], () => 2375);
    expect(names.get('a')).toBe('Worker Z99');
    expect(names.get('b')).toBe('Worker A1');
  });

  it('never gives two workers the same name, even at national scale', () => {
    const ids = Array.from({ length: 20000 }, (_, position) => `worker-${position}`);
    const names = pseudonymsFor(ids);
    expect(new Set(names.values()).size).toBe(20000);
  });
});
