/**
 * The text on each page of a PDF that Chromium printed (`page.pdf`), so a test
 * can say what a printed page shows. Reads only what Chromium's PDF writer
 * (Skia) writes: objects with direct stream lengths, Flate-compressed content,
 * and Type0 fonts whose ToUnicode maps turn each two-byte glyph id into text.
 * Each text object (BT … ET) becomes one line.
 */
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dictionary: string;
  stream: Buffer | null;
}

/** Every `N 0 obj … endobj` in the file, by object number. */
function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\s*/g;
  for (let match = header.exec(text); match; match = header.exec(text)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endobj', start);
    const body = text.slice(start, end);
    const streamAt = body.search(/stream\r?\n/);
    const dictionary = streamAt === -1 ? body : body.slice(0, streamAt);
    let stream: Buffer | null = null;
    if (streamAt !== -1) {
      const length = Number(/\/Length (\d+)/.exec(dictionary)?.[1]);
      const dataStart = start + streamAt + (/stream\r?\n/.exec(body)?.[0].length ?? 0);
      const data = pdf.subarray(dataStart, dataStart + length);
      stream = dictionary.includes('/FlateDecode') ? inflateSync(data) : data;
    }
    objects.set(Number(match[1]), { dictionary, stream });
    header.lastIndex = end;
  }
  return objects;
}

/** Two-byte glyph id (as 4 hex digits) to text, from a ToUnicode CMap's bfchar and bfrange. */
function readToUnicode(cmap: string): Map<string, string> {
  const glyphs = new Map<string, string>();
  const hexText = (hex: string) =>
    String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16)));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, glyph, unicode] of (block[1] ?? '').matchAll(/<(\w+)>\s*<(\w+)>/g)) {
      glyphs.set(glyph!.toUpperCase(), hexText(unicode!));
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, from, to, first] of (block[1] ?? '').matchAll(/<(\w+)>\s*<(\w+)>\s*<(\w+)>/g)) {
      const low = parseInt(from!, 16);
      const firstCode = parseInt(first!, 16);
      for (let glyph = low; glyph <= parseInt(to!, 16); glyph += 1) {
        const id = glyph.toString(16).toUpperCase().padStart(4, '0');
        glyphs.set(id, String.fromCodePoint(firstCode + glyph - low));
      }
    }
  }
  return glyphs;
}

const reference = (text: string, key: string) => {
  const found = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(text);
  return found ? Number(found[1]) : null;
};

/** The text of each page, first page first: one line per text object. */
export function pdfPageTexts(pdf: Buffer): string[] {
  const objects = readObjects(pdf);
  const pagesObject = [...objects.values()].find((object) =>
    /\/Type\s*\/Pages\b/.test(object.dictionary),
  );
  const kids = /\/Kids\s*\[([^\]]*)\]/.exec(pagesObject?.dictionary ?? '')?.[1] ?? '';
  const pageNumbers = [...kids.matchAll(/(\d+) 0 R/g)].map((match) => Number(match[1]));
  return pageNumbers.map((pageNumber) => {
    const page = objects.get(pageNumber)?.dictionary ?? '';
    const resourcesRef = reference(page, 'Resources');
    const resources =
      resourcesRef === null ? page : (objects.get(resourcesRef)?.dictionary ?? page);
    const fontList = /\/Font\s*<<([\s\S]*?)>>/.exec(resources)?.[1] ?? '';
    const fonts = new Map<string, Map<string, string>>();
    for (const [, name, fontNumber] of fontList.matchAll(/\/(\w+)\s+(\d+) 0 R/g)) {
      const toUnicode = reference(objects.get(Number(fontNumber))?.dictionary ?? '', 'ToUnicode');
      const cmap = toUnicode === null ? null : objects.get(toUnicode)?.stream;
      fonts.set(name!, cmap ? readToUnicode(cmap.toString('latin1')) : new Map<string, string>());
    }
    const contentsList = /\/Contents\s*\[([^\]]*)\]/.exec(page)?.[1];
    const contentNumbers = contentsList
      ? [...contentsList.matchAll(/(\d+) 0 R/g)].map((match) => Number(match[1]))
      : [reference(page, 'Contents')].filter((found): found is number => found !== null);
    const content = contentNumbers
      .map((number) => objects.get(number)?.stream?.toString('latin1') ?? '')
      .join('\n');
    const lines: string[] = [];
    for (const [, textObject] of content.matchAll(/\bBT\b([\s\S]*?)\bET\b/g)) {
      let glyphs = new Map<string, string>();
      let line = '';
      for (const [, fontName, hex] of (textObject ?? '').matchAll(
        /\/(\w+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]+)>/g,
      )) {
        if (fontName) glyphs = fonts.get(fontName) ?? new Map<string, string>();
        else for (const id of hex!.match(/.{4}/g) ?? []) line += glyphs.get(id.toUpperCase()) ?? '';
      }
      lines.push(line);
    }
    return lines.join('\n');
  });
}
