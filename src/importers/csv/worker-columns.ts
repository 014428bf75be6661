/**
 * The columns of the workers file, their aliases in councils' exports, and
 * the suggested mapping the UI shows for a person to correct.
 */
import { suggestColumns, suggestUnitPath, unusedHeaders, type ColumnChoice } from './column-match';

export const workerFields = [
  'workerId',
  'displayName',
  'role',
  'asye',
  'agency',
  'fte',
  'casesHeld',
] as const;
export type WorkerField = (typeof workerFields)[number];

/** ASYE and agency may be missing from an export: every worker is then read as "no", with a warning. */
export const requiredWorkerFields: readonly WorkerField[] = [
  'workerId',
  'displayName',
  'role',
  'fte',
  'casesHeld',
];

/** A short workers file for the import form to show; the tests import it as it stands. */
export const workersCsvExample = [
  'worker_id,display_name,role,asye,agency,fte,cases_held,unit_1,unit_2',
  'W001,Amira Khan,case holder,no,no,1,21,Safeguarding,Assessment Team',
  'W003,Chloe Evans,case holder,yes,no,0.6,12,Safeguarding,Assessment Team',
  'W004,"Price, Dan",team manager,no,no,1,2,Safeguarding,Assessment Team',
].join('\n');

export const workerFieldLabels: Readonly<Record<WorkerField, string>> = {
  workerId: 'worker id',
  displayName: 'display name',
  role: 'role',
  asye: 'ASYE',
  agency: 'agency',
  fte: 'FTE',
  casesHeld: 'cases held',
};

/** Known header spellings, as match keys (lower case, letters and digits only), best first. */
export const workerIdAliases = [
  'workerid',
  'staffid',
  'employeeid',
  'staffnumber',
  'employeenumber',
  'staffref',
  'workerref',
  'id',
  'swenumber',
  'sweno',
  'swe',
  'socialworkenglandnumber',
];
const workerAliases: Readonly<Record<WorkerField, readonly string[]>> = {
  workerId: workerIdAliases,
  displayName: [
    'displayname',
    'workername',
    'name',
    'staffname',
    'fullname',
    'employeename',
    'socialworker',
    'socialworkername',
  ],
  role: ['role', 'workerrole', 'jobrole', 'caseloadrole', 'roletype'],
  asye: ['asye', 'inasye', 'isasye', 'asyeyesno', 'nqsw', 'newlyqualified'],
  agency: ['agency', 'agencyworker', 'isagency', 'agencyyesno', 'agencystaff'],
  fte: [
    'fte',
    'contractedfte',
    'ftecontracted',
    'contractfte',
    'fte30',
    'fulltimeequivalent',
    'wte',
  ],
  casesHeld: [
    'casesheld',
    'caseload',
    'cases',
    'noofcases',
    'numberofcases',
    'casecount',
    'allocatedcases',
    'currentcaseload',
    'cases30',
  ],
};

/** Which column holds each field of the workers file, and which columns give the unit path. */
export interface ColumnMapping {
  columns: ColumnChoice<WorkerField>;
  /** Headers of the unit path columns, from the level under the organisation down to the team. */
  unitPath: string[];
}

/** A suggested mapping, with what it could not fill for the person to see. */
export interface SuggestedColumnMapping extends ColumnMapping {
  /** Required fields with no column; 'unitPath' when no team or unit column was found. */
  unmapped: (WorkerField | 'unitPath')[];
  /** Headers that no field uses (they are not read). */
  unused: string[];
}

/** Suggests which column holds each field of the workers file, by known header names (case and punctuation ignored). */
export function suggestColumnMapping(headers: string[]): SuggestedColumnMapping {
  const used = new Set<string>();
  const columns = suggestColumns(headers, workerAliases, workerFields, used);
  const unitPath = suggestUnitPath(headers, used);
  return {
    columns,
    unitPath,
    unmapped: findUnmappedFields({ columns, unitPath }),
    unused: unusedHeaders(headers, used),
  };
}

/** The required fields a mapping leaves without a column (for the UI after a person edits it). */
export function findUnmappedFields(mapping: ColumnMapping): (WorkerField | 'unitPath')[] {
  const missing: (WorkerField | 'unitPath')[] = requiredWorkerFields.filter(
    (field) => mapping.columns[field] === null,
  );
  if (mapping.unitPath.length === 0) missing.push('unitPath');
  return missing;
}
