/**
 * Stable pseudonyms for workers on the board ("Worker H8"), so a board report
 * can talk about one worker's bar without naming them. A pseudonym is taken
 * from a hash of the worker's id, not their name, so the same worker keeps
 * the same pseudonym from month to month, and no two workers in a snapshot
 * share one: a clash moves the later worker (in hash, then id order) to the
 * next free code.
 */

/** Letters used in codes: I and O are left out, as they read like 1 and 0. */
const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

/** FNV-1a, 32 bits, over the UTF-16 code units of a string: small, fast and well spread. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let position = 0; position < text.length; position++) {
    hash ^= text.charCodeAt(position);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * How many digits the number part needs so that codes are at most half used:
 * 2 digits (A1..Z99, 2,376 codes) for any council, more for a region or the nation.
 */
export function digitsFor(count: number): number {
  let digits = 2;
  while (LETTERS.length * (10 ** digits - 1) < count * 2) digits += 1;
  return digits;
}

/** The code at a slot: letter first, then a number from 1. */
function codeAt(slot: number, numbersPerLetter: number): string {
  const letter = LETTERS[Math.floor(slot / numbersPerLetter)] ?? '?';
  return `${letter}${(slot % numbersPerLetter) + 1}`;
}

/** A pseudonym for every id, the same for the same set of ids whatever their order. */
export function pseudonymsFor(
  ids: readonly string[],
  hash: (id: string) => number = fnv1a32,
): Map<string, string> {
  const unique = [...new Set(ids)];
  const numbersPerLetter = 10 ** digitsFor(unique.length) - 1;
  const slots = LETTERS.length * numbersPerLetter;
  const ordered = unique
    .map((id) => ({ id, slot: hash(id) % slots }))
    .sort((a, b) => a.slot - b.slot || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const taken = new Set<number>();
  const result = new Map<string, string>();
  for (const { id, slot } of ordered) {
    let free = slot;
    while (taken.has(free)) free = (free + 1) % slots;
    taken.add(free);
    result.set(id, `Worker ${codeAt(free, numbersPerLetter)}`);
  }
  return result;
}
