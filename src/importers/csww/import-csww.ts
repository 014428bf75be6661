/**
 * Imports the CSWW census XML (the statutory children's social work workforce
 * return) as a v1 snapshot: one worker per CSWWWorker record, placed in teams
 * by an optional SWENo-to-team mapping CSV. See docs/import-csww.md.
 */
import { CONTRACT_VERSION, type Snapshot, type Worker } from '../../contract/v1';
import { validateSnapshot } from '../../contract/validate-snapshot';
import type { ImportProblem, ImportResult } from '../import-result';
import { workerCheckProblems } from '../plausibility-problems';
import { buildUnits } from './build-units';
import { checkCensusHeader } from './census-header';
import { readCensusXml } from './read-census-xml';
import { readTeamMapping } from './team-mapping';
import { readWorkerRecords, type AcceptedRecord } from './read-worker-records';

export interface CswwImportOptions {
  /** The council's name for the page header; default "Local authority {LEA}". */
  organisationName?: string;
  /** The census file's name, for the report and the data source badge. */
  sourceName: string;
  /** The SWENo-to-team mapping CSV; without it the council is one unit. */
  teamMappingCsv?: string;
}

/** Builds a snapshot from CSWW census XML, reporting every record left out and why. */
export function importCswwXml(xmlText: string, options: CswwImportOptions): ImportResult {
  const reading = readCensusXml(xmlText);
  if (!reading.ok) return failed(options, 0, [wholeFile(reading.reason)]);
  const rowsRead = reading.workers.length;

  const header = checkCensusHeader(reading.header);
  if (!header.ok) return failed(options, rowsRead, header.problems);
  const mapping =
    options.teamMappingCsv === undefined ? null : readTeamMapping(options.teamMappingCsv);
  if (mapping?.ok === false) {
    return failed(options, rowsRead, [...header.warnings, ...mapping.problems]);
  }
  const fileProblems = [...header.warnings, ...(mapping?.problems ?? [])];

  const records = readWorkerRecords(reading.workers);
  if (records.accepted.length === 0) {
    const reason =
      rowsRead === 0
        ? 'The file has no worker records (no CSWWWorker elements), so there is nothing to import. Check that it is the whole census return, not only its header.'
        : `None of the ${rowsRead} CSWWWorker records could be used; the reasons are listed by record.`;
    return failed(options, rowsRead, [...fileProblems, wholeFile(reason), ...records.problems]);
  }

  const { asAt, lea } = header.header;
  const organisation = {
    id: `la-${lea}`,
    name: options.organisationName?.trim() || `Local authority ${lea}`,
    // The LEA code makes the council known, for its place among all councils.
    laCode: lea,
  };
  const placement = buildUnits(
    organisation,
    records.accepted.map(({ worker, record }) => ({ sweNo: worker.sweNo, record })),
    mapping?.bySweNo ?? null,
    records.sweNos,
  );
  const snapshot: Snapshot = {
    version: CONTRACT_VERSION,
    asAt,
    organisation,
    units: placement.units,
    workers: records.accepted.map(({ worker }) =>
      toContractWorker(worker, placement.unitIdBySweNo.get(worker.sweNo) ?? organisation.id),
    ),
  };
  const recordProblems = [...records.problems, ...placement.problems];
  return checked(snapshot, records.accepted, options, rowsRead, fileProblems, recordProblems);
}

/** The census has no names and no ASYE flag: the SWENo stands in for both id and name. */
function toContractWorker(worker: AcceptedRecord['worker'], unitId: string): Worker {
  return {
    id: worker.sweNo,
    unitId,
    displayName: worker.sweNo,
    role: worker.role,
    asye: false,
    agency: worker.agency,
    fte: worker.fte,
    casesHeld: worker.casesHeld,
  };
}

/** Runs the app's own boundary check, so the import never promises more than the app will show. */
function checked(
  snapshot: Snapshot,
  accepted: readonly AcceptedRecord[],
  options: CswwImportOptions,
  rowsRead: number,
  fileProblems: ImportProblem[],
  recordProblems: ImportProblem[],
): ImportResult {
  const validation = validateSnapshot(snapshot);
  if (!validation.ok) {
    return failed(options, rowsRead, [...fileProblems, ...validation.reasons.map(wholeFile)]);
  }
  const rejected = validation.value.rejected.map((record): ImportProblem => ({
    line: record.kind === 'worker' ? (accepted[record.index]?.record ?? null) : null,
    subject: record.id,
    reason: `${record.kind === 'unit' ? 'Unit' : 'Worker'} rejected by the data contract: ${record.reasons.join('; ')}`,
    rejected: true,
  }));
  // Cases30 and FTE30 far outside the usual are kept and counted, and listed to be checked.
  const recordOf = new Map(accepted.map(({ worker, record }) => [worker.sweNo, record]));
  const checks = workerCheckProblems(
    validation.value.snapshot.workers,
    (worker) => recordOf.get(worker.id) ?? null,
  );
  return {
    snapshot: validation.value.snapshot,
    problems: [...fileProblems, ...byRecord([...recordProblems, ...rejected, ...checks])],
    rowsRead,
    rowsAccepted: validation.value.snapshot.workers.length,
    sourceName: options.sourceName,
  };
}

/** Record-level problems in file order; whole-file notes (line null) keep their place at the end. */
function byRecord(problems: ImportProblem[]): ImportProblem[] {
  return [...problems].sort(
    (a, b) => (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER),
  );
}

function failed(
  options: CswwImportOptions,
  rowsRead: number,
  problems: ImportProblem[],
): ImportResult {
  return { snapshot: null, problems, rowsRead, rowsAccepted: 0, sourceName: options.sourceName };
}

function wholeFile(reason: string): ImportProblem {
  return { line: null, subject: null, reason, rejected: true };
}
