import { describe, expect, it } from 'vitest';
import type { CaseDetail } from '../contract/v1';
import {
  caseRows,
  DEFAULT_CASE_ORDER,
  describeCaseCount,
  nextCaseOrder,
  sortCaseRows,
  type CaseOrder,
} from './case-order';
import { DEFAULT_WEIGHTING } from './weighting';

// Example A weighting: CIN 5, CP 8, LAC 7, care leaver 4, other 3; court adds 3.
const details: CaseDetail[] = [
  {
    id: 'case-10',
    type: 'child-protection',
    inCourtProceedings: true,
    siblingGroupId: 'g2',
    allocatedOn: '2026-03-01',
  },
  {
    id: 'case-9',
    type: 'child-in-need',
    inCourtProceedings: false,
    siblingGroupId: null,
    allocatedOn: '2026-05-10',
  },
  {
    id: 'case-2',
    type: 'looked-after',
    inCourtProceedings: false,
    siblingGroupId: 'g2',
    allocatedOn: '2026-03-01',
  },
  { id: 'case-1', type: 'other', inCourtProceedings: false, allocatedOn: '2025-12-20' },
];

const rows = caseRows(details, DEFAULT_WEIGHTING, new Set(['case-9']), 'New since 30 April 2026');
const ids = (order: CaseOrder) => sortCaseRows(rows, order).map((row) => row.id);

describe('caseRows', () => {
  it('weights each case by the scheme and names its flags and sibling group', () => {
    expect(rows).toEqual([
      {
        id: 'case-10',
        typeName: 'Child protection',
        flags: ['Court proceedings'],
        weight: 11, // 8 + 3 for court
        allocatedOn: '2026-03-01',
        siblingGroupId: 'g2',
        childrenInGroup: 2,
      },
      {
        id: 'case-9',
        typeName: 'Child in need',
        flags: ['New since 30 April 2026'],
        weight: 5,
        allocatedOn: '2026-05-10',
        siblingGroupId: null,
        childrenInGroup: 1,
      },
      {
        id: 'case-2',
        typeName: 'Looked after',
        flags: [],
        weight: 7,
        allocatedOn: '2026-03-01',
        siblingGroupId: 'g2',
        childrenInGroup: 2,
      },
      {
        id: 'case-1',
        typeName: 'Other',
        flags: [],
        weight: 3,
        allocatedOn: '2025-12-20',
        siblingGroupId: null,
        childrenInGroup: 1,
      },
    ]);
  });
});

describe('sortCaseRows', () => {
  it.each<[CaseOrder, string[]]>([
    // Newest first; case-10 and case-2 share a date, so by reference (2 before 10, numerically).
    [DEFAULT_CASE_ORDER, ['case-9', 'case-2', 'case-10', 'case-1']],
    [{ key: 'allocatedOn', direction: 'ascending' }, ['case-1', 'case-2', 'case-10', 'case-9']],
    [{ key: 'id', direction: 'ascending' }, ['case-1', 'case-2', 'case-9', 'case-10']],
    [{ key: 'id', direction: 'descending' }, ['case-10', 'case-9', 'case-2', 'case-1']],
    [{ key: 'weight', direction: 'descending' }, ['case-10', 'case-2', 'case-9', 'case-1']],
    [{ key: 'weight', direction: 'ascending' }, ['case-1', 'case-9', 'case-2', 'case-10']],
    // Child in need, Child protection, Looked after, Other.
    [{ key: 'type', direction: 'ascending' }, ['case-9', 'case-10', 'case-2', 'case-1']],
    // Cases without flags last both ways, newest first among them.
    [{ key: 'flags', direction: 'ascending' }, ['case-10', 'case-9', 'case-2', 'case-1']],
    [{ key: 'flags', direction: 'descending' }, ['case-9', 'case-10', 'case-2', 'case-1']],
    // No sibling group last both ways.
    [{ key: 'siblingGroup', direction: 'ascending' }, ['case-2', 'case-10', 'case-9', 'case-1']],
    [{ key: 'siblingGroup', direction: 'descending' }, ['case-2', 'case-10', 'case-9', 'case-1']],
  ])('sorts by %o', (order, expected) => {
    expect(ids(order)).toEqual(expected);
  });

  it('does not change the rows it is given', () => {
    const before = rows.map((row) => row.id);
    sortCaseRows(rows, { key: 'id', direction: 'descending' });
    expect(rows.map((row) => row.id)).toEqual(before);
  });
});

describe('nextCaseOrder', () => {
  it('flips the direction of the same column', () => {
    expect(nextCaseOrder(DEFAULT_CASE_ORDER, 'allocatedOn')).toEqual({
      key: 'allocatedOn',
      direction: 'ascending',
    });
  });

  it('starts text columns from A and numbers from the largest', () => {
    expect(nextCaseOrder(DEFAULT_CASE_ORDER, 'type').direction).toBe('ascending');
    expect(nextCaseOrder(DEFAULT_CASE_ORDER, 'weight').direction).toBe('descending');
  });
});

describe('describeCaseCount', () => {
  const view = { measure: 'per-fte', population: 'case-holders' } as const;
  it('counts children under the children rule and for points', () => {
    expect(describeCaseCount(details, { ...view, counting: 'children' })).toBe('4 children');
    expect(describeCaseCount(details, { ...view, measure: 'points', counting: 'families' })).toBe(
      '4 children',
    );
  });

  it('counts each sibling group once under the families rule', () => {
    // g2 (case-10, case-2) once, case-9 and case-1 once each: 3 families.
    expect(describeCaseCount(details, { ...view, counting: 'families' })).toBe(
      '3 families (4 children; a sibling group counts once)',
    );
    expect(describeCaseCount(details.slice(0, 1), { ...view, counting: 'families' })).toBe(
      '1 family (1 child; a sibling group counts once)',
    );
  });
});
