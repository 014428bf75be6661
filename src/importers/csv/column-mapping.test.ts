import { suggestCaseColumnMapping } from './case-columns';
import { readCsvHeaders } from './parse-csv';
import { suggestUnitColumnMapping } from './unit-figure-columns';
import { findUnmappedFields, suggestColumnMapping, type WorkerField } from './worker-columns';

describe('suggestColumnMapping', () => {
  it.each<[string, WorkerField]>([
    ['Staff ID', 'workerId'],
    ['Worker ID', 'workerId'],
    ['worker_id', 'workerId'],
    ['SWE number', 'workerId'],
    ['Name', 'displayName'],
    ['Worker name', 'displayName'],
    ['DISPLAY NAME', 'displayName'],
    ['Role', 'role'],
    ['ASYE', 'asye'],
    ['Agency worker', 'agency'],
    ['Contracted FTE', 'fte'],
    ['FTE', 'fte'],
    ['Caseload', 'casesHeld'],
    ['Cases', 'casesHeld'],
    ['No. of cases', 'casesHeld'],
    ['cases_held', 'casesHeld'],
  ])('maps the header %j to %s', (header, field) => {
    expect(suggestColumnMapping([header]).columns[field]).toBe(header);
  });

  it('keeps the header as written (trimmed), so the importer can find it', () => {
    expect(suggestColumnMapping(['  Staff ID ']).columns.workerId).toBe('Staff ID');
  });

  it('prefers a staff id to a Social Work England number for the worker id', () => {
    const mapping = suggestColumnMapping(['SWE number', 'Staff ID']);
    expect(mapping.columns.workerId).toBe('Staff ID');
    expect(mapping.unused).toEqual(['SWE number']);
  });

  it.each([
    [['Team'], ['Team']],
    [
      ['Service area', 'Team'],
      ['Service area', 'Team'],
    ],
    [
      ['Team', 'Service area'],
      ['Service area', 'Team'],
    ],
    [
      ['Directorate', 'Team', 'Service Area'],
      ['Directorate', 'Service Area', 'Team'],
    ],
    [
      ['unit_3', 'unit_1', 'unit_2'],
      ['unit_1', 'unit_2', 'unit_3'],
    ],
    [
      ['Unit 2', 'Unit 10', 'Unit 1'],
      ['Unit 1', 'Unit 2', 'Unit 10'],
    ],
    [
      ['level_1', 'level_2', 'Team'],
      ['level_1', 'level_2'],
    ],
  ])('suggests the unit path of %j as %j', (headers, path) => {
    expect(suggestColumnMapping(headers).unitPath).toEqual(path);
  });

  it('reports the required fields it could not map, and the unused headers', () => {
    const mapping = suggestColumnMapping(['Staff ID', 'Name', 'Date of birth']);
    expect(mapping.unmapped).toEqual(['role', 'fte', 'casesHeld', 'unitPath']);
    expect(mapping.unused).toEqual(['Date of birth']);
  });

  it('does not count ASYE and agency as required', () => {
    const mapping = suggestColumnMapping(['id', 'name', 'role', 'fte', 'cases', 'team']);
    expect(mapping.unmapped).toEqual([]);
    expect(mapping.columns.asye).toBeNull();
    expect(mapping.columns.agency).toBeNull();
  });

  it('finds unmapped fields again after a person edits the mapping', () => {
    const mapping = suggestColumnMapping(['id', 'name', 'role', 'fte', 'cases', 'team']);
    expect(findUnmappedFields({ ...mapping, columns: { ...mapping.columns, fte: null } })).toEqual([
      'fte',
    ]);
    expect(findUnmappedFields({ ...mapping, unitPath: [] })).toEqual(['unitPath']);
  });
});

describe('suggestCaseColumnMapping', () => {
  it('maps a typical cases file', () => {
    const mapping = suggestCaseColumnMapping([
      'Worker ID',
      'Case ref',
      'Case type',
      'In court proceedings',
      'Sibling group',
      'Allocation date',
    ]);
    expect(mapping.columns).toEqual({
      workerId: 'Worker ID',
      caseId: 'Case ref',
      caseType: 'Case type',
      inCourtProceedings: 'In court proceedings',
      siblingGroupId: 'Sibling group',
      allocatedOn: 'Allocation date',
    });
    expect(mapping.unmapped).toEqual([]);
  });

  it('reads a bare "ID" as the case id, not the worker id', () => {
    const mapping = suggestCaseColumnMapping(['Staff ID', 'ID']);
    expect(mapping.columns.workerId).toBe('Staff ID');
    expect(mapping.columns.caseId).toBe('ID');
  });
});

describe('suggestUnitColumnMapping', () => {
  it('maps the unit path and both figures', () => {
    const mapping = suggestUnitColumnMapping(['Service area', 'Team', 'Unallocated', 'Vacant FTE']);
    expect(mapping.unitPath).toEqual(['Service area', 'Team']);
    expect(mapping.columns).toEqual({ unallocatedCases: 'Unallocated', vacantFte: 'Vacant FTE' });
    expect(mapping.unmapped).toEqual([]);
  });

  it('reports a file with neither figure', () => {
    expect(suggestUnitColumnMapping(['Team', 'Notes']).unmapped).toEqual([
      'unallocatedCases',
      'vacantFte',
    ]);
  });
});

describe('readCsvHeaders', () => {
  it('strips a byte-order mark and trims headers', () => {
    expect(readCsvHeaders('\uFEFFStaff ID , Name\nW1,Amira\n')).toEqual({
      headers: ['Staff ID', 'Name'],
      problems: [],
    });
  });

  it('finds the header below leading blank lines', () => {
    expect(readCsvHeaders('\n\nTeam,FTE\n').headers).toEqual(['Team', 'FTE']);
  });

  it('reads quoted headers with commas in them', () => {
    expect(readCsvHeaders('"Cases, open",Team\n').headers).toEqual(['Cases, open', 'Team']);
  });

  it('warns about a header named twice', () => {
    const { problems } = readCsvHeaders('Team,FTE,Team\n');
    expect(problems).toEqual([
      expect.objectContaining({ line: 1, subject: 'Team', rejected: false }),
    ]);
  });

  it('reads the headers of a semicolon-separated file and says which separator it used', () => {
    expect(readCsvHeaders('Staff ID;Name;FTE\nW1;Zoë;1\n')).toEqual({
      headers: ['Staff ID', 'Name', 'FTE'],
      problems: [
        {
          line: null,
          subject: null,
          reason:
            'the columns in this file are separated by semicolons (;), not commas, so it was read that way',
          rejected: false,
        },
      ],
    });
  });

  it.each(['', '\n\n', '\uFEFF'])('says when the file %j has no rows', (text) => {
    expect(readCsvHeaders(text)).toEqual({
      headers: [],
      problems: [{ line: null, subject: null, reason: 'the file has no rows', rejected: true }],
    });
  });
});
