/**
 * What a CSV needs to explain itself when found later in a folder: when and
 * where its figures are from, what they measure, the caps in force and their
 * sources, and the data they came from. Written as columns on every row, as
 * DfE's published files carry time_period and geography on every row, so the
 * context survives sorting, filtering, copying rows out and stacking several
 * months' files into one sheet (see docs/board-report.md, "Exports").
 */
import { formatCap, type Cap, type CapPreset } from './caps';
import type { CsvCell } from './csv-export';
import { ownCapDescription } from './explain';
import { measureCaption } from './measure-options';
import type { LoadSettings } from './worker-load';
import { capitalise } from './format';

export interface CsvContextColumn {
  header: string;
  value: CsvCell;
}

export interface CsvContext {
  /** When and where: written before the table's own columns, as DfE's files begin with time and place. */
  identity: readonly CsvContextColumn[];
  /** How to read the figures: written after the table's own columns, so the figures stay in view. */
  description: readonly CsvContextColumn[];
}

/** The caps in force and where they come from, as the board's caption and every CSV say them. */
export function capsInForce(
  caps: readonly Cap[],
  preset: CapPreset,
  settings: LoadSettings,
): { caps: string; source: string } {
  return {
    caps: caps.map((cap) => `${formatCap(cap)} (${cap.label})`).join(', '),
    source:
      settings.view.measure === 'points'
        ? `capacity from ${settings.weighting.name}`
        : `${preset.name}. Source: ${preset.source}`,
  };
}

export interface TableContextInput {
  organisation: string;
  /** The unit the table is about. */
  unit: string;
  /** "Part of" when each row is a part of the unit (a team, a worker), "Unit" when each row is a date. */
  unitHeader: string;
  /** The snapshot date, YYYY-MM-DD: a spreadsheet reads it as a date. */
  asAt: string;
  /** The data source in words, as the page header says it. */
  dataSource: string;
  caps: readonly Cap[];
  preset: CapPreset;
  settings: LoadSettings;
}

/** The context of one of a unit's tables: organisation, unit, date, measure, caps, own cap, source. */
export function tableContext(input: TableContextInput): CsvContext {
  const inForce = capsInForce(input.caps, input.preset, input.settings);
  return {
    identity: [
      { header: 'As at', value: input.asAt },
      { header: 'Organisation', value: input.organisation },
      { header: input.unitHeader, value: input.unit },
    ],
    description: [
      { header: 'Measure', value: measureCaption(input.settings.view) },
      { header: 'Caps', value: inForce.caps },
      { header: 'Caps source', value: inForce.source },
      { header: 'Own cap rule', value: capitalise(ownCapDescription(input.settings)) },
      { header: 'Data source', value: input.dataSource },
    ],
  };
}

/**
 * A table with its context on every row: identity columns first, then the
 * table, then the description. Every row keeps the same number of cells.
 */
export function withContext(
  cells: readonly (readonly CsvCell[])[],
  context: CsvContext,
): CsvCell[][] {
  const [header, ...body] = cells;
  if (!header) return [];
  const headers = (columns: readonly CsvContextColumn[]) => columns.map((column) => column.header);
  const values = (columns: readonly CsvContextColumn[]) => columns.map((column) => column.value);
  return [
    [...headers(context.identity), ...header, ...headers(context.description)],
    ...body.map((row) => [...values(context.identity), ...row, ...values(context.description)]),
  ];
}
