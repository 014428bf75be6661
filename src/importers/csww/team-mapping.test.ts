import { buildCswwXml, censusWorker } from './csww-xml-builder';
import { importCswwXml } from './import-csww';
import { readTeamMapping } from './team-mapping';

const census = buildCswwXml({
  workers: [
    censusWorker('SW1'),
    censusWorker('SW2'),
    censusWorker('SW3', { OrgRole: '3' }),
    censusWorker('SW4'),
    censusWorker('SW5', { OrgRole: '1' }),
  ],
});

function importWithMapping(teamMappingCsv: string) {
  return importCswwXml(census, {
    sourceName: 'csww.xml',
    organisationName: 'Exampleshire',
    teamMappingCsv,
  });
}

function unitOf(result: ReturnType<typeof importWithMapping>, sweNo: string) {
  const unitId = result.snapshot?.workers.find((worker) => worker.id === sweNo)?.unitId;
  return result.snapshot?.units.find((unit) => unit.id === unitId)?.name;
}

describe('importCswwXml with a team mapping CSV', () => {
  it('reads a mapping separated by semicolons, and says so', () => {
    const result = importWithMapping(
      'SWENo;team;service_area\nSW1;Assessment, North;North\nSW2;Assessment, North;North\nSW3;Long-term;\nSW4;Long-term;\nSW5;Long-term;\n',
    );
    expect(result.problems).toEqual([
      {
        line: null,
        subject: 'team mapping CSV',
        reason:
          'The team mapping CSV separates its columns by semicolons (;), not commas, so it was read that way.',
        rejected: false,
      },
    ]);
    expect(unitOf(result, 'SW1')).toBe('Assessment, North');
    expect(unitOf(result, 'SW5')).toBe('Long-term');
  });

  it('builds council > teams when there is no service_area column', () => {
    const result = importWithMapping(
      'SWENo,team\nSW1,Assessment\nSW2,Assessment\nSW3,Long-term\nSW4,Long-term\nSW5,Service management\n',
    );
    expect(result.problems).toEqual([]);
    expect(result.snapshot?.units).toEqual([
      { id: 'la-123', parentId: null, name: 'Exampleshire', kind: 'organisation' },
      { id: 'team-assessment', parentId: 'la-123', name: 'Assessment', kind: 'team' },
      { id: 'team-long-term', parentId: 'la-123', name: 'Long-term', kind: 'team' },
      {
        id: 'team-service-management',
        parentId: 'la-123',
        name: 'Service management',
        kind: 'team',
      },
    ]);
    expect(unitOf(result, 'SW3')).toBe('Long-term');
  });

  it('builds council > service areas > teams when service_area is given', () => {
    const result = importWithMapping(
      [
        'SWENo,team,service_area',
        'SW1,Assessment,North',
        'SW2,Assessment,South',
        'SW3,Assessment,North',
        'SW4,Children in care,South',
        'SW5,Head of service,',
      ].join('\r\n'),
    );
    expect(result.problems).toEqual([]);
    expect(result.snapshot?.units.map(({ id, parentId, kind }) => [id, parentId, kind])).toEqual([
      ['la-123', null, 'organisation'],
      ['area-north', 'la-123', 'area'],
      ['team-north-assessment', 'area-north', 'team'],
      ['area-south', 'la-123', 'area'],
      ['team-south-assessment', 'area-south', 'team'],
      ['team-south-children-in-care', 'area-south', 'team'],
      // An empty service area puts the team straight under the council.
      ['team-head-of-service', 'la-123', 'team'],
    ]);
    const workersByUnit = result.snapshot?.workers.map((worker) => [worker.id, worker.unitId]);
    expect(workersByUnit).toContainEqual(['SW3', 'team-north-assessment']);
    expect(workersByUnit).toContainEqual(['SW2', 'team-south-assessment']);
  });

  it('puts unmapped workers in "Not mapped to a team", with a warning each', () => {
    const result = importWithMapping('SWENo,team\nSW1,Assessment\nSW4,Assessment\n');
    expect(unitOf(result, 'SW2')).toBe('Not mapped to a team');
    expect(result.rowsAccepted).toBe(5);
    expect(result.problems.map(({ line, subject, rejected }) => [line, subject, rejected])).toEqual(
      [
        [2, 'SW2', false],
        [3, 'SW3', false],
        [5, 'SW5', false],
      ],
    );
    expect(result.problems[0]?.reason).toContain('has no row in the team mapping CSV');
  });

  it('warns about mapping rows for SWENos that are not in the census', () => {
    const result = importWithMapping(
      'SWENo,team\nSW1,A\nSW2,A\nSW3,A\nSW4,A\nSW5,A\nSW99,Ghost team\n',
    );
    expect(result.snapshot?.units.map((unit) => unit.name)).not.toContain('Ghost team');
    expect(result.problems).toEqual([
      {
        line: null,
        subject: 'SW99',
        reason: 'Team mapping CSV, line 7: SW99 is not in the census file; the row was not used.',
        rejected: false,
      },
    ]);
  });

  it('refuses the import when the mapping has no SWENo or team column', () => {
    const result = importWithMapping('worker,unit\nSW1,Assessment\n');
    expect(result.snapshot).toBeNull();
    expect(result.problems[0]?.reason).toContain(
      'needs a header row with the columns SWENo and team',
    );
  });

  it('refuses an empty mapping file rather than ignoring it', () => {
    expect(importWithMapping('\n\n').problems[0]?.reason).toBe('The team mapping CSV is empty.');
  });
});

describe('readTeamMapping', () => {
  it('reads headers in any case, a byte-order mark, quoted commas and blank lines', () => {
    const reading = readTeamMapping('\uFEFFswENO , Team\n\n sw1 ,"Court, and Care"\n');
    expect(reading.ok && [...reading.bySweNo]).toEqual([
      ['SW1', { team: 'Court, and Care', serviceArea: null, line: 3 }],
    ]);
  });

  it('counts lines through a quoted cell that spans two lines', () => {
    const reading = readTeamMapping('SWENo,team\nSW1,"Two\nlines"\nSW2,B\n');
    expect(reading.ok && reading.bySweNo.get('SW2')?.line).toBe(4);
  });

  it.each([
    ['SWENo,team\n,Assessment', 'line 2: SWENo is empty'],
    ['SWENo,team\nSW-1,Assessment', 'line 2: SWENo "SW-1" is not a Social Work England number'],
    ['SWENo,team\nSW1,', 'line 2: team is empty'],
    ['SWENo,team\nSW1,A\nSW1,B', 'line 3: SW1 is already mapped on line 2'],
    ['SWENo,team\nSW1,"Unclosed', 'line 2: the row could not be read'],
    [`SWENo,team\nSW1,${'t'.repeat(201)}`, 'line 2: a team or service area name is longer than'],
  ])('leaves out a row that cannot be used: %j', (csv, reason) => {
    const reading = readTeamMapping(csv);
    expect(reading.ok).toBe(true);
    expect(reading.problems).toHaveLength(1);
    expect(reading.problems[0]).toMatchObject({ line: null, rejected: true });
    expect(reading.problems[0]?.reason).toContain(`Team mapping CSV, ${reason}`);
  });
});
