import { describe, expect, it } from 'vitest';
import { pageOf } from './paging';

const letters = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];

describe('pageOf', () => {
  it('gives the first page of three items from seven', () => {
    expect(pageOf(letters, 0, 3)).toEqual({
      items: ['a', 'b', 'c'],
      page: 0,
      pageCount: 3,
      first: 1,
      last: 3,
      total: 7,
    });
  });

  it('gives a short last page', () => {
    const last = pageOf(letters, 2, 3);
    expect(last.items).toEqual(['g']);
    expect([last.first, last.last]).toEqual([7, 7]);
  });

  it('shows the last page for a page past the end, and the first for a negative one', () => {
    expect(pageOf(letters, 9, 3).page).toBe(2);
    expect(pageOf(letters, -1, 3).items).toEqual(['a', 'b', 'c']);
  });

  it('has one empty page for an empty list', () => {
    expect(pageOf([], 0, 40)).toEqual({
      items: [],
      page: 0,
      pageCount: 1,
      first: 0,
      last: 0,
      total: 0,
    });
  });
});
