import { buildCswwXml, censusWorker, type CensusWorkerSpec } from './csww-xml-builder';
import { importCswwXml } from './import-csww';

function importWorkers(workers: CensusWorkerSpec[]) {
  return importCswwXml(buildCswwXml({ workers }), { sourceName: 'csww.xml' });
}

describe('importCswwXml: worker records', () => {
  it('turns each record into a contract worker named by SWENo, with no ASYE flag', () => {
    const result = importWorkers([
      censusWorker('SW1001', { AgencyWorker: '1', OrgRole: '4', FTE: '0.8', Cases30: '14' }),
    ]);
    expect(result.snapshot?.workers).toEqual([
      {
        id: 'SW1001',
        unitId: 'la-123',
        displayName: 'SW1001',
        role: 'senior-practitioner',
        asye: false,
        agency: true,
        fte: 0.8,
        casesHeld: 14,
      },
    ]);
  });

  it('without a team mapping puts every worker in the council, a root with no units beneath it', () => {
    const result = importWorkers([censusWorker('SW1'), censusWorker('SW2', { OrgRole: '1' })]);
    expect(result.snapshot?.units).toEqual([
      { id: 'la-123', parentId: null, name: 'Local authority 123', kind: 'organisation' },
    ]);
    expect(result.snapshot?.workers.map((worker) => worker.unitId)).toEqual(['la-123', 'la-123']);
  });

  it('rejects an invalid SWENo with its record number and keeps the rest', () => {
    const result = importWorkers([censusWorker('SW1'), censusWorker('12345'), censusWorker('SW3')]);
    expect(result).toMatchObject({ rowsRead: 3, rowsAccepted: 2 });
    expect(result.problems).toEqual([
      {
        line: 2,
        subject: null,
        reason: 'SWENo "12345" is not a Social Work England number (2 letters and up to 10 digits)',
        rejected: true,
      },
    ]);
  });

  it('rejects a duplicate SWENo, naming the record where it was first seen', () => {
    const result = importWorkers([
      censusWorker('SW1'),
      censusWorker('SW2'),
      censusWorker('SW3'),
      censusWorker('SW123'),
      censusWorker('SW123', { Cases30: '3' }),
    ]);
    expect(result.snapshot?.workers.find((worker) => worker.id === 'SW123')?.casesHeld).toBe(15);
    expect(result.problems).toEqual([
      {
        line: 5,
        subject: 'SW123',
        reason: 'duplicate SWENo SW123 (first seen in record 4)',
        rejected: true,
      },
    ]);
  });

  it('treats SWENos that differ only in case as duplicates', () => {
    const result = importWorkers([censusWorker('SW9'), censusWorker('sw9')]);
    expect(result.problems[0]?.reason).toBe('duplicate SWENo SW9 (first seen in record 1)');
  });

  it('rejects a later record with the SWENo of an earlier rejected one, as either may be right', () => {
    const result = importWorkers([censusWorker('SW9', { FTE: '2' }), censusWorker('SW9')]);
    expect(result.snapshot).toBeNull();
    expect(result.problems.map((problem) => problem.line)).toEqual([null, 1, 2]);
  });

  it.each([
    ['FTE above 1', { FTE: '1.5' }, 'FTE 1.5 must be between 0 and 1'],
    ['negative FTE', { FTE: '-0.2' }, 'FTE -0.2 must be between 0 and 1'],
    ['missing Cases30', { Cases30: null }, 'Cases30 is missing for a case-holder'],
    ['negative Cases30', { Cases30: '-4' }, 'Cases30 -4 must not be negative'],
    ['fractional Cases30', { Cases30: '7.5' }, 'Cases30 7.5 must be a whole number'],
    ['unknown OrgRole', { OrgRole: '8' }, 'OrgRole "8" is not a CSWW role code'],
  ])('rejects a record with %s', (_label, overrides, reason) => {
    const result = importWorkers([censusWorker('SW1'), censusWorker('SW2', overrides)]);
    expect(result.snapshot?.workers.map((worker) => worker.id)).toEqual(['SW1']);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ line: 2, subject: 'SW2', rejected: true });
    expect(result.problems[0]?.reason).toContain(reason);
  });

  it('uses FTE30 when present and FTE otherwise', () => {
    const result = importWorkers([
      censusWorker('SW1', { FTE: '1.000000', FTE30: '0.400000' }),
      censusWorker('SW2', { FTE: '0.700000' }),
      censusWorker('SW3', { FTE: null, FTE30: '0.500000' }),
    ]);
    expect(result.snapshot?.workers.map((worker) => worker.fte)).toEqual([0.4, 0.7, 0.5]);
  });

  it('keeps a manager with no Cases30 as 0 cases and says so', () => {
    const result = importWorkers([censusWorker('SW1', { OrgRole: '3', Cases30: null })]);
    expect(result.snapshot?.workers[0]?.casesHeld).toBe(0);
    expect(result.problems).toEqual([
      expect.objectContaining({ line: 1, subject: 'SW1', rejected: false }),
    ]);
  });

  it('keeps and counts a Cases30 of 900 and an FTE30 of 0.05 with cases, listing each to check by record', () => {
    const result = importWorkers([
      censusWorker('SW1'),
      censusWorker('SW2', { Cases30: '900' }),
      censusWorker('SW3', { FTE30: '0.050000', Cases30: '3' }),
      censusWorker('SW4', { Cases30: '59' }),
    ]);
    expect(result.rowsAccepted).toBe(4);
    expect(result.snapshot?.workers.find((worker) => worker.id === 'SW2')?.casesHeld).toBe(900);
    expect(
      result.problems.map(({ line, subject, rejected, check }) => [line, subject, rejected, check]),
    ).toEqual([
      [2, 'SW2', false, true],
      [3, 'SW3', false, true],
    ]);
    expect(result.problems[0]?.reason).toMatch(/^900 cases held is more than 60, /);
    expect(result.problems[1]?.reason).toMatch(
      /^FTE 0.05 for a worker holding 3 cases is less than 0.1 /,
    );
  });

  it('turns a contract rejection into a problem (a name too long for the organisation)', () => {
    const result = importCswwXml(buildCswwXml({ workers: [censusWorker('SW1')] }), {
      sourceName: 'csww.xml',
      organisationName: 'x'.repeat(201),
    });
    expect(result.snapshot).toBeNull();
    expect(result.problems[0]?.reason).toBe('organisation.name: must be at most 200 characters');
  });
});
