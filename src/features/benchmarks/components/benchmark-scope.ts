/**
 * Where a unit of a snapshot sits among DfE's figures, read from the org
 * index: its path from the organisation, and whether regions lie beneath it.
 */
import type { Organisation, Unit } from '../../../contract/v1';
import {
  unitBenchmarkScope,
  type DfeBenchmarks,
  type UnitBenchmarkScope,
} from '../../../domain/benchmarks';
import type { OrgIndex } from '../../../domain/org-index';

export function benchmarkScopeOf(
  data: DfeBenchmarks,
  index: OrgIndex,
  unit: Unit,
  organisation: Organisation,
): UnitBenchmarkScope {
  const spansRegions = index
    .unitsUnder(unit.id)
    .some((below) => below.kind === 'region' && below.id !== unit.id);
  return unitBenchmarkScope(data, organisation, index.pathTo(unit.id), spansRegions);
}
