import type { Snapshot } from '../../contract/v1';
import { validateSnapshot } from '../../contract/validate-snapshot';
import { buildCswwXml, censusWorker } from './csww-xml-builder';
import { importCswwXml } from './import-csww';

// Four case holders (one a senior practitioner): 59 cases over 3.1 FTE.
// Managers and a qualified worker without cases hold 11 more cases and 3.0 FTE
// that must stay out of the figure, as they do in DfE's.
const census = buildCswwXml({
  workers: [
    censusWorker('SW101', { OrgRole: '5', FTE: '1.000000', Cases30: '20' }),
    censusWorker('SW102', { OrgRole: '4', FTE: '1.000000', Cases30: '18', AgencyWorker: '1' }),
    censusWorker('SW103', { OrgRole: '5', FTE: '0.600000', Cases30: '12' }),
    censusWorker('SW104', { OrgRole: '5', FTE: '1.000000', FTE30: '0.500000', Cases30: '9' }),
    censusWorker('SW105', { OrgRole: '3', FTE: '1.000000', Cases30: '6' }),
    censusWorker('SW106', { OrgRole: '2', FTE: '1.000000', Cases30: '5' }),
    censusWorker('SW107', { OrgRole: '6', FTE: '1.000000', Cases30: '0' }),
  ],
});

/** DfE's measure, worked by hand: cases of case holders over their FTE, a ratio of sums. */
function caseloadPerFte(snapshot: Snapshot) {
  const caseHolders = snapshot.workers.filter(
    (worker) => worker.role === 'case-holder' || worker.role === 'senior-practitioner',
  );
  const cases = caseHolders.reduce((sum, worker) => sum + worker.casesHeld, 0);
  const fte = caseHolders.reduce((sum, worker) => sum + worker.fte, 0);
  return { cases, fte, perFte: cases / fte };
}

describe('caseload per FTE from a census import', () => {
  const result = importCswwXml(census, { sourceName: 'csww.xml' });

  it('imports every record', () => {
    expect(result.problems).toEqual([]);
    expect(result.snapshot?.workers).toHaveLength(7);
  });

  it('comes out at 59 cases over 3.1 FTE, 19.0 per FTE, as DfE would compute it', () => {
    const figure = caseloadPerFte(result.snapshot!);
    expect(figure.cases).toBe(59);
    expect(figure.fte).toBeCloseTo(3.1, 9);
    expect(figure.perFte).toBeCloseTo(19.032, 3);
    expect(figure.perFte.toFixed(1)).toBe('19.0');
  });

  it("leaves managers' and non-case-holders' cases and FTE out", () => {
    const all = result.snapshot!.workers;
    expect(all.reduce((sum, worker) => sum + worker.casesHeld, 0)).toBe(70);
    const counted = caseloadPerFte(result.snapshot!);
    expect(counted.cases).not.toBe(70);
    // Counting everyone would give 70 / 6.1 = 11.5: the average that social workers distrust.
    expect(counted.perFte).toBeGreaterThan(70 / 6.1);
  });

  it('passes the contract check the app runs when it loads a snapshot', () => {
    const validation = validateSnapshot(result.snapshot);
    expect(validation.ok && validation.value.rejected).toEqual([]);
  });
});
