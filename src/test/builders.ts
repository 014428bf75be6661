/**
 * Builders shared by the domain tests: a case holder with sensible defaults,
 * and load settings for the DfE measure unless a test says otherwise.
 */
import type { Snapshot, Unit, Worker } from '../contract/v1';
import { DEFAULT_ASYE_RULE, type AsyeRule } from '../domain/asye-rule';
import type { ViewMeasure } from '../domain/measure-options';
import { DEFAULT_WEIGHTING, type WeightingScheme } from '../domain/weighting';
import type { LoadSettings } from '../domain/worker-load';

let nextId = 1;

/** A full-time case holder with 18 cases in 'team', with a fresh id. */
export function worker(overrides: Partial<Worker> = {}): Worker {
  const id = `w${nextId++}`;
  return {
    id,
    unitId: 'team',
    displayName: `Worker ${id}`,
    role: 'case-holder',
    asye: false,
    agency: false,
    fte: 1,
    casesHeld: 18,
    ...overrides,
  };
}

/** Cases per FTE, children, case holders only, reference cap 20, unless overridden. */
export function settings(
  view: Partial<ViewMeasure> = {},
  overrides: { weighting?: WeightingScheme; asyeRule?: AsyeRule; referenceCapPerFte?: number } = {},
): LoadSettings {
  return {
    view: { measure: 'per-fte', counting: 'children', population: 'case-holders', ...view },
    weighting: overrides.weighting ?? DEFAULT_WEIGHTING,
    asyeRule: overrides.asyeRule ?? DEFAULT_ASYE_RULE,
    referenceCapPerFte: overrides.referenceCapPerFte ?? 20,
  };
}

/** A unit: the organisation when it has no parent, else a team (kinds matter to no figure). */
export function unit(id: string, parentId: string | null, name: string): Unit {
  return { id, parentId, name, kind: parentId === null ? 'organisation' : 'team' };
}

/**
 * Exampleshire: org > north > (team-a, team-b); org > south > team-c; org > east (no teams,
 * no workers). The tree the chart and spread rows are checked on.
 */
export function exampleshireUnits(): Unit[] {
  return [
    unit('org', null, 'Exampleshire'),
    unit('north', 'org', 'North'),
    unit('team-a', 'north', 'Team A'),
    unit('team-b', 'north', 'Team B'),
    unit('south', 'org', 'South'),
    unit('team-c', 'south', 'Team C'),
    unit('east', 'org', 'East'),
  ];
}

/** A contract v1 snapshot of these units and workers, as at 31 October 2026. */
export function snapshotOf(
  units: Unit[],
  workers: Worker[],
  organisationName = 'Exampleshire',
): Snapshot {
  return {
    version: 1,
    asAt: '2026-10-31',
    organisation: { id: 'org', name: organisationName },
    units,
    workers,
  };
}
