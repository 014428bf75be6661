/**
 * Reads every census worker record, in file order, and rejects the ones that
 * cannot be used: a bad field, or a SWENo already used by an earlier record.
 */
import type { ImportProblem } from '../import-result';
import { readCensusWorker, type CensusWorker } from './census-worker';
import type { CensusWorkerText } from './read-census-xml';

export interface AcceptedRecord {
  worker: CensusWorker;
  /** 1-based record number in the census file. */
  record: number;
}

export interface WorkerRecords {
  accepted: AcceptedRecord[];
  /** Rejected records and warnings about kept ones, in record order. */
  problems: ImportProblem[];
  /** Every valid SWENo in the file, from kept and rejected records alike. */
  sweNos: Set<string>;
}

/** Checks each record and the uniqueness of SWENo; the first record with a SWENo wins. */
export function readWorkerRecords(records: readonly CensusWorkerText[]): WorkerRecords {
  const firstSeen = new Map<string, number>();
  const accepted: AcceptedRecord[] = [];
  const problems: ImportProblem[] = [];
  for (const text of records) {
    const reading = readCensusWorker(text);
    const sweNo = reading.ok ? reading.worker.sweNo : reading.sweNo;
    const reasons = reading.ok ? [] : [...reading.reasons];
    if (sweNo !== null) {
      // A record that was itself rejected still claims its SWENo: two records
      // for one person cannot both be right, and the importer cannot tell which is.
      const first = firstSeen.get(sweNo);
      if (first === undefined) firstSeen.set(sweNo, text.record);
      else reasons.unshift(`duplicate SWENo ${sweNo} (first seen in record ${first})`);
    }
    if (!reading.ok || reasons.length > 0) {
      problems.push({
        line: text.record,
        subject: sweNo,
        reason: reasons.join('; '),
        rejected: true,
      });
      continue;
    }
    accepted.push({ worker: reading.worker, record: text.record });
    for (const warning of reading.warnings) {
      problems.push({ line: text.record, subject: sweNo, reason: warning, rejected: false });
    }
  }
  return { accepted, problems, sweNos: new Set(firstSeen.keys()) };
}
