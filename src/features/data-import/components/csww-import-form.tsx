import { useState } from 'react';
import { formatDate } from '../../../domain/format';
import { importCswwFile } from '../../../importers/csww/import-csww-bytes';
import type { ImportResult } from '../../../importers/import-result';
import { checkStatus } from '../check-status';
import { BusyButton } from './busy-button';
import { FileDrop } from './file-drop';
import { ImportReport } from './import-report';

interface CswwImportFormProps {
  onSave: (result: ImportResult) => void;
  saving: boolean;
}

async function bytesOf(file: File) {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/**
 * Import the CSWW census return every council sends DfE. Only the SWE number,
 * agency flag, role, FTE and cases on 30 September are read; birth dates, sex,
 * ethnicity and pay are never kept.
 */
export function CswwImportForm({ onSave, saving }: CswwImportFormProps) {
  const [census, setCensus] = useState<File | null>(null);
  const [mapping, setMapping] = useState<File | null>(null);
  const [organisationName, setOrganisationName] = useState('');
  const [result, setResult] = useState<ImportResult | null>(null);
  const [checking, setChecking] = useState(false);

  async function check() {
    if (!census) return;
    setChecking(true);
    try {
      const censusBytes = await bytesOf(census);
      const mappingBytes = mapping ? await bytesOf(mapping) : null;
      const name = organisationName.trim();
      setResult(importCswwFile(censusBytes, mappingBytes, name ? { organisationName: name } : {}));
    } finally {
      setChecking(false);
    }
  }

  return (
    <div className="import-form">
      <p>
        Loadline reads only each worker’s SWE number, agency flag, role, FTE and cases held on 30
        September. Birth dates, sex, ethnicity and pay in the file are never read or kept.
      </p>
      <FileDrop
        id="csww-file"
        label="CSWW census return (XML)"
        hint="The file your council returns to DfE each autumn."
        accept=".xml,application/xml,text/xml"
        file={census}
        onFile={(file) => {
          setResult(null);
          setCensus(file);
        }}
      />
      <FileDrop
        id="csww-mapping-file"
        label="Teams (optional CSV with columns SWENo, team and optionally service_area)"
        hint="The census has no teams; without this file the council is shown as one unit."
        accept=".csv,text/csv"
        file={mapping}
        onFile={(file) => {
          setResult(null);
          setMapping(file);
        }}
      />
      <div className="field">
        <label className="field__label" htmlFor="csww-organisation">
          Council name (optional)
        </label>
        <input
          id="csww-organisation"
          type="text"
          className="input--wide"
          value={organisationName}
          onChange={(event) => setOrganisationName(event.target.value)}
        />
      </div>
      {result?.snapshot && (
        <p className="import-form__as-at">
          As at <strong>{formatDate(result.snapshot.asAt)}</strong>: the census’s reference date
          (ReferenceDate in the file), so there is no date to choose.
        </p>
      )}
      <div className="button-group">
        <BusyButton
          busy={checking}
          busyLabel="Checking…"
          disabled={!census}
          onClick={() => void check()}
        >
          Check the file
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
      {result && <ImportReport report={result} format="csww" usable={result.snapshot !== null} />}
    </div>
  );
}
