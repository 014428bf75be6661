/**
 * The columns of the optional units file (one row per team, with its
 * unallocated cases and vacant FTE), their aliases, and the suggested mapping.
 */
import { suggestColumns, suggestUnitPath, unusedHeaders, type ColumnChoice } from './column-match';

export const unitFigureFields = ['unallocatedCases', 'vacantFte'] as const;
export type UnitFigureField = (typeof unitFigureFields)[number];

export const unitFigureLabels: Readonly<Record<UnitFigureField, string>> = {
  unallocatedCases: 'unallocated cases',
  vacantFte: 'vacant FTE',
};

const unitFigureAliases: Readonly<Record<UnitFigureField, readonly string[]>> = {
  unallocatedCases: [
    'unallocatedcases',
    'unallocated',
    'casesawaitingallocation',
    'awaitingallocation',
    'unallocatedcount',
  ],
  vacantFte: ['vacantfte', 'vacancyfte', 'vacanciesfte', 'vacancies', 'vacantposts', 'vacancy'],
};

/** Which columns of the units file give the unit path and each figure. */
export interface UnitColumnMapping {
  columns: ColumnChoice<UnitFigureField>;
  /** Headers of the unit path columns, as in the workers file: top level first, team last. */
  unitPath: string[];
}

/** A suggested units-file mapping, with what it could not fill and the headers it left unused. */
export interface SuggestedUnitColumnMapping extends UnitColumnMapping {
  unmapped: (UnitFigureField | 'unitPath')[];
  unused: string[];
}

/** Suggests the unit path and figure columns of the units file, by known header names. */
export function suggestUnitColumnMapping(headers: string[]): SuggestedUnitColumnMapping {
  const used = new Set<string>();
  const columns = suggestColumns(headers, unitFigureAliases, unitFigureFields, used);
  const unitPath = suggestUnitPath(headers, used);
  // Each figure is optional, but a units file with neither has nothing to give.
  const unmapped: (UnitFigureField | 'unitPath')[] =
    columns.unallocatedCases === null && columns.vacantFte === null ? [...unitFigureFields] : [];
  if (unitPath.length === 0) unmapped.push('unitPath');
  return { columns, unitPath, unmapped, unused: unusedHeaders(headers, used) };
}
