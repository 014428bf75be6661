import { buildCswwXml, censusWorker } from './csww-xml-builder';
import { importCswwFile } from './import-csww-bytes';

/** One byte a character, as a Windows-1252 file holds é (0xE9) and ë (0xEB); only for Latin-1 text. */
function windowsBytes(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => char.charCodeAt(0));
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** A census whose LA-level block (never read) holds a name with an accent. */
function censusXml(declaration: string): string {
  return buildCswwXml({
    laLevel: { Note: 'Zoë Brontë' },
    workers: [censusWorker('SW1001'), censusWorker('SW1002')],
  }).replace('<?xml version="1.0" encoding="UTF-8"?>', declaration);
}

describe('importCswwFile', () => {
  it('reads a UTF-8 census with nothing to say about its encoding', () => {
    const result = importCswwFile(
      { name: 'csww.xml', bytes: utf8(censusXml('<?xml version="1.0" encoding="UTF-8"?>')) },
      null,
      {},
    );
    expect(result.problems).toEqual([]);
    expect(result.rowsAccepted).toBe(2);
  });

  it('reads a census that declares Windows-1252 with no note, as it says what it is', () => {
    const xml = censusXml('<?xml version="1.0" encoding="windows-1252"?>');
    const result = importCswwFile({ name: 'csww.xml', bytes: windowsBytes(xml) }, null, {});
    expect(result.problems).toEqual([]);
    expect(result.rowsAccepted).toBe(2);
  });

  it('reads a census that is not UTF-8 and declares nothing, and says it was read as Windows text', () => {
    const xml = censusXml('');
    const result = importCswwFile({ name: 'csww.xml', bytes: windowsBytes(xml) }, null, {});
    expect(result.rowsAccepted).toBe(2);
    expect(result.problems).toEqual([
      {
        line: null,
        subject: 'csww.xml',
        reason:
          'csww.xml is not UTF-8 text and does not say which encoding it uses, so it was read as Windows text. The census fields Loadline reads are codes and numbers, so they are not affected; if the file was edited by hand, save it as UTF-8 next time.',
        rejected: false,
      },
    ]);
  });

  it('stops, saying what to do, when the declared encoding cannot be read', () => {
    const xml = censusXml('<?xml version="1.0" encoding="x-unknown"?>');
    const result = importCswwFile({ name: 'csww.xml', bytes: utf8(xml) }, null, {});
    expect(result.snapshot).toBeNull();
    expect(result.problems.map((problem) => problem.reason)).toEqual([
      "The file says its text is in the 'x-unknown' encoding, which this browser cannot read, so nothing was imported. Save the file as UTF-8 and try again.",
    ]);
  });

  it('reads a team mapping saved by Excel as Windows text, keeping the accents, and says so', () => {
    const mapping = 'SWENo,team\r\nSW1001,Équipe Nord\r\nSW1002,Équipe Nord\r\n';
    const result = importCswwFile(
      { name: 'csww.xml', bytes: utf8(censusXml('')) },
      { name: 'teams.csv', bytes: windowsBytes(mapping) },
      { organisationName: 'Exampleshire' },
    );
    expect(result.snapshot?.units.map((unit) => unit.name)).toEqual([
      'Exampleshire',
      'Équipe Nord',
    ]);
    expect(result.problems).toEqual([
      expect.objectContaining({ subject: 'teams.csv', rejected: false }),
    ]);
    expect(result.problems[0]?.reason).toMatch(/^teams\.csv was not saved as UTF-8/);
  });
});
