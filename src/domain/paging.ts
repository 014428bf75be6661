/**
 * Pages of a long list: a chart with more bars than a person can read, or a
 * table with thousands of rows, shows one page at a time, in the list's order.
 */
export interface Page<T> {
  items: T[];
  /** 0-based page shown, clamped to the pages there are. */
  page: number;
  pageCount: number;
  /** 1-based positions of the first and last item shown; 0 and 0 for an empty list. */
  first: number;
  last: number;
  total: number;
}

/** The items on one page of a list; a page past the end shows the last page. */
export function pageOf<T>(items: readonly T[], page: number, pageSize: number): Page<T> {
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  const shown = Math.min(Math.max(0, Math.floor(page)), pageCount - 1);
  const start = shown * pageSize;
  const slice = items.slice(start, start + pageSize);
  return {
    items: slice,
    page: shown,
    pageCount,
    first: slice.length > 0 ? start + 1 : 0,
    last: start + slice.length,
    total: items.length,
  };
}
