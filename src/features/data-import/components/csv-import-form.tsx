import { useRef, useState } from 'react';
import {
  asAtDateError,
  importCasesCsv,
  importWorkersCsv,
  mergeCaseDetails,
  readCsvHeaders,
  suggestCaseColumnMapping,
  suggestColumnMapping,
  type ColumnMapping,
} from '../../../importers/csv';
import type { ImportProblem, ImportResult } from '../../../importers/import-result';
import { decodeTextBytes, encodingNotes, withFileNotes } from '../../../importers/read-file-text';
import { checkStatus } from '../check-status';
import { BusyButton } from './busy-button';
import { ColumnMappingFields } from './column-mapping-fields';
import { FileDrop } from './file-drop';
import { ImportReport } from './import-report';
import { CsvColumnsGuide } from './csv-columns-guide';

interface CsvImportFormProps {
  onSave: (result: ImportResult) => void;
  saving: boolean;
}

interface ChosenFile {
  file: File;
  text: string;
  /** Said in the report: how the file was read, when it was not UTF-8. */
  notes: ImportProblem[];
}

/** Reads a chosen CSV strictly as UTF-8, or as Windows (Excel) text with a note. */
async function readChosenFile(file: File): Promise<ChosenFile> {
  const decoded = decodeTextBytes(new Uint8Array(await file.arrayBuffer()));
  return { file, text: decoded.text, notes: encodingNotes(file.name, decoded, 'csv') };
}

/** Import a CSV export: choose the files, check the column mapping, see the report, then save. */
export function CsvImportForm({ onSave, saving }: CsvImportFormProps) {
  const [workers, setWorkers] = useState<ChosenFile | null>(null);
  const [cases, setCases] = useState<ChosenFile | null>(null);
  const [headers, setHeaders] = useState<string[]>([]);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [organisationName, setOrganisationName] = useState('');
  // No default: an export describes an earlier date (a month end, 30 September for the
  // census), and today's date left in place would file the figures under the wrong date.
  const [asAt, setAsAt] = useState('');
  const [result, setResult] = useState<ImportResult | null>(null);
  const [checking, setChecking] = useState(false);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [asAtError, setAsAtError] = useState<string | null>(null);
  const asAtInput = useRef<HTMLInputElement>(null);

  async function chooseWorkers(file: File | null) {
    setResult(null);
    setFileProblem(null);
    if (!file) {
      setWorkers(null);
      setHeaders([]);
      setMapping(null);
      return;
    }
    const chosen = await readChosenFile(file);
    const read = readCsvHeaders(chosen.text);
    setWorkers(chosen);
    setHeaders(read.headers);
    setMapping(suggestColumnMapping(read.headers));
    if (read.headers.length === 0)
      setFileProblem(read.problems[0]?.reason ?? 'The file has no header row.');
  }

  async function chooseCases(file: File | null) {
    setResult(null);
    setCases(file ? await readChosenFile(file) : null);
  }

  function check() {
    if (!workers || !mapping) return;
    // A blank date is said next to its field, where it is put right, before any work is done.
    const dateError = asAtDateError(asAt);
    setAsAtError(dateError);
    if (dateError !== null) {
      setResult(null);
      asAtInput.current?.focus();
      return;
    }
    setChecking(true);
    // Let "Checking…" paint before a large file ties up the page for a moment.
    window.setTimeout(() => {
      let imported = importWorkersCsv(workers.text, {
        mapping,
        organisationName: organisationName.trim() || 'My organisation',
        asAt,
        sourceName: workers.file.name,
      });
      if (cases) {
        const caseHeaders = readCsvHeaders(cases.text).headers;
        imported = mergeCaseDetails(
          imported,
          importCasesCsv(cases.text, {
            mapping: suggestCaseColumnMapping(caseHeaders),
            sourceName: cases.file.name,
          }),
        );
      }
      setResult(withFileNotes(imported, [...workers.notes, ...(cases?.notes ?? [])]));
      setChecking(false);
    }, 0);
  }

  return (
    <div className="import-form">
      <FileDrop
        id="csv-workers-file"
        label="Workers file (CSV, one row per worker)"
        hint="Which columns it needs is below; differently named columns can be matched once it is read."
        accept=".csv,text/csv"
        file={workers?.file ?? null}
        onFile={(file) => void chooseWorkers(file)}
      />
      <CsvColumnsGuide />
      {fileProblem && <p className="field__error">{fileProblem}</p>}
      <FileDrop
        id="csv-cases-file"
        label="Cases file (optional, one row per case)"
        hint="Adds case types, court work and sibling groups, for weighted and family counts."
        accept=".csv,text/csv"
        file={cases?.file ?? null}
        onFile={(file) => void chooseCases(file)}
      />
      {mapping && headers.length > 0 && (
        <ColumnMappingFields
          headers={headers}
          mapping={mapping}
          onChange={(next) => {
            setResult(null);
            setMapping(next);
          }}
        />
      )}
      <div className="import-form__row">
        <div className="field">
          <label className="field__label" htmlFor="csv-organisation">
            Organisation name
          </label>
          <input
            id="csv-organisation"
            type="text"
            className="input--wide"
            value={organisationName}
            placeholder="My organisation"
            onChange={(event) => setOrganisationName(event.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="csv-as-at">
            As at (the date the export describes)
          </label>
          <p className="hint" id="csv-as-at-hint">
            The date the figures were true on, such as the month end the export was run for; not the
            day you import it.
          </p>
          <input
            id="csv-as-at"
            ref={asAtInput}
            type="date"
            value={asAt}
            aria-invalid={asAtError === null ? undefined : true}
            aria-describedby={
              asAtError === null ? 'csv-as-at-hint' : 'csv-as-at-hint csv-as-at-error'
            }
            onChange={(event) => {
              setAsAt(event.target.value);
              if (asAtError !== null) setAsAtError(asAtDateError(event.target.value));
            }}
          />
          {asAtError !== null && (
            <p className="field__error" id="csv-as-at-error">
              {asAtError}
            </p>
          )}
        </div>
      </div>
      <div className="button-group">
        <BusyButton
          busy={checking}
          busyLabel="Checking…"
          disabled={!workers || !mapping}
          onClick={check}
        >
          Check the files
        </BusyButton>
        {result?.snapshot && (
          <BusyButton busy={saving} busyLabel="Saving…" onClick={() => onSave(result)}>
            Show {result.rowsAccepted} workers on the dashboard
          </BusyButton>
        )}
      </div>
      <p className="visually-hidden" role="status">
        {checkStatus({ checking, saving, result })}
      </p>
      {result && <ImportReport report={result} format="csv" usable={result.snapshot !== null} />}
    </div>
  );
}
