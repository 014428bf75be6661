/**
 * The CSV importer's public API: read the header, suggest a column mapping
 * for a person to correct, import the workers file, and optionally attach a
 * cases file and a units (team figures) file. See docs/import-csv.md.
 */
export { readCsvHeaders } from './parse-csv';
export {
  suggestColumnMapping,
  findUnmappedFields,
  workerFields,
  workerFieldLabels,
  requiredWorkerFields,
  type ColumnMapping,
  type SuggestedColumnMapping,
  type WorkerField,
} from './worker-columns';
export { importWorkersCsv, type WorkersCsvOptions } from './import-workers';
export { asAtDateError } from './as-at-date';
export {
  suggestCaseColumnMapping,
  caseFields,
  caseFieldLabels,
  requiredCaseFields,
  type CaseColumnMapping,
  type SuggestedCaseColumnMapping,
  type CaseField,
} from './case-columns';
export {
  importCasesCsv,
  type CaseImport,
  type CasesCsvOptions,
  type ListedCase,
} from './import-cases';
export { mergeCaseDetails } from './merge-case-details';
export {
  suggestUnitColumnMapping,
  unitFigureFields,
  unitFigureLabels,
  type UnitColumnMapping,
  type SuggestedUnitColumnMapping,
  type UnitFigureField,
} from './unit-figure-columns';
export {
  importUnitsCsv,
  type UnitFigureRow,
  type UnitFiguresImport,
  type UnitsCsvOptions,
} from './import-unit-figures';
export { mergeUnitFigures } from './merge-unit-figures';
export type { ColumnChoice } from './column-match';
