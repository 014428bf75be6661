import { buildCswwXml, censusWorker, type CensusFileSpec } from './csww-xml-builder';
import { importCswwXml } from './import-csww';

const options = { sourceName: 'csww-2025.xml' };
const twoWorkers = [censusWorker('SW1001'), censusWorker('SW1002')];

function importFile(spec: Partial<CensusFileSpec>) {
  return importCswwXml(buildCswwXml({ workers: twoWorkers, ...spec }), options);
}

describe('importCswwXml: the file as a whole', () => {
  it('builds a snapshot dated ReferenceDate for the council named by LEA', () => {
    const result = importFile({});
    expect(result.problems).toEqual([]);
    expect(result.snapshot?.asAt).toBe('2025-09-30');
    expect(result.snapshot?.organisation).toEqual({
      id: 'la-123',
      name: 'Local authority 123',
      laCode: '123',
    });
    expect(result.sourceName).toBe('csww-2025.xml');
    expect(result).toMatchObject({ rowsRead: 2, rowsAccepted: 2 });
  });

  it('uses the organisation name given as an option', () => {
    const result = importCswwXml(buildCswwXml({ workers: twoWorkers }), {
      ...options,
      organisationName: '  Exampleshire County Council ',
    });
    expect(result.snapshot?.organisation.name).toBe('Exampleshire County Council');
    expect(result.snapshot?.units[0]?.name).toBe('Exampleshire County Council');
  });

  it.each([
    ['not XML at all', 'SWENo,FTE\nSW1,1'],
    ['an unclosed element', '<Message><Header></Message>'],
    ['an empty file', ''],
  ])('refuses malformed XML (%s) as a whole-file problem', (_label, text) => {
    const result = importCswwXml(text, options);
    expect(result.snapshot).toBeNull();
    expect(result.rowsRead).toBe(0);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ line: null, rejected: true });
    expect(result.problems[0]?.reason).toMatch(/^The file is not well-formed XML/);
  });

  it('says where the XML breaks without quoting the broken line', () => {
    const xml = '<Message>\n<CSWWWorker>\n<Salary>61234.56</Salary\n</CSWWWorker></Message>';
    const result = importCswwXml(xml, options);
    expect(result.problems[0]?.reason).toMatch(/near line \d+/);
    expect(JSON.stringify(result)).not.toContain('61234');
  });

  it('refuses XML whose top element is not <Message>', () => {
    const result = importCswwXml('<Census><CSWWWorker/></Census>', options);
    expect(result.snapshot).toBeNull();
    expect(result.problems[0]?.reason).toContain('not <Message>');
  });

  it.each([
    ['another collection', 'SWFC'],
    ['no collection', null],
  ])('warns about %s but still imports', (_label, collection) => {
    const result = importFile({ collection });
    expect(result.snapshot).not.toBeNull();
    expect(result.problems).toEqual([
      expect.objectContaining({ line: null, subject: 'Collection', rejected: false }),
    ]);
    expect(result.problems[0]?.reason).toContain('not CSWW');
  });

  it.each([
    ['missing', null, 'ReferenceDate is missing'],
    ['written another way', '30/09/2025', 'is not a real date written YYYY-MM-DD'],
    ['not a real date', '2025-02-30', 'is not a real date'],
  ])('refuses a ReferenceDate that is %s', (_label, referenceDate, reason) => {
    const result = importFile({ referenceDate });
    expect(result.snapshot).toBeNull();
    expect(result.rowsAccepted).toBe(0);
    expect(result.rowsRead).toBe(2);
    expect(result.problems).toEqual([
      expect.objectContaining({ line: null, subject: 'ReferenceDate', rejected: true }),
    ]);
    expect(result.problems[0]?.reason).toContain(reason);
  });

  it.each([
    ['missing', null],
    ['not three digits', '12'],
    ['not a number', 'ABC'],
  ])('refuses an LEA that is %s', (_label, lea) => {
    const result = importFile({ lea });
    expect(result.snapshot).toBeNull();
    expect(result.problems[0]).toMatchObject({ subject: 'LEA', rejected: true });
  });

  it('warns when Year does not match the ReferenceDate', () => {
    const result = importFile({ year: '2024' });
    expect(result.snapshot).not.toBeNull();
    expect(result.problems).toEqual([
      expect.objectContaining({ subject: 'Year', rejected: false }),
    ]);
  });

  it('warns when ReferenceDate is not 30 September, as FTE30 and Cases30 are', () => {
    const result = importFile({ referenceDate: '2025-10-01', year: '2025' });
    expect(result.snapshot?.asAt).toBe('2025-10-01');
    expect(result.problems[0]?.reason).toContain('not 30 September');
  });

  it('reads a file that declares a default namespace', () => {
    const result = importFile({ namespace: 'http://www.example.gov.uk/csww' });
    expect(result.problems).toEqual([]);
    expect(result.snapshot?.workers.map((worker) => worker.id)).toEqual(['SW1001', 'SW1002']);
  });

  it('refuses a file with no worker records, saying there is nothing to import', () => {
    const result = importFile({ workers: [] });
    expect(result).toMatchObject({ snapshot: null, rowsRead: 0, rowsAccepted: 0 });
    expect(result.problems).toEqual([
      {
        line: null,
        subject: null,
        reason:
          'The file has no worker records (no CSWWWorker elements), so there is nothing to import. Check that it is the whole census return, not only its header.',
        rejected: true,
      },
    ]);
  });

  it('refuses a file in which no worker record can be used, listing each', () => {
    const result = importFile({
      workers: [censusWorker('SW1', { OrgRole: '9' }), censusWorker('bad')],
    });
    expect(result.snapshot).toBeNull();
    expect(result.problems.map((problem) => problem.line)).toEqual([null, 1, 2]);
    expect(result.problems[0]?.reason).toContain('None of the 2 CSWWWorker records');
  });
});
