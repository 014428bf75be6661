import fc from 'fast-check';
import { buildCswwXml, type CensusWorkerSpec } from './csww-xml-builder';
import { importCswwXml } from './import-csww';

interface GeneratedWorker {
  sweNo: string;
  orgRole: number;
  agency: boolean;
  /** FTE in millionths, so the text has at most six decimals and the expected value is exact. */
  fteMicros: number;
  /** Which FTE elements the record carries; when both, FTE30 must win. */
  fteSource: 'FTE' | 'FTE30' | 'both';
  otherFteMicros: number;
  cases: number;
}

const letter = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''));
const sweNo = fc
  .tuple(letter, letter, fc.stringMatching(/^\d{1,10}$/))
  .map(([a, b, digits]) => `${a}${b}${digits}`);

const worker: fc.Arbitrary<GeneratedWorker> = fc.record({
  sweNo,
  orgRole: fc.integer({ min: 1, max: 6 }),
  agency: fc.boolean(),
  fteMicros: fc.integer({ min: 0, max: 1_000_000 }),
  fteSource: fc.constantFrom('FTE', 'FTE30', 'both'),
  otherFteMicros: fc.integer({ min: 0, max: 1_000_000 }),
  cases: fc.integer({ min: 0, max: 80 }),
});

const workers = (minLength: number) =>
  fc.uniqueArray(worker, { minLength, maxLength: 40, selector: (w) => w.sweNo });

// OrgRole 1 to 6, written out again here so the test does not trust the importer's table.
const roleByCode = [
  undefined,
  'senior-manager',
  'senior-manager',
  'team-manager',
  'senior-practitioner',
  'case-holder',
  'qualified-without-cases',
];

function fteText(micros: number): string {
  return `${Math.floor(micros / 1_000_000)}.${String(micros % 1_000_000).padStart(6, '0')}`;
}

function toSpec(w: GeneratedWorker): CensusWorkerSpec {
  const fte = fteText(w.fteMicros);
  return {
    SWENo: w.sweNo,
    AgencyWorker: w.agency ? '1' : '0',
    OrgRole: String(w.orgRole),
    FTE: w.fteSource === 'FTE' ? fte : w.fteSource === 'both' ? fteText(w.otherFteMicros) : null,
    FTE30: w.fteSource === 'FTE' ? null : fte,
    Cases30: String(w.cases),
  };
}

/** The limits of docs/measures.md, written out again: over 60 cases, FTE under 0.1 with cases, over 100 per FTE. */
function isImplausible(w: GeneratedWorker): boolean {
  const fte = w.fteMicros / 1_000_000;
  return w.cases > 60 || (w.cases > 0 && fte > 0 && (fte < 0.1 || w.cases / fte > 100));
}

function importGenerated(specs: CensusWorkerSpec[]) {
  return importCswwXml(buildCswwXml({ workers: specs }), { sourceName: 'generated.xml' });
}

const corruptions: Readonly<Record<string, (w: CensusWorkerSpec) => CensusWorkerSpec>> = {
  'invalid SWENo': (w) => ({ ...w, SWENo: `X${w.SWENo ?? ''}` }),
  'FTE above 1': (w) => ({ ...w, FTE30: '1.000001' }),
  'negative FTE': (w) => ({ ...w, FTE30: '-0.25' }),
  'FTE with seven decimals': (w) => ({ ...w, FTE30: '0.1234567' }),
  'negative Cases30': (w) => ({ ...w, Cases30: '-1' }),
  'fractional Cases30': (w) => ({ ...w, Cases30: '3.5' }),
  'case holder without Cases30': (w) => ({ ...w, OrgRole: '5', Cases30: null }),
  'unknown OrgRole': (w) => ({ ...w, OrgRole: '7' }),
  'AgencyWorker not 0 or 1': (w) => ({ ...w, AgencyWorker: 'yes' }),
};

describe('importCswwXml: properties', () => {
  it('imports any list of valid workers whole: counts, roles, FTE and cases', () => {
    fc.assert(
      fc.property(workers(1), (generated) => {
        const result = importGenerated(generated.map(toSpec));
        // The only problems are values to check, on exactly the records the limits name.
        expect(result.problems.every((problem) => problem.check && !problem.rejected)).toBe(true);
        expect(result.problems.map((problem) => problem.subject)).toEqual(
          generated.filter(isImplausible).map((w) => w.sweNo),
        );
        expect(result).toMatchObject({
          rowsRead: generated.length,
          rowsAccepted: generated.length,
        });
        const imported = result.snapshot!.workers;
        expect(imported.map((w) => w.id)).toEqual(generated.map((w) => w.sweNo));
        expect(imported.map((w) => w.fte)).toEqual(generated.map((w) => w.fteMicros / 1_000_000));
        expect(imported.map((w) => w.casesHeld)).toEqual(generated.map((w) => w.cases));
        expect(imported.map((w) => w.agency)).toEqual(generated.map((w) => w.agency));
        expect(imported.map((w) => w.role)).toEqual(generated.map((w) => roleByCode[w.orgRole]));
        const totalFte = imported.reduce((sum, w) => sum + w.fte, 0);
        const expectedFte = generated.reduce((sum, w) => sum + w.fteMicros, 0) / 1_000_000;
        expect(totalFte).toBeCloseTo(expectedFte, 6);
      }),
      { numRuns: 60 },
    );
  });

  it('rejects a single corrupted record, and only it, with its record number', () => {
    fc.assert(
      fc.property(
        workers(2),
        fc.nat(),
        fc.constantFrom(...Object.keys(corruptions), 'duplicate SWENo'),
        (generated, pick, corruption) => {
          const specs = generated.map(toSpec);
          const index = pick % specs.length;
          const original = specs[index]!;
          const corrupt = corruptions[corruption];
          specs[index] = corrupt
            ? corrupt(original)
            : // A duplicate needs an earlier record to copy; the first record copies none and stays valid.
              { ...original, SWENo: index === 0 ? original.SWENo : specs[index - 1]!.SWENo };
          const result = importGenerated(specs);
          const rejected = result.problems.filter((problem) => problem.rejected);
          if (corruption === 'duplicate SWENo' && index === 0) {
            expect(rejected).toEqual([]);
            return;
          }
          expect(rejected).toHaveLength(1);
          expect(rejected[0]?.line).toBe(index + 1);
          expect(result.rowsAccepted).toBe(specs.length - 1);
          const kept = generated.filter((_, i) => i !== index).map((w) => w.sweNo);
          expect(result.snapshot?.workers.map((w) => w.id)).toEqual(kept);
        },
      ),
      { numRuns: 120 },
    );
  });
});
