/**
 * The columns of the optional cases file (one row per case), their aliases,
 * and the suggested mapping.
 */
import { suggestColumns, unusedHeaders, type ColumnChoice } from './column-match';
import { workerIdAliases } from './worker-columns';

export const caseFields = [
  'workerId',
  'caseId',
  'caseType',
  'inCourtProceedings',
  'siblingGroupId',
  'allocatedOn',
] as const;
export type CaseField = (typeof caseFields)[number];

export const requiredCaseFields: readonly CaseField[] = [
  'workerId',
  'caseId',
  'caseType',
  'inCourtProceedings',
  'allocatedOn',
];

export const caseFieldLabels: Readonly<Record<CaseField, string>> = {
  workerId: 'worker id',
  caseId: 'case id',
  caseType: 'case type',
  inCourtProceedings: 'in court proceedings',
  siblingGroupId: 'sibling group id',
  allocatedOn: 'allocation date',
};

const caseAliases: Readonly<Record<CaseField, readonly string[]>> = {
  // 'id' alone is more likely the case's own id in this file, so it is left out here.
  workerId: workerIdAliases.filter((alias) => alias !== 'id'),
  caseId: ['caseid', 'caseref', 'casereference', 'casenumber', 'childid', 'childref', 'id'],
  caseType: ['casetype', 'type', 'category', 'casecategory'],
  inCourtProceedings: [
    'incourtproceedings',
    'courtproceedings',
    'incourt',
    'court',
    'courtwork',
    'proceedings',
  ],
  siblingGroupId: [
    'siblinggroupid',
    'siblinggroup',
    'siblingid',
    'familyid',
    'familyref',
    'family',
  ],
  allocatedOn: ['allocationdate', 'allocatedon', 'dateallocated', 'allocateddate', 'allocated'],
};

/** Which column holds each field of the cases file. */
export interface CaseColumnMapping {
  columns: ColumnChoice<CaseField>;
}

/** A suggested cases-file mapping, with the required fields it could not fill and the headers it left unused. */
export interface SuggestedCaseColumnMapping extends CaseColumnMapping {
  unmapped: CaseField[];
  unused: string[];
}

/** Suggests which column holds each field of the cases file, by known header names. */
export function suggestCaseColumnMapping(headers: string[]): SuggestedCaseColumnMapping {
  const used = new Set<string>();
  const columns = suggestColumns(headers, caseAliases, caseFields, used);
  return {
    columns,
    unmapped: requiredCaseFields.filter((field) => columns[field] === null),
    unused: unusedHeaders(headers, used),
  };
}
