import { readCensusWorker } from './census-worker';
import { censusWorkerFields, type CensusWorkerText } from './read-census-xml';

type Fields = CensusWorkerText['fields'];

function record(overrides: Partial<Fields> = {}, repeated: CensusWorkerText['repeated'] = []) {
  const fields = Object.fromEntries(censusWorkerFields.map((name) => [name, null])) as Fields;
  return {
    record: 1,
    repeated,
    fields: {
      ...fields,
      SWENo: 'SW123',
      AgencyWorker: '0',
      OrgRole: '5',
      FTE: '1',
      Cases30: '15',
      ...overrides,
    },
  };
}

function reasonsFor(overrides: Partial<Fields>): string[] {
  const reading = readCensusWorker(record(overrides));
  return reading.ok ? [] : reading.reasons;
}

describe('readCensusWorker', () => {
  it.each([
    ['1', 'senior-manager'],
    ['2', 'senior-manager'],
    ['3', 'team-manager'],
    ['4', 'senior-practitioner'],
    ['5', 'case-holder'],
    ['6', 'qualified-without-cases'],
  ])('maps OrgRole %s to %s', (orgRole, role) => {
    const reading = readCensusWorker(record({ OrgRole: orgRole }));
    expect(reading.ok && reading.worker.role).toBe(role);
  });

  it.each([
    ['0', false],
    ['1', true],
  ])('reads AgencyWorker %s as agency %s', (agencyWorker, agency) => {
    const reading = readCensusWorker(record({ AgencyWorker: agencyWorker }));
    expect(reading.ok && reading.worker.agency).toBe(agency);
  });

  it.each([
    ['1', 1],
    ['0.6', 0.6],
    ['0.123456', 0.123456],
    ['0', 0],
    ['-0', 0],
    ['.5', 0.5],
  ])('reads FTE %s as %s', (fte, expected) => {
    const reading = readCensusWorker(record({ FTE: fte }));
    expect(reading.ok && Object.is(reading.worker.fte, expected)).toBe(true);
  });

  it('prefers FTE30 (the 30 September position) over FTE', () => {
    const reading = readCensusWorker(record({ FTE: '1', FTE30: '0.5' }));
    expect(reading.ok && reading.worker.fte).toBe(0.5);
  });

  it('rejects a bad FTE30 rather than falling back to FTE', () => {
    expect(reasonsFor({ FTE: '1', FTE30: '1.5' })).toEqual(['FTE30 1.5 must be between 0 and 1']);
  });

  it.each([
    [{ FTE: '1.2' }, 'FTE 1.2 must be between 0 and 1'],
    [{ FTE: '-0.5' }, 'FTE -0.5 must be between 0 and 1'],
    [{ FTE: '0.1234567' }, 'FTE 0.1234567 has more than six decimal places'],
    [{ FTE: 'full' }, 'FTE "full" is not a number'],
    [{ FTE: null }, 'FTE30 and FTE are both missing'],
    [{ Cases30: '-1' }, 'Cases30 -1 must not be negative'],
    [{ Cases30: '2.5' }, 'Cases30 2.5 must be a whole number'],
    [{ Cases30: 'ten' }, 'Cases30 "ten" is not a number'],
    [{ Cases30: null }, 'Cases30 is missing for a case-holder; a case count is never guessed'],
    [
      { Cases30: null, OrgRole: '4' },
      'Cases30 is missing for a senior-practitioner; a case count is never guessed',
    ],
    [{ OrgRole: '7' }, 'OrgRole "7" is not a CSWW role code (1 to 6)'],
    [{ OrgRole: null }, 'OrgRole is missing'],
    [{ AgencyWorker: '2' }, 'AgencyWorker "2" must be 0 or 1'],
    [{ AgencyWorker: null }, 'AgencyWorker is missing'],
    [{ SWENo: null }, 'SWENo is missing'],
    [
      { SWENo: 'S12345' },
      'SWENo "S12345" is not a Social Work England number (2 letters and up to 10 digits)',
    ],
    [
      { SWENo: 'SW12345678901' },
      'SWENo "SW12345678901" is not a Social Work England number (2 letters and up to 10 digits)',
    ],
  ])('rejects %o: %s', (overrides, reason) => {
    expect(reasonsFor(overrides)).toEqual([reason]);
  });

  it('lists every reason a record is rejected', () => {
    expect(reasonsFor({ FTE: '2', Cases30: '-3', AgencyWorker: 'Y' })).toHaveLength(3);
  });

  it('reads Cases30 "4.0" as 4 cases', () => {
    const reading = readCensusWorker(record({ Cases30: '4.0' }));
    expect(reading.ok && reading.worker.casesHeld).toBe(4);
  });

  it.each(['1', '2', '3', '6'])(
    'keeps a worker with OrgRole %s and no Cases30 as 0 cases, with a warning',
    (orgRole) => {
      const reading = readCensusWorker(record({ OrgRole: orgRole, Cases30: null }));
      expect(reading.ok && reading.worker.casesHeld).toBe(0);
      expect(reading.ok && reading.warnings[0]).toMatch(/^Cases30 is missing; shown as 0 cases/);
    },
  );

  it('upper-cases and trims SWENo', () => {
    const reading = readCensusWorker(record({ SWENo: 'sw00123' }));
    expect(reading.ok && reading.worker.sweNo).toBe('SW00123');
  });

  it('rejects a record that repeats one of the fields it reads', () => {
    const reading = readCensusWorker(record({}, ['Cases30']));
    expect(reading.ok).toBe(false);
    expect(!reading.ok && reading.reasons).toEqual([
      'Cases30 appears more than once in this record',
    ]);
  });

  it('names a valid SWENo on a rejected record, and none for an invalid one', () => {
    const bad = readCensusWorker(record({ FTE: '3' }));
    expect(!bad.ok && bad.sweNo).toBe('SW123');
    const unreadable = readCensusWorker(record({ SWENo: '123' }));
    expect(!unreadable.ok && unreadable.sweNo).toBeNull();
  });
});
