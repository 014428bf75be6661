/**
 * Reads the CSWW census XML into plain strings: the header fields and, for
 * each CSWWWorker, the five fields a caseload dashboard needs. Nothing else in
 * the file is read. The census also carries birth dates, sex, ethnicity and
 * pay; those elements are never visited, serialised or copied, so they cannot
 * leak into the snapshot, the problems list or an intermediate object.
 *
 * Parsing uses the platform's DOMParser (native in browsers, provided by jsdom
 * in tests): a well-maintained XML parser that is already there, so the
 * importer adds no dependency.
 */

/** The only worker elements the importer reads. */
export const censusWorkerFields = [
  'SWENo',
  'AgencyWorker',
  'OrgRole',
  'FTE',
  'FTE30',
  'Cases30',
] as const;

export type CensusWorkerField = (typeof censusWorkerFields)[number];

export interface CensusHeaderText {
  collection: string | null;
  year: string | null;
  referenceDate: string | null;
  lea: string | null;
}

export interface CensusWorkerText {
  /** 1-based position of the CSWWWorker element in the file. */
  record: number;
  /** Each allowed field's trimmed text, or null when absent or empty. */
  fields: Record<CensusWorkerField, string | null>;
  /** Allowed fields that appear more than once in this worker: ambiguous, so the record is rejected. */
  repeated: CensusWorkerField[];
}

export type CensusXmlReading =
  | { ok: true; header: CensusHeaderText; workers: CensusWorkerText[] }
  | { ok: false; reason: string };

/** Parses the census XML and reads the header and the allowed worker fields, as text. */
export function readCensusXml(xmlText: string): CensusXmlReading {
  const doc = new DOMParser().parseFromString(xmlText, 'application/xml');
  // A failed parse still returns a document, holding a <parsererror> element
  // (as the root in jsdom and Firefox, nested in Chrome and Safari).
  const parserError = doc.getElementsByTagNameNS('*', 'parsererror')[0];
  if (parserError) return { ok: false, reason: describeParseError(parserError.textContent) };

  const root = doc.documentElement;
  if (root.localName !== 'Message') {
    return {
      ok: false,
      reason: `The file's top element is <${root.localName}>, not <Message>: this is not a CSWW census file.`,
    };
  }
  const header = childElement(root, 'Header');
  const collectionDetails = header ? childElement(header, 'CollectionDetails') : null;
  const source = header ? childElement(header, 'Source') : null;
  return {
    ok: true,
    header: {
      collection: childText(collectionDetails, 'Collection'),
      year: childText(collectionDetails, 'Year'),
      referenceDate: childText(collectionDetails, 'ReferenceDate'),
      lea: childText(source, 'LEA'),
    },
    workers: Array.from(doc.getElementsByTagNameNS('*', 'CSWWWorker'), readWorker),
  };
}

function readWorker(worker: Element, index: number): CensusWorkerText {
  const fields = {} as Record<CensusWorkerField, string | null>;
  const repeated: CensusWorkerField[] = [];
  for (const name of censusWorkerFields) {
    const matches = childElements(worker, name);
    if (matches.length > 1) repeated.push(name);
    fields[name] = textOf(matches[0]);
  }
  return { record: index + 1, fields, repeated };
}

/**
 * Reports only where the parse failed. Firefox's parser error copies the
 * offending line of the file, which may hold a birth date or a salary, so the
 * browser's message is never shown as it is.
 */
function describeParseError(message: string | null): string {
  const text = message ?? '';
  const saxes = /^\s*(\d+):(\d+):/.exec(text);
  const line = saxes?.[1] ?? /line (?:number )?(\d+)/i.exec(text)?.[1];
  const column = saxes?.[2] ?? /column (\d+)/i.exec(text)?.[1];
  const where =
    line === undefined
      ? ''
      : ` (near line ${line}${column === undefined ? '' : `, column ${column}`})`;
  return `The file is not well-formed XML${where}, so nothing was imported. Check that it is the CSWW census file, complete and unedited.`;
}

/** Direct children with the given local name; namespace-agnostic, as some exports declare one. */
function childElements(parent: Element, localName: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS('*', localName)).filter(
    (element) => element.parentElement === parent,
  );
}

function childElement(parent: Element, localName: string): Element | null {
  return childElements(parent, localName)[0] ?? null;
}

function childText(parent: Element | null, localName: string): string | null {
  return parent ? textOf(childElement(parent, localName) ?? undefined) : null;
}

function textOf(element: Element | undefined): string | null {
  const text = element?.textContent.trim() ?? '';
  return text === '' ? null : text;
}
