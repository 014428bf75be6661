/**
 * A unit's caseload on the DfE's own measure (cases per FTE of case holders,
 * counting children), whatever measure the page shows: the only one the
 * published benchmarks can be set against.
 */
import type { Unit, Worker } from '../contract/v1';
import { DEFAULT_VIEW_MEASURE } from './measure-options';
import { unitFigures, type GroupLoad } from './unit-figures';
import type { LoadSettings } from './worker-load';

/** Cases ÷ FTE of the case holders (and totals) beneath a unit, as DfE counts them. */
export function dfeLoad(
  workers: readonly Worker[],
  units: readonly Unit[],
  settings: LoadSettings,
): GroupLoad {
  // No caps are needed for the load itself; they only sort workers into bands.
  return unitFigures(workers, units, [], [], { ...settings, view: DEFAULT_VIEW_MEASURE }).load;
}
