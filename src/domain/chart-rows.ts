/**
 * The rows behind a unit's chart and table: one per child unit, or one per
 * worker in a team. Charts draw these rows; they never compute a measure.
 */
import type { Worker } from '../contract/v1';
import { bandFor, type Band } from './bands';
import { isCaseHolder, casesPerFte } from './measures';
import type { OrgIndex } from './org-index';
import { summariseUnit } from './unit-summary';
import type { Cap } from './caps';

export const roleNames: Record<Worker['role'], string> = {
  'case-holder': 'Case holder',
  'senior-practitioner': 'Senior practitioner',
  'team-manager': 'Team manager',
  'senior-manager': 'Senior manager',
  'qualified-without-cases': 'Qualified, without cases',
};

export interface ChartRow {
  key: string;
  name: string;
  /** Cases per FTE, or null when there is none (said in `status`). */
  value: number | null;
  band: Band | null;
  cases: number;
  fte: number;
  /** True when the row is drawn as a bar and counted in the unit's figures. */
  counted: boolean;
  /** Why a row has no value or is not counted, in words; null when it is. */
  status: string | null;
  /** Worker rows: role, ASYE, agency. Unit rows: case holders and FTE. */
  detail: string;
  /** Unit rows: how many case holders are at or over the highest cap. */
  overTopCap: { count: number; of: number } | null;
  target: { unit: string; worker?: string };
}

/** Rows for every child of a unit, or for every worker when the unit is a team. */
export function childRows(
  index: OrgIndex,
  unitId: string,
  caps: readonly Cap[],
  bands: readonly Band[],
): ChartRow[] {
  if (index.isLeaf(unitId))
    return index.workersUnder(unitId).map((worker) => workerRow(worker, bands));
  return index.children(unitId).map((child) => {
    const summary = summariseUnit(index.workersUnder(child.id), index.unitsUnder(child.id), caps);
    const ratio = summary.ratio;
    const top = summary.overCaps[summary.overCaps.length - 1];
    return {
      key: child.id,
      name: child.name,
      value: ratio.status === 'ok' ? ratio.value : null,
      band: ratio.status === 'ok' ? bandFor(ratio.value, bands) : null,
      cases: ratio.cases,
      fte: ratio.fte,
      counted: ratio.status === 'ok',
      status:
        ratio.status === 'ok'
          ? null
          : ratio.status === 'empty'
            ? 'No case holders'
            : 'No FTE recorded for its case holders',
      detail: `${summary.counted.length} case holder${summary.counted.length === 1 ? '' : 's'}`,
      overTopCap: top ? { count: top.count, of: top.of } : null,
      target: { unit: child.id },
    };
  });
}

/** One worker's row: their cases per FTE and band, or why they are not counted. */
export function workerRow(worker: Worker, bands: readonly Band[]): ChartRow {
  const perFte = casesPerFte(worker);
  const caseHolder = isCaseHolder(worker);
  const notes = [
    roleNames[worker.role],
    worker.asye ? 'ASYE' : null,
    worker.agency ? 'agency' : null,
  ];
  let status: string | null = null;
  if (!caseHolder)
    status = `Not counted: ${roleNames[worker.role].toLowerCase()} (only case holders are counted)`;
  else if (perFte === null) status = 'Not counted: no FTE recorded';
  return {
    key: worker.id,
    name: worker.displayName,
    value: perFte,
    band: perFte === null ? null : bandFor(perFte, bands),
    cases: worker.casesHeld,
    fte: worker.fte,
    counted: caseHolder && perFte !== null,
    status,
    detail: notes.filter((note): note is string => note !== null).join(', '),
    overTopCap: null,
    target: { unit: worker.unitId, worker: worker.id },
  };
}

export type RowOrder = 'load' | 'name';

/** Highest load first (rows without a value last), or by name. */
export function sortRows(rows: readonly ChartRow[], order: RowOrder): ChartRow[] {
  const byName = (a: ChartRow, b: ChartRow) => a.name.localeCompare(b.name, 'en-GB');
  return [...rows].sort((a, b) => {
    if (order === 'name') return byName(a, b);
    if (a.value === null || b.value === null)
      return a.value === null ? (b.value === null ? byName(a, b) : 1) : -1;
    return b.value - a.value || byName(a, b);
  });
}
