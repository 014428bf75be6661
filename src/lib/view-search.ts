/**
 * Shareable view state in the URL: which unit, which worker, which snapshot
 * and which caps preset. Parsed with zod field by field, so one bad value
 * falls back on its own instead of breaking the page.
 */
import { useMemo, useSyncExternalStore } from 'react';
import { z } from '../contract/zod';
import { isoDate } from '../contract/v1';
import { presetIds } from '../domain/caps';
import { MAX_CAPS_LINK_TEXT } from '../domain/caps-in-link';
import { countingRules, measures, populations } from '../domain/measure-options';
import { demoDatasets } from './demo-dataset';

const idParam = z.string().trim().min(1).max(100);

export const viewSearchSchema = z.object({
  unit: idParam.optional().catch(undefined),
  worker: idParam.optional().catch(undefined),
  asAt: isoDate.optional().catch(undefined),
  caps: z.enum(presetIds).optional().catch(undefined),
  /** With `caps=custom`: the caps themselves (caps-in-link.ts), so the link shows them anywhere. */
  capset: z.string().max(MAX_CAPS_LINK_TEXT).optional().catch(undefined),
  /** Caps set for kinds of team, when any are (caps-in-link.ts). */
  teamcaps: z
    .string()
    .max(MAX_CAPS_LINK_TEXT * 4)
    .optional()
    .catch(undefined),
  measure: z.enum(measures).optional().catch(undefined),
  /** The ASYE rule in force when it is not the default (asye-rule.ts: asyeRuleToLinkText). */
  asye: z.string().max(20).optional().catch(undefined),
  /** With the points measure, the weighting scheme when it is not the default (weighting.ts). */
  weights: z.string().max(400).optional().catch(undefined),
  count: z.enum(countingRules).optional().catch(undefined),
  who: z.enum(populations).optional().catch(undefined),
  /** Show files imported into this browser instead of the configured source. */
  source: z.enum(['imported']).optional().catch(undefined),
  /** The earlier snapshot a worker page compares with ("Changes since"). */
  since: isoDate.optional().catch(undefined),
  /** `name` sorts a unit's chart and table by name; highest load first is the default. */
  sort: z.enum(['name']).optional().catch(undefined),
  /** `off` hides the England and regional benchmarks. */
  benchmarks: z.enum(['off']).optional().catch(undefined),
  /** The board layout: one screen for a board report, anonymised. */
  layout: z.enum(['board']).optional().catch(undefined),
  /**
   * Which demo data (`national` for England at scale). Kept in every link, so
   * a copied address opens the same data in another browser.
   */
  demo: z.enum(demoDatasets).optional().catch(undefined),
});

export type ViewSearch = z.infer<typeof viewSearchSchema>;

const searchKeys = [
  'unit',
  'worker',
  'asAt',
  'caps',
  'capset',
  'teamcaps',
  'measure',
  'asye',
  'weights',
  'count',
  'who',
  'source',
  'since',
  'sort',
  'benchmarks',
  'layout',
  'demo',
] as const;

export interface ParsedViewSearch {
  search: ViewSearch;
  /** Parameters present in the URL but not understood, by name. */
  invalid: (keyof ViewSearch)[];
}

/** Parses a query string into view state, noting which values were not understood. */
export function parseViewSearch(queryString: string): ParsedViewSearch {
  const params = new URLSearchParams(queryString);
  const raw = Object.fromEntries(
    searchKeys.flatMap((key) => {
      const value = params.get(key);
      return value === null ? [] : [[key, value]];
    }),
  );
  const search = viewSearchSchema.parse(raw);
  const invalid = (Object.keys(raw) as (keyof ViewSearch)[]).filter(
    (key) => search[key] === undefined,
  );
  return { search, invalid };
}

/** Writes view state as a query string, leaving out empty values. */
export function toQueryString(search: ViewSearch): string {
  const params = new URLSearchParams();
  for (const key of searchKeys) {
    const value = search[key];
    if (value) params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

const listeners = new Set<() => void>();
function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}
function currentQueryString(): string {
  return window.location.search;
}

/** The view state in the current URL; re-renders on navigation and back/forward. */
export function useViewSearch(): ParsedViewSearch {
  const query = useSyncExternalStore(subscribe, currentQueryString);
  return useMemo(() => parseViewSearch(query), [query]);
}

/** The href for a view, relative to the current page. */
export function hrefFor(search: ViewSearch): string {
  return `${window.location.pathname}${toQueryString(search)}`;
}

/** Moves to a view, adding a history entry (or replacing the current one). */
export function navigate(search: ViewSearch, options: { replace?: boolean } = {}): void {
  const href = hrefFor(search);
  if (options.replace) window.history.replaceState(null, '', href);
  else {
    window.history.pushState(null, '', href);
    // A new view starts at its top, as a full page load would.
    window.scrollTo({ top: 0 });
  }
  for (const listener of listeners) listener();
}
