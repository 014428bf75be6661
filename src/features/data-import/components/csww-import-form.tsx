import { useState } from 'react';
import { importCswwXml } from '../../../importers/csww/import-csww';
import type { ImportResult } from '../../../importers/import-result';
import { FileDrop } from './file-drop';
import { ImportReport } from './import-report';

interface CswwImportFormProps {
  onSave: (result: ImportResult) => void;
  saving: boolean;
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
    const xml = await census.text();
    const teamMappingCsv = mapping ? await mapping.text() : undefined;
    const name = organisationName.trim();
    setResult(
      importCswwXml(xml, {
        sourceName: census.name,
        ...(name ? { organisationName: name } : {}),
        ...(teamMappingCsv === undefined ? {} : { teamMappingCsv }),
      }),
    );
    setChecking(false);
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
      <div className="button-group">
        <button
          type="button"
          className="button"
          disabled={!census || checking}
          onClick={() => void check()}
        >
          {checking ? 'Checking…' : 'Check the file'}
        </button>
        {result?.snapshot && (
          <button type="button" className="button" disabled={saving} onClick={() => onSave(result)}>
            {saving ? 'Saving…' : `Show ${result.rowsAccepted} workers on the dashboard`}
          </button>
        )}
      </div>
      {result && <ImportReport result={result} />}
    </div>
  );
}
