/**
 * Turns a chosen file's bytes into text. File.text() always decodes as UTF-8
 * and silently replaces what it cannot read, so a CSV that Excel saved as
 * "CSV (Comma delimited)" (Windows-1252) became "Zo� Bront�" with no warning.
 * Here UTF-8 is read strictly, and a file that is not UTF-8 is read as
 * Windows-1252, the encoding Excel uses for that format in the UK, with a
 * note for the report so the person can check the names and save it as UTF-8.
 */
import type { ImportProblem, ImportResult } from './import-result';

export interface DecodedText {
  text: string;
  /** The WHATWG name of the encoding the text was read with, e.g. 'utf-8' or 'windows-1252'. */
  encoding: string;
  /** True when the file was not valid UTF-8 and declared nothing, so Windows-1252 was assumed. */
  assumedWindows: boolean;
}

export type DecodedXml = { ok: true; decoded: DecodedText } | { ok: false; reason: string };

/** Decodes a text file such as a CSV: UTF-16 when it starts with a UTF-16 byte order mark, else strict UTF-8, else Windows-1252. */
export function decodeTextBytes(bytes: Uint8Array): DecodedText {
  return decodeByBomOrUtf8(bytes) ?? fallBackToWindows(bytes);
}

/**
 * Decodes an XML file as the XML rules say: a byte order mark first, then the
 * encoding named in the XML declaration, else UTF-8. A file that declares
 * nothing and is not UTF-8 breaks those rules; it is read as Windows-1252 with
 * a note rather than refused, because the census fields Loadline reads are
 * codes and numbers that read the same either way.
 */
export function decodeXmlBytes(bytes: Uint8Array): DecodedXml {
  // A byte order mark outranks the declaration, as the XML rules say.
  const hasBom = bomEncoding(bytes) !== null || hasUtf8Bom(bytes);
  const declared = hasBom ? null : declaredXmlEncoding(bytes);
  if (declared !== null) {
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(declared);
    } catch {
      return {
        ok: false,
        reason: `The file says its text is in the '${declared}' encoding, which this browser cannot read, so nothing was imported. Save the file as UTF-8 and try again.`,
      };
    }
    // A declaration that could be read one byte per letter is not really UTF-16,
    // whatever it says; browsers read such a file as UTF-8 too.
    const isUtf16 = decoder.encoding.startsWith('utf-16');
    if (decoder.encoding !== 'utf-8' && !isUtf16) {
      return { ok: true, decoded: decodeWith(bytes, decoder.encoding) };
    }
  }
  return { ok: true, decoded: decodeTextBytes(bytes) };
}

/** A warning for the report when the file was read as Windows text, naming the file and what to do next time. */
export function encodingNotes(
  fileName: string,
  decoded: DecodedText,
  kind: 'csv' | 'xml',
): ImportProblem[] {
  if (!decoded.assumedWindows) return [];
  const reason =
    kind === 'csv'
      ? `${fileName} was not saved as UTF-8, so it was read as Windows (Excel) text. Check that names with accents, such as Zoë, look right. Next time, save it from Excel as "CSV UTF-8 (Comma delimited)".`
      : `${fileName} is not UTF-8 text and does not say which encoding it uses, so it was read as Windows text. The census fields Loadline reads are codes and numbers, so they are not affected; if the file was edited by hand, save it as UTF-8 next time.`;
  return [{ line: null, subject: fileName, reason, rejected: false }];
}

/** Puts notes about how the files were read at the top of an import's problems. */
export function withFileNotes(result: ImportResult, notes: readonly ImportProblem[]): ImportResult {
  return notes.length === 0 ? result : { ...result, problems: [...notes, ...result.problems] };
}

function decodeByBomOrUtf8(bytes: Uint8Array): DecodedText | null {
  const byBom = bomEncoding(bytes);
  if (byBom !== null) return decodeWith(bytes, byBom);
  try {
    // fatal: a byte sequence that is not UTF-8 throws instead of becoming U+FFFD.
    // The decoder drops a UTF-8 byte order mark (Excel's "CSV UTF-8" writes one).
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: 'utf-8', assumedWindows: false };
  } catch {
    return null;
  }
}

function fallBackToWindows(bytes: Uint8Array): DecodedText {
  // A UTF-8 byte order mark on a file that is not UTF-8 after all would read as "ï»¿".
  const start = hasUtf8Bom(bytes) ? 3 : 0;
  return { ...decodeWith(bytes.subarray(start), 'windows-1252'), assumedWindows: true };
}

/** Decodes with a known encoding; a UTF-16 decoder drops its byte order mark. */
function decodeWith(bytes: Uint8Array, encoding: string): DecodedText {
  const text =
    encoding === 'windows-1252'
      ? decodeWindows1252(bytes)
      : new TextDecoder(encoding).decode(bytes);
  return { text, encoding, assumedWindows: false };
}

/**
 * Windows-1252 differs from Latin-1 only in bytes 0x80 to 0x9F (€, curly quotes,
 * dashes, Š, Ž, Ÿ...). Node 20's TextDecoder reads them as Latin-1 control
 * characters, so the table is written out here, as the WHATWG Encoding
 * standard gives it (the five unused bytes keep their own code point), and
 * the result is the same in every browser and in tests.
 */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  const chars: string[] = [];
  for (const byte of bytes) {
    chars.push(
      byte >= 0x80 && byte <= 0x9f
        ? (WINDOWS_1252_HIGH[byte - 0x80] ?? '')
        : String.fromCharCode(byte),
    );
  }
  return chars.join('');
}

/** UTF-16 by its byte order mark; a UTF-8 one is left to the strict UTF-8 decoder. */
function bomEncoding(bytes: Uint8Array): string | null {
  const [first, second] = bytes;
  if (first === 0xff && second === 0xfe) return 'utf-16le';
  if (first === 0xfe && second === 0xff) return 'utf-16be';
  return null;
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

const XML_DECLARATION = /^<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;

/** The encoding named in the XML declaration, read as ASCII from the file's first bytes. */
function declaredXmlEncoding(bytes: Uint8Array): string | null {
  const start = String.fromCharCode(...bytes.subarray(0, 200));
  return XML_DECLARATION.exec(start)?.[1] ?? null;
}
