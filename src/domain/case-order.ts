/**
 * One worker's cases as rows for the supervision table: type, flags, weight
 * under the weighting scheme, allocation date and sibling group, and the
 * orders a supervisor can sort them in. Empty values sort last both ways, so
 * a reversed column still starts with something to read.
 */
import type { CaseDetail, CaseType } from '../contract/v1';
import { formatCount, plural } from './format';
import type { ViewMeasure } from './measure-options';
import { casePoints, type WeightingScheme } from './weighting';
import { familyCount } from './worker-load';

export const caseTypeNames: Record<CaseType, string> = {
  'child-in-need': 'Child in need',
  'child-protection': 'Child protection',
  'looked-after': 'Looked after',
  'care-leaver': 'Care leaver',
  other: 'Other',
};

export interface CaseRow {
  id: string;
  typeName: string;
  /** Flags in words: "Court proceedings", "New since 30 September 2026". */
  flags: readonly string[];
  /** Points under the weighting scheme. */
  weight: number;
  allocatedOn: string;
  siblingGroupId: string | null;
  /** How many of this worker's cases are in the same sibling group (1 when none). */
  childrenInGroup: number;
}

export const caseSortKeys = [
  'id',
  'type',
  'flags',
  'weight',
  'allocatedOn',
  'siblingGroup',
] as const;
export type CaseSortKey = (typeof caseSortKeys)[number];
export type SortDirection = 'ascending' | 'descending';

export interface CaseOrder {
  key: CaseSortKey;
  direction: SortDirection;
}

/** Newest allocation first: what a supervisor asks about first. */
export const DEFAULT_CASE_ORDER: CaseOrder = { key: 'allocatedOn', direction: 'descending' };

/** The rows for a worker's cases; `newLabel` flags the cases in `newIds`. */
export function caseRows(
  details: readonly CaseDetail[],
  scheme: WeightingScheme,
  newIds: ReadonlySet<string> = new Set(),
  newLabel = 'New',
): CaseRow[] {
  const groupSizes = new Map<string, number>();
  for (const detail of details) {
    if (detail.siblingGroupId)
      groupSizes.set(detail.siblingGroupId, (groupSizes.get(detail.siblingGroupId) ?? 0) + 1);
  }
  return details.map((detail) => {
    const flags: string[] = [];
    if (detail.inCourtProceedings) flags.push('Court proceedings');
    if (newIds.has(detail.id)) flags.push(newLabel);
    const group = detail.siblingGroupId ?? null;
    return {
      id: detail.id,
      typeName: caseTypeNames[detail.type],
      flags,
      weight: casePoints(detail, scheme),
      allocatedOn: detail.allocatedOn,
      siblingGroupId: group,
      childrenInGroup: group === null ? 1 : (groupSizes.get(group) ?? 1),
    };
  });
}

const collator = new Intl.Collator('en-GB', { numeric: true });

// Each key's comparison, ascending; null means "no value": sorted last either way.
const sortValue: Record<CaseSortKey, (row: CaseRow) => string | number | null> = {
  id: (row) => row.id,
  type: (row) => row.typeName,
  flags: (row) => (row.flags.length === 0 ? null : row.flags.join(', ')),
  weight: (row) => row.weight,
  allocatedOn: (row) => row.allocatedOn,
  siblingGroup: (row) => row.siblingGroupId,
};

function compareValues(a: string | number, b: string | number): number {
  return typeof a === 'number' && typeof b === 'number'
    ? a - b
    : collator.compare(String(a), String(b));
}

/** The rows in the order asked for; ties by newest allocation, then case reference. */
export function sortCaseRows(rows: readonly CaseRow[], order: CaseOrder): CaseRow[] {
  const sign = order.direction === 'ascending' ? 1 : -1;
  const value = sortValue[order.key];
  return [...rows].sort((a, b) => {
    const left = value(a);
    const right = value(b);
    if (left === null || right === null) {
      if (left !== right) return left === null ? 1 : -1;
    } else {
      const compared = compareValues(left, right);
      if (compared !== 0) return sign * compared;
    }
    return b.allocatedOn.localeCompare(a.allocatedOn) || collator.compare(a.id, b.id);
  });
}

// Numbers and dates start with the largest or newest; text starts from A.
const firstDirection: Record<CaseSortKey, SortDirection> = {
  id: 'ascending',
  type: 'ascending',
  flags: 'ascending',
  weight: 'descending',
  allocatedOn: 'descending',
  siblingGroup: 'ascending',
};

/** The order after a click on a column's sort button: the same column flips, another starts fresh. */
export function nextCaseOrder(current: CaseOrder, key: CaseSortKey): CaseOrder {
  if (current.key === key) {
    return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { key, direction: firstDirection[key] };
}

/**
 * The count of cases in the measure's own counting rule: "32 children", or
 * "28 families (32 children; a sibling group counts once)" when counting
 * families, so the table agrees with the load above it.
 */
export function describeCaseCount(details: readonly CaseDetail[], view: ViewMeasure): string {
  const children = plural(details.length, 'child', 'children');
  if (view.measure === 'points' || view.counting === 'children') return children;
  const families = familyCount(details);
  return `${formatCount(families)} ${families === 1 ? 'family' : 'families'} (${children}; a sibling group counts once)`;
}
