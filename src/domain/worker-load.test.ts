import type { CaseDetail, CaseType, Worker } from '../contract/v1';
import { type AsyeRule } from './asye-rule';
import type { ViewMeasure } from './measure-options';
import { DEFAULT_WEIGHTING } from './weighting';
import { familyCount, workerAmount, workerLoad, type WorkerLoadResult } from './worker-load';
import { worker, settings } from '../test/builders';

let nextCase = 1;
function child(type: CaseType, extra: Partial<CaseDetail> = {}): CaseDetail {
  return {
    id: `c${nextCase++}`,
    type,
    inCourtProceedings: false,
    allocatedOn: '2026-02-01',
    ...extra,
  };
}

function withCases(details: CaseDetail[], overrides: Partial<Worker> = {}): Worker {
  return worker({ casesHeld: details.length, caseDetails: details, ...overrides });
}

/** LoadSettings with example A weighting, the default ASYE rule (0.6 of FTE) and reference 20. */

function loadOf(result: WorkerLoadResult) {
  if (!result.ok) throw new Error(`expected a load, got “${result.reason}”`);
  return result.load;
}

// 5 children, 3 of them siblings in group g1: g1 once + 2 others = 3 families.
const fiveChildrenThreeFamilies = (): CaseDetail[] => [
  child('child-in-need', { siblingGroupId: 'g1' }),
  child('child-protection', { siblingGroupId: 'g1' }),
  child('child-protection', { siblingGroupId: 'g1' }),
  child('looked-after'),
  child('care-leaver', { siblingGroupId: null }),
];

// Example A: CIN 5 + CP in court (8 + 3) + LAC 7 = 23 points.
const cinCpInCourtLac = (): CaseDetail[] => [
  child('child-in-need'),
  child('child-protection', { inCourtProceedings: true }),
  child('looked-after'),
];

describe('workerLoad: worked examples', () => {
  it.each<{
    name: string;
    worker: () => Worker;
    view?: Partial<ViewMeasure>;
    asyeRule?: AsyeRule;
    reference?: number;
    amount: number;
    value: number;
    ownCap: number;
  }>([
    {
      name: 'a part-timer, 12 cases at 0.6 FTE: 20 per FTE against their own 20 per FTE',
      worker: () => worker({ casesHeld: 12, fte: 0.6 }),
      amount: 12,
      value: 20,
      ownCap: 20,
    },
    {
      name: 'the same part-timer under cases held: 12 cases against 20 x 0.6 = 12 cases',
      worker: () => worker({ casesHeld: 12, fte: 0.6 }),
      view: { measure: 'cases' },
      amount: 12,
      value: 12,
      ownCap: 12,
    },
    {
      name: 'an ASYE full-timer, factor 0.6 at reference 20: own cap 12 per FTE',
      worker: () => worker({ asye: true, casesHeld: 12, fte: 1 }),
      amount: 12,
      value: 12,
      ownCap: 12,
    },
    {
      // 6 cases at 0.5 FTE = 12 per FTE; own cap per FTE is not pro rata again: 12.
      name: 'an ASYE part-timer per FTE',
      worker: () => worker({ asye: true, casesHeld: 6, fte: 0.5 }),
      amount: 6,
      value: 12,
      ownCap: 12,
    },
    {
      // 20 x 0.6 x 0.5 = 6 cases.
      name: 'an ASYE part-timer under cases held',
      worker: () => worker({ asye: true, casesHeld: 6, fte: 0.5 }),
      view: { measure: 'cases' },
      amount: 6,
      value: 6,
      ownCap: 6,
    },
    {
      // Reference 18 (Napo) x 0.6 = 10.8.
      name: 'an ASYE worker against the Napo reference 18',
      worker: () => worker({ asye: true, casesHeld: 10, fte: 1 }),
      reference: 18,
      amount: 10,
      value: 10,
      ownCap: 10.8,
    },
    {
      name: 'the fixed-cap rule: an ASYE worker gets 12 per FTE',
      worker: () => worker({ asye: true, casesHeld: 9, fte: 0.75 }),
      asyeRule: { kind: 'fixed-cap', casesPerFte: 12 },
      amount: 9,
      value: 12,
      ownCap: 12,
    },
    {
      name: 'the fixed-cap rule never raises a cap above the reference: min(15, 16) = 15',
      worker: () => worker({ asye: true, casesHeld: 15, fte: 1 }),
      asyeRule: { kind: 'fixed-cap', casesPerFte: 16 },
      reference: 15,
      amount: 15,
      value: 15,
      ownCap: 15,
    },
    {
      name: 'the fixed-cap rule leaves a non-ASYE worker on the reference',
      worker: () => worker({ casesHeld: 18, fte: 1 }),
      asyeRule: { kind: 'fixed-cap', casesPerFte: 12 },
      amount: 18,
      value: 18,
      ownCap: 20,
    },
    {
      // Fixed 12 per FTE x 0.75 FTE = 9 cases.
      name: 'the fixed-cap rule under cases held, pro rata',
      worker: () => worker({ asye: true, casesHeld: 9, fte: 0.75 }),
      view: { measure: 'cases' },
      asyeRule: { kind: 'fixed-cap', casesPerFte: 12 },
      amount: 9,
      value: 9,
      ownCap: 9,
    },
    {
      name: 'no protection: an ASYE worker has the reference cap',
      worker: () => worker({ asye: true, casesHeld: 12, fte: 1 }),
      asyeRule: { kind: 'none' },
      amount: 12,
      value: 12,
      ownCap: 20,
    },
    {
      name: 'families: 5 children, 3 in sibling group g1, are 3 families',
      worker: () => withCases(fiveChildrenThreeFamilies()),
      view: { counting: 'families' },
      amount: 3,
      value: 3,
      ownCap: 20,
    },
    {
      // 3 families at 0.5 FTE = 6 families per FTE.
      name: 'families per FTE for a part-timer',
      worker: () => withCases(fiveChildrenThreeFamilies(), { fte: 0.5 }),
      view: { counting: 'families' },
      amount: 3,
      value: 6,
      ownCap: 20,
    },
    {
      name: 'families held (not per FTE)',
      worker: () => withCases(fiveChildrenThreeFamilies(), { fte: 0.5 }),
      view: { measure: 'cases', counting: 'families' },
      amount: 3,
      value: 3,
      ownCap: 10,
    },
    {
      name: 'children with case detail are still counted as children',
      worker: () => withCases(fiveChildrenThreeFamilies()),
      amount: 5,
      value: 5,
      ownCap: 20,
    },
    {
      name: 'points, example A: CIN + CP in court + LAC = 5 + 11 + 7 = 23',
      worker: () => withCases(cinCpInCourtLac()),
      view: { measure: 'points' },
      amount: 23,
      value: 23,
      ownCap: 100,
    },
    {
      name: 'points per FTE for a part-timer: 23 at 0.5 FTE = 46, against capacity 100',
      worker: () => withCases(cinCpInCourtLac(), { fte: 0.5 }),
      view: { measure: 'points' },
      amount: 23,
      value: 46,
      ownCap: 100,
    },
    {
      name: 'points for an ASYE worker: against the ASYE capacity 90, not the ASYE rule',
      worker: () => withCases(cinCpInCourtLac(), { asye: true }),
      view: { measure: 'points' },
      asyeRule: { kind: 'fixed-cap', casesPerFte: 12 },
      amount: 23,
      value: 23,
      ownCap: 90,
    },
    {
      // CP without court 8, care leaver 4, other in court 3 + 3 = 6: 18.
      name: 'points: court extra only where in proceedings',
      worker: () =>
        withCases([
          child('child-protection'),
          child('care-leaver'),
          child('other', { inCourtProceedings: true }),
        ]),
      view: { measure: 'points' },
      amount: 18,
      value: 18,
      ownCap: 100,
    },
    {
      // Points count each child: the families rule does not group siblings. 5+8+8+7+4 = 32.
      name: 'points ignore the families rule',
      worker: () => withCases(fiveChildrenThreeFamilies()),
      view: { measure: 'points', counting: 'families' },
      amount: 32,
      value: 32,
      ownCap: 100,
    },
    {
      name: 'a manager has a load too (counted only when everyone is)',
      worker: () => worker({ role: 'team-manager', casesHeld: 2, fte: 1 }),
      view: { population: 'everyone' },
      amount: 2,
      value: 2,
      ownCap: 20,
    },
  ])('$name', (row) => {
    const w = row.worker();
    const load = loadOf(
      workerLoad(
        w,
        settings(row.view, {
          ...(row.asyeRule ? { asyeRule: row.asyeRule } : {}),
          ...(row.reference !== undefined ? { referenceCapPerFte: row.reference } : {}),
        }),
      ),
    );
    expect(load.worker).toBe(w);
    expect(load.amount).toBe(row.amount);
    expect(load.value).toBeCloseTo(row.value, 10);
    expect(load.ownCap).toBe(row.ownCap);
  });
});

describe('workerLoad: left out with the reason, never counted as zero', () => {
  it.each<{ name: string; worker: () => Worker; view: Partial<ViewMeasure>; reason: string }>([
    {
      name: 'FTE 0 per FTE',
      worker: () => worker({ casesHeld: 9, fte: 0 }),
      view: {},
      reason: 'no FTE recorded',
    },
    {
      name: 'FTE 0 under cases held',
      worker: () => worker({ casesHeld: 9, fte: 0 }),
      view: { measure: 'cases' },
      reason: 'no FTE recorded',
    },
    {
      name: 'FTE 0 with case detail, under points',
      worker: () => withCases(cinCpInCourtLac(), { fte: 0 }),
      view: { measure: 'points' },
      reason: 'no FTE recorded',
    },
    {
      name: 'no case detail, under families',
      worker: () => worker({ casesHeld: 5, fte: 1 }),
      view: { counting: 'families' },
      reason: 'no case-level detail to count families',
    },
    {
      name: 'no case detail, under families held',
      worker: () => worker({ casesHeld: 5, fte: 1 }),
      view: { measure: 'cases', counting: 'families' },
      reason: 'no case-level detail to count families',
    },
    {
      name: 'no case detail, under points',
      worker: () => worker({ casesHeld: 5, fte: 1 }),
      view: { measure: 'points' },
      reason: 'no case-level detail to weight',
    },
  ])('$name: “$reason”', ({ worker: make, view, reason }) => {
    const w = make();
    expect(workerLoad(w, settings(view))).toEqual({ ok: false, worker: w, reason });
  });

  it('counts a worker with no case detail by casesHeld when counting children', () => {
    const w = worker({ casesHeld: 5, fte: 0.5 });
    expect(loadOf(workerLoad(w, settings())).value).toBe(10);
  });
});

describe('familyCount', () => {
  it.each<{ name: string; details: () => CaseDetail[]; families: number }>([
    { name: 'no cases', details: () => [], families: 0 },
    { name: '5 children, 3 in g1', details: fiveChildrenThreeFamilies, families: 3 },
    {
      name: 'two sibling groups and no singles',
      details: () => [
        child('other', { siblingGroupId: 'g1' }),
        child('other', { siblingGroupId: 'g2' }),
        child('other', { siblingGroupId: 'g1' }),
        child('other', { siblingGroupId: 'g2' }),
      ],
      families: 2,
    },
    {
      name: 'children without a group each count once (null or absent)',
      details: () => [child('other'), child('other', { siblingGroupId: null }), child('other')],
      families: 3,
    },
  ])('$name -> $families', ({ details, families }) => {
    expect(familyCount(details())).toBe(families);
  });
});

describe('workerAmount', () => {
  it('is casesHeld for children, families with detail, points with detail', () => {
    const w = withCases(fiveChildrenThreeFamilies(), { casesHeld: 5 });
    const view: ViewMeasure = { measure: 'per-fte', counting: 'children', population: 'everyone' };
    expect(workerAmount(w, view, DEFAULT_WEIGHTING)).toEqual({ ok: true, amount: 5 });
    expect(workerAmount(w, { ...view, counting: 'families' }, DEFAULT_WEIGHTING)).toEqual({
      ok: true,
      amount: 3,
    });
    expect(workerAmount(w, { ...view, measure: 'points' }, DEFAULT_WEIGHTING)).toEqual({
      ok: true,
      amount: 32,
    });
  });
});
