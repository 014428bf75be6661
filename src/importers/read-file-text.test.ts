import { decodeTextBytes, decodeXmlBytes, encodingNotes } from './read-file-text';

const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0));
/** "Zoë Brontë" as Excel's "CSV (Comma delimited)" writes it: ë is the one byte 0xEB in Windows-1252. */
const zoeWindows = new Uint8Array([...ascii('Zo'), 0xeb, ...ascii(' Bront'), 0xeb]);
/** The same name in UTF-8: ë is the two bytes 0xC3 0xAB. */
const zoeUtf8 = new Uint8Array([...ascii('Zo'), 0xc3, 0xab, ...ascii(' Bront'), 0xc3, 0xab]);

describe('decodeTextBytes', () => {
  it('reads UTF-8 as UTF-8', () => {
    expect(decodeTextBytes(zoeUtf8)).toEqual({
      text: 'Zoë Brontë',
      encoding: 'utf-8',
      assumedWindows: false,
    });
  });

  it("drops the byte order mark of Excel's CSV UTF-8", () => {
    const decoded = decodeTextBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...zoeUtf8]));
    expect(decoded.text).toBe('Zoë Brontë');
    expect(decoded.assumedWindows).toBe(false);
  });

  it('reads a file that is not UTF-8 as Windows-1252 and says so', () => {
    expect(decodeTextBytes(zoeWindows)).toEqual({
      text: 'Zoë Brontë',
      encoding: 'windows-1252',
      assumedWindows: true,
    });
  });

  it('reads the euro sign and curly quotes at their Windows-1252 places, not as Latin-1 controls', () => {
    // 0x80 is € and 0x92 is ’ in Windows-1252; in ISO-8859-1 they are control characters.
    expect(decodeTextBytes(new Uint8Array([0x80, 0x20, 0x92])).text).toBe('€ ’');
  });

  it('does not keep a UTF-8 byte order mark on a file that turns out not to be UTF-8', () => {
    expect(decodeTextBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...zoeWindows])).text).toBe(
      'Zoë Brontë',
    );
  });

  it('reads UTF-16 when the file starts with its byte order mark', () => {
    // "Zoë" in UTF-16 little-endian: Z 0x5A 0x00, o 0x6F 0x00, ë 0xEB 0x00.
    const bytes = new Uint8Array([0xff, 0xfe, 0x5a, 0x00, 0x6f, 0x00, 0xeb, 0x00]);
    expect(decodeTextBytes(bytes)).toEqual({
      text: 'Zoë',
      encoding: 'utf-16le',
      assumedWindows: false,
    });
  });

  it('reads plain ASCII as UTF-8 with no note', () => {
    expect(decodeTextBytes(new Uint8Array(ascii('a,b\n1,2'))).assumedWindows).toBe(false);
  });
});

describe('decodeXmlBytes', () => {
  const declaration = (encoding: string) => ascii(`<?xml version="1.0" encoding="${encoding}"?>`);

  it('reads the encoding the XML declaration names', () => {
    const bytes = new Uint8Array([...declaration('windows-1252'), ...ascii('<a>'), ...zoeWindows]);
    expect(decodeXmlBytes(bytes)).toEqual({
      ok: true,
      decoded: {
        text: '<?xml version="1.0" encoding="windows-1252"?><a>Zoë Brontë',
        encoding: 'windows-1252',
        assumedWindows: false,
      },
    });
  });

  it('reads ISO-8859-1 as the browser does, as Windows-1252', () => {
    const bytes = new Uint8Array([...declaration('ISO-8859-1'), ...zoeWindows]);
    const read = decodeXmlBytes(bytes);
    expect(read.ok && read.decoded.text.endsWith('Zoë Brontë')).toBe(true);
    expect(read.ok && read.decoded.assumedWindows).toBe(false);
  });

  it('reads UTF-8 without a declaration', () => {
    const read = decodeXmlBytes(new Uint8Array([...ascii('<a>'), ...zoeUtf8]));
    expect(read).toEqual({
      ok: true,
      decoded: { text: '<a>Zoë Brontë', encoding: 'utf-8', assumedWindows: false },
    });
  });

  it('falls back to Windows-1252, with a note, when a file declared as UTF-8 is not', () => {
    const read = decodeXmlBytes(new Uint8Array([...declaration('UTF-8'), ...zoeWindows]));
    expect(read.ok && read.decoded.text.endsWith('Zoë Brontë')).toBe(true);
    expect(read.ok && read.decoded.assumedWindows).toBe(true);
  });

  it('reads a file declared UTF-16 whose declaration is one byte a letter as UTF-8', () => {
    const read = decodeXmlBytes(new Uint8Array([...declaration('UTF-16'), ...zoeUtf8]));
    expect(read.ok && read.decoded.encoding).toBe('utf-8');
    expect(read.ok && read.decoded.text.endsWith('Zoë Brontë')).toBe(true);
  });

  it('refuses an encoding the browser does not know, saying what to do', () => {
    const read = decodeXmlBytes(new Uint8Array([...declaration('x-made-up'), ...ascii('<a/>')]));
    expect(read).toEqual({
      ok: false,
      reason:
        "The file says its text is in the 'x-made-up' encoding, which this browser cannot read, so nothing was imported. Save the file as UTF-8 and try again.",
    });
  });
});

describe('encodingNotes', () => {
  it('says nothing about a UTF-8 file', () => {
    expect(encodingNotes('staff.csv', decodeTextBytes(zoeUtf8), 'csv')).toEqual([]);
  });

  it('tells the person a CSV was read as Windows (Excel) text and how to save it next time', () => {
    expect(encodingNotes('staff.csv', decodeTextBytes(zoeWindows), 'csv')).toEqual([
      {
        line: null,
        subject: 'staff.csv',
        reason:
          'staff.csv was not saved as UTF-8, so it was read as Windows (Excel) text. Check that names with accents, such as Zoë, look right. Next time, save it from Excel as "CSV UTF-8 (Comma delimited)".',
        rejected: false,
      },
    ]);
  });

  it('gives an XML file advice about XML, not Excel', () => {
    const [note] = encodingNotes('csww.xml', decodeTextBytes(zoeWindows), 'xml');
    expect(note?.reason).toMatch(/^csww\.xml is not UTF-8 text/);
    expect(note?.reason).not.toContain('Excel');
  });
});
