import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { formatDate } from '../../../domain/format';
import { savedImportCounts } from '../problem-report';
import { clearImports, importsQueryOptions } from '../../../lib/imported-data';
import { navigate, type ViewSearch } from '../../../lib/view-search';
import { CsvImportForm } from './csv-import-form';
import { CswwImportForm } from './csww-import-form';
import { ImportReport } from './import-report';
import { useSaveImport } from './use-save-import';
import './data-import.css';

interface ImportPanelProps {
  search: ViewSearch;
  onClose: (() => void) | null;
}

/** Import a council's own files, see what was rejected and why, and manage saved imports. */
export function ImportPanel({ search, onClose }: ImportPanelProps) {
  const [format, setFormat] = useState<'csv' | 'csww'>('csv');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const queryClient = useQueryClient();
  const imports = useQuery(importsQueryOptions());
  const { save, saving, error } = useSaveImport(search, () => onClose?.());
  const saved = Object.values(imports.data?.imports ?? {}).sort((a, b) =>
    b.asAt.localeCompare(a.asAt),
  );

  async function clear(asAt?: string) {
    await clearImports(asAt);
    await queryClient.invalidateQueries({ queryKey: ['imports'] });
    await queryClient.invalidateQueries({ queryKey: ['snapshot-list'] });
    await queryClient.invalidateQueries({ queryKey: ['snapshot'] });
    if (asAt === undefined || saved.length <= 1)
      navigate({
        ...search,
        source: undefined,
        asAt: undefined,
        unit: undefined,
        worker: undefined,
      });
  }

  return (
    <section
      id="import-panel"
      className="caps-editor import-panel"
      aria-labelledby="import-heading"
    >
      <h2 id="import-heading" ref={heading} tabIndex={-1}>
        Import your data
      </h2>
      <p>
        Files are read in this browser and kept only here (in IndexedDB): nothing is uploaded. Every
        row that cannot be used is listed with its line number and the reason.
      </p>
      {imports.data?.notice && <p className="field__error">{imports.data.notice}</p>}
      <fieldset className="segmented import-panel__format">
        <legend>What are you importing?</legend>
        <label>
          <input
            type="radio"
            name="import-format"
            checked={format === 'csv'}
            onChange={() => setFormat('csv')}
          />
          A CSV export from the case management system
        </label>
        <label>
          <input
            type="radio"
            name="import-format"
            checked={format === 'csww'}
            onChange={() => setFormat('csww')}
          />
          The CSWW census return (XML)
        </label>
      </fieldset>
      {format === 'csv' ? (
        <CsvImportForm onSave={(result) => void save(result, 'csv')} saving={saving} />
      ) : (
        <CswwImportForm onSave={(result) => void save(result, 'csww')} saving={saving} />
      )}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      {saved.length > 0 && (
        <section aria-labelledby="saved-imports-heading">
          <h3 id="saved-imports-heading">Imports saved in this browser</h3>
          <ul className="saved-imports">
            {saved.map((record) => (
              <li key={record.asAt}>
                <strong>{record.sourceName}</strong>, as at {formatDate(record.asAt)}:{' '}
                {savedImportCounts(record.rowsAccepted, record.rowsRead, record.problems)}{' '}
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => void clear(record.asAt)}
                >
                  Remove the import for {formatDate(record.asAt)}
                </button>
                {record.problems.length > 0 && (
                  <details className="saved-imports__report">
                    <summary>See the report for {formatDate(record.asAt)}</summary>
                    <ImportReport report={record} format={record.format} usable headingLevel={4} />
                  </details>
                )}
              </li>
            ))}
          </ul>
          <p className="hint">An import for a date that is already saved replaces it.</p>
          <button type="button" className="button button--secondary" onClick={() => void clear()}>
            Remove every import
          </button>
        </section>
      )}
      {onClose && (
        <div className="button-group">
          <button type="button" className="button button--secondary" onClick={onClose}>
            Close
          </button>
        </div>
      )}
    </section>
  );
}
