/**
 * Imports the census and its optional team mapping from the files' bytes:
 * each is decoded as its encoding calls for (read-file-text.ts), and the
 * report says when a file had to be read as Windows text.
 */
import type { ImportResult } from '../import-result';
import { decodeTextBytes, decodeXmlBytes, encodingNotes, withFileNotes } from '../read-file-text';
import { importCswwXml, type CswwImportOptions } from './import-csww';

export interface ChosenBytes {
  name: string;
  bytes: Uint8Array;
}

/** Decodes and imports a CSWW census file, with its team mapping CSV when one was chosen. */
export function importCswwFile(
  census: ChosenBytes,
  teamMapping: ChosenBytes | null,
  options: Pick<CswwImportOptions, 'organisationName'>,
): ImportResult {
  const xml = decodeXmlBytes(census.bytes);
  if (!xml.ok) {
    return {
      snapshot: null,
      problems: [{ line: null, subject: null, reason: xml.reason, rejected: true }],
      rowsRead: 0,
      rowsAccepted: 0,
      sourceName: census.name,
    };
  }
  const mapping = teamMapping === null ? null : decodeTextBytes(teamMapping.bytes);
  const result = importCswwXml(xml.decoded.text, {
    ...options,
    sourceName: census.name,
    ...(mapping === null ? {} : { teamMappingCsv: mapping.text }),
  });
  return withFileNotes(result, [
    ...encodingNotes(census.name, xml.decoded, 'xml'),
    ...(teamMapping === null || mapping === null
      ? []
      : encodingNotes(teamMapping.name, mapping, 'csv')),
  ]);
}
