/**
 * Test helper: writes CSWW census XML from a short description, so the tests
 * carry their fixtures in code and no census file (real or made up) is
 * committed. Shaped like the DfE return: Message > Header, an LA-level block,
 * then one CSWWWorker per worker.
 */

/** A worker's elements by name; null or undefined leaves the element out. */
export type CensusWorkerSpec = Readonly<Record<string, string | null | undefined>>;

export interface CensusFileSpec {
  collection?: string | null;
  year?: string | null;
  referenceDate?: string | null;
  lea?: string | null;
  /** Elements of the LA-level block (vacancies, agency totals). */
  laLevel?: Readonly<Record<string, string>>;
  workers: readonly CensusWorkerSpec[];
  /** A default namespace on <Message>, as some exports declare. */
  namespace?: string;
}

/** A valid case holder with the given SWENo: 15 cases at 1 FTE, employed by the council. */
export function censusWorker(sweNo: string, overrides: CensusWorkerSpec = {}): CensusWorkerSpec {
  return {
    AgencyWorker: '0',
    SWENo: sweNo,
    FTE: '1.000000',
    OrgRole: '5',
    Cases30: '15',
    ...overrides,
  };
}

/** Writes a CSWW census XML file; header fields default to a valid 2025 return from LEA 123. */
export function buildCswwXml(spec: CensusFileSpec): string {
  const header = element(
    'Header',
    element(
      'CollectionDetails',
      field('Collection', spec.collection === undefined ? 'CSWW' : spec.collection) +
        field('Year', spec.year === undefined ? '2025' : spec.year) +
        field(
          'ReferenceDate',
          spec.referenceDate === undefined ? '2025-09-30' : spec.referenceDate,
        ),
    ) +
      element(
        'Source',
        field('SourceLevel', 'L') +
          field('LEA', spec.lea === undefined ? '123' : spec.lea) +
          field('SoftwareCode', 'Local Authority') +
          field('DateTime', '2025-10-14T09:30:00'),
      ),
  );
  const laLevel = element('LALevelVacancies', fields(spec.laLevel ?? { NumberOfVacancies: '4.5' }));
  const workers = spec.workers.map((worker) => element('CSWWWorker', fields(worker))).join('\n');
  const open = spec.namespace === undefined ? '<Message>' : `<Message xmlns="${spec.namespace}">`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${open}\n${header}\n${laLevel}\n${workers}\n</Message>\n`;
}

function fields(values: CensusWorkerSpec): string {
  return Object.entries(values)
    .map(([name, value]) => field(name, value))
    .join('');
}

function field(name: string, value: string | null | undefined): string {
  return value === null || value === undefined ? '' : element(name, escapeXml(value));
}

function element(name: string, content: string): string {
  return `<${name}>${content}</${name}>`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
