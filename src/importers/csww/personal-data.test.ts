import { buildCswwXml, censusWorker } from './csww-xml-builder';
import { importCswwXml } from './import-csww';
import { readCensusXml } from './read-census-xml';

// Values chosen to be found nowhere else, so finding one in the result can
// only mean the importer copied personal data it should never have read.
const personalData = {
  PersonBirthDate: '1968-04-17',
  GenderCurrent: 'GENDER-MARKER-7Q',
  Ethnicity: 'ETHNICITY-MARKER-WXZ',
  Salary: '48213.77',
  PayScale: 'PAYSCALE-MARKER-K3',
  QualInst: 'QUALINST-MARKER-Y5',
  RoleStartDate: '2011-02-23',
  RoleEndDate: '2025-03-11',
  Absat30Sept: 'ABSENT-MARKER-P1',
  ReasonAbsence: 'REASON-MARKER-SICK9',
  ForeName: 'Philippa',
  Surname: 'Quenby-Marchetti',
};

const laLevel = { NumberOfVacancies: '9.875', NoAgencyFTE: '3.456789', NoAgencyHeadcount: '913' };

function censusWithPersonalData(extra: Record<string, string> = {}) {
  return buildCswwXml({
    laLevel,
    workers: [
      censusWorker('SW2001', { ...personalData, ...extra }),
      censusWorker('SW2002', { ...personalData, OrgRole: '3', Cases30: null }),
      // A rejected record, so the problems list is checked as well.
      censusWorker('SW2003', { ...personalData, FTE: '4' }),
    ],
  });
}

describe('importCswwXml: personal data is never kept', () => {
  it('keeps no birth date, sex, ethnicity, pay, name or absence anywhere in the result', () => {
    const result = importCswwXml(censusWithPersonalData(), { sourceName: 'csww.xml' });
    expect(result.rowsAccepted).toBe(2);
    expect(result.problems.length).toBeGreaterThan(0);
    const everything = JSON.stringify(result);
    expect(everything).toContain('SW2001');
    for (const value of [...Object.values(personalData), ...Object.values(laLevel)]) {
      expect(everything).not.toContain(value);
    }
    for (const name of [...Object.keys(personalData), ...Object.keys(laLevel)]) {
      expect(everything).not.toContain(name);
    }
  });

  it('never reads personal data into the intermediate records either', () => {
    const reading = JSON.stringify(readCensusXml(censusWithPersonalData()));
    expect(reading).toContain('SW2001');
    for (const value of Object.values(personalData)) expect(reading).not.toContain(value);
  });

  it('gives each worker only the contract fields, and no case detail', () => {
    const result = importCswwXml(censusWithPersonalData(), { sourceName: 'csww.xml' });
    for (const worker of result.snapshot?.workers ?? []) {
      expect(Object.keys(worker).sort()).toEqual(
        ['id', 'unitId', 'displayName', 'role', 'asye', 'agency', 'fte', 'casesHeld'].sort(),
      );
    }
  });

  it('ignores other columns of the team mapping CSV, such as names', () => {
    const mapping =
      'SWENo,team,worker_name,email\nSW2001,Assessment,Philippa Quenby,pq@example.gov.uk\n';
    const result = importCswwXml(censusWithPersonalData(), {
      sourceName: 'csww.xml',
      teamMappingCsv: mapping,
    });
    expect(result.snapshot?.units.map((unit) => unit.name)).toContain('Assessment');
    const everything = JSON.stringify(result);
    expect(everything).not.toContain('Philippa');
    expect(everything).not.toContain('pq@example.gov.uk');
  });

  it('ignores elements it does not know, such as one added to the census in a later year', () => {
    const xml = censusWithPersonalData({ Notes: 'NOTES-MARKER-ZZ9' });
    const result = importCswwXml(xml, { sourceName: 'csww.xml' });
    expect(JSON.stringify(result)).not.toContain('NOTES-MARKER-ZZ9');
  });
});
