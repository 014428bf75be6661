/**
 * A unit's figures put together from its children's (unitFiguresUnder) must
 * be the figures a walk of every worker and unit beneath it gives
 * (unitFigures, whose figures the other tests check against worked
 * examples), to the last bit: a board reads England's figures from one and
 * each region's from the other.
 */
import fc from 'fast-check';
import type { PublishedValue, Snapshot, Unit, UnitAggregate, Worker } from '../contract/v1';
import { bandsFromCaps } from './bands';
import { builtInPresets } from './caps';
import type { ViewMeasure } from './measure-options';
import { buildOrgIndex } from './org-index';
import { unitFigures, unitFiguresUnder } from './unit-figures';
import { settings, snapshotOf } from '../test/builders';

const caps = builtInPresets.default.caps;
const bands = bandsFromCaps(caps);

/** The same figures worked out by walking every worker: copies of the lists, so no memo is shared. */
function walked(snapshot: Snapshot, unitId: string, view: Partial<ViewMeasure>, reference = 20) {
  const index = buildOrgIndex(snapshot);
  return unitFigures(
    [...index.workersUnder(unitId)],
    [...index.unitsUnder(unitId)],
    caps,
    bands,
    settings(view, { referenceCapPerFte: reference }),
  );
}

const published = (value: fc.Arbitrary<number>): fc.Arbitrary<PublishedValue> =>
  fc.oneof(
    { weight: 6, arbitrary: value },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constantFrom('x' as const, 'low' as const) },
  );

const aggregate: fc.Arbitrary<UnitAggregate> = fc.record(
  {
    cases: published(fc.integer({ min: 0, max: 400 })),
    caseHolderFte: published(fc.integer({ min: 0, max: 300 }).map((tenths) => tenths / 10)),
    headcount: published(fc.integer({ min: 0, max: 40 })),
    inPostFte: published(fc.integer({ min: 0, max: 400 }).map((tenths) => tenths / 10)),
    agencyFte: published(fc.integer({ min: 0, max: 100 }).map((tenths) => tenths / 10)),
    vacantFte: published(fc.integer({ min: 0, max: 50 }).map((tenths) => tenths / 10)),
    unallocatedCases: published(fc.integer({ min: 0, max: 60 })),
  },
  { requiredKeys: ['cases', 'caseHolderFte'] },
);

const workerShape: fc.Arbitrary<WorkerShape> = fc.record({
  role: fc.constantFrom<Worker['role']>(
    'case-holder',
    'case-holder',
    'case-holder',
    'senior-practitioner',
    'team-manager',
    'qualified-without-cases',
  ),
  asye: fc.boolean(),
  agency: fc.boolean(),
  // Hundredths of FTE, zero included (a worker left out for it), as FTEs are sent.
  fte: fc.integer({ min: 0, max: 100 }).map((hundredths) => hundredths / 100),
  // Up to 200: some past the plausibility limits, so records to check are listed.
  casesHeld: fc.integer({ min: 0, max: 200 }),
});

type WorkerShape = Omit<Worker, 'id' | 'unitId' | 'displayName'>;

interface Shape {
  workers: WorkerShape[];
  totals: UnitAggregate | null;
  unallocatedCases: number | null;
  vacantFte: number | null;
  children: Shape[];
}

/** A tree of units up to `depth` levels below: teams of workers or totals, and parents with workers of their own or none. */
function tree(depth: number): fc.Arbitrary<Shape> {
  return fc.record({
    workers: fc.array(workerShape, { maxLength: 6 }),
    totals: fc.option(aggregate, { freq: 4 }),
    unallocatedCases: fc.option(fc.integer({ min: 0, max: 250 }), { freq: 2 }),
    vacantFte: fc.option(
      fc.integer({ min: 0, max: 250 }).map((tenths) => tenths / 10),
      { freq: 2 },
    ),
    children: depth === 0 ? fc.constant([]) : fc.array(tree(depth - 1), { maxLength: 3 }),
  });
}

const trees = tree(3);

/** The shape as a snapshot the contract accepts: totals only on a unit with no workers and no children. */
function snapshotOfTree(root: Shape): Snapshot {
  const units: Unit[] = [];
  const workers: Worker[] = [];
  const add = (shape: Shape, parentId: string | null, path: string): void => {
    const id = `u${path}`;
    const leafWithoutWorkers = shape.children.length === 0 && shape.workers.length === 0;
    units.push({
      id,
      parentId,
      name: `Unit ${path}`,
      kind: shape.children.length === 0 ? 'team' : 'area',
      ...(shape.unallocatedCases !== null ? { unallocatedCases: shape.unallocatedCases } : {}),
      ...(shape.vacantFte !== null ? { vacantFte: shape.vacantFte } : {}),
      ...(leafWithoutWorkers && shape.totals ? { aggregate: shape.totals } : {}),
    });
    shape.workers.forEach((worker, at) => {
      workers.push({
        id: `w${path}-${at}`,
        unitId: id,
        displayName: `Worker ${path}-${at}`,
        ...worker,
      });
    });
    shape.children.forEach((child, at) => add(child, id, `${path}.${at}`));
  };
  add(root, null, '0');
  return snapshotOf(units, workers);
}

const views: Partial<ViewMeasure>[] = [
  {},
  { population: 'everyone' },
  { measure: 'cases' },
  { measure: 'per-fte', population: 'everyone' },
];

describe('unitFiguresUnder', () => {
  it('gives every figure a walk of every worker gives, for any tree, measure and population', () => {
    fc.assert(
      fc.property(trees, fc.constantFrom(...views), (root, view) => {
        const snapshot = snapshotOfTree(root);
        const index = buildOrgIndex(snapshot);
        for (const unit of snapshot.units) {
          const joined = unitFiguresUnder(index, unit.id, caps, bands, settings(view));
          expect(joined).toEqual(walked(snapshot, unit.id, view));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same figures when the children were worked out under another reference cap', () => {
    fc.assert(
      fc.property(trees, (root) => {
        const snapshot = snapshotOfTree(root);
        const index = buildOrgIndex(snapshot);
        // The children's loads are kept across reference caps: their own caps must follow the parent's.
        for (const child of index.children(index.root.id)) {
          unitFiguresUnder(index, child.id, caps, bands, settings({}, { referenceCapPerFte: 25 }));
        }
        const joined = unitFiguresUnder(
          index,
          index.root.id,
          caps,
          bands,
          settings({}, { referenceCapPerFte: 18 }),
        );
        expect(joined).toEqual(walked(snapshot, index.root.id, {}, 18));
      }),
      { numRuns: 200 },
    );
  });

  it('lists the records to check in the order a walk lists them: workers first, then teams', () => {
    const snapshot = snapshotOfTree({
      workers: [{ role: 'case-holder', asye: false, agency: false, fte: 1, casesHeld: 120 }],
      totals: null,
      unallocatedCases: null,
      vacantFte: null,
      children: [
        {
          workers: [{ role: 'case-holder', asye: false, agency: false, fte: 0.05, casesHeld: 10 }],
          totals: null,
          unallocatedCases: 500,
          vacantFte: null,
          children: [],
        },
        {
          workers: [{ role: 'case-holder', asye: false, agency: false, fte: 1, casesHeld: 150 }],
          totals: null,
          unallocatedCases: null,
          vacantFte: 40,
          children: [],
        },
      ],
    });
    const index = buildOrgIndex(snapshot);
    const records = unitFiguresUnder(index, 'u0', caps, bands, settings()).implausible;
    expect(records.map((record) => `${record.kind} ${record.id}`)).toEqual([
      'worker w0-0',
      'worker w0.0-0',
      'worker w0.1-0',
      'unit u0.0',
      'unit u0.1',
    ]);
  });
});
