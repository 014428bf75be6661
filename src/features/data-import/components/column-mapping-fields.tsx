import {
  findUnmappedFields,
  requiredWorkerFields,
  workerFieldLabels,
  workerFields,
  type ColumnMapping,
  type WorkerField,
} from '../../../importers/csv';

interface ColumnMappingFieldsProps {
  headers: readonly string[];
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
}

/** Which column of the file holds each field: suggested from the headers, corrected by the person. */
export function ColumnMappingFields({ headers, mapping, onChange }: ColumnMappingFieldsProps) {
  const unmapped = findUnmappedFields(mapping);

  function setField(field: WorkerField, header: string) {
    onChange({
      ...mapping,
      columns: { ...mapping.columns, [field]: header === '' ? null : header },
    });
  }

  function setLevel(level: number, header: string) {
    onChange({
      ...mapping,
      unitPath: mapping.unitPath.map((current, position) =>
        position === level ? header : current,
      ),
    });
  }

  return (
    <fieldset className="column-mapping">
      <legend>Match the file’s columns</legend>
      <p className="hint">
        Each field is matched to a column by its name; change any that are wrong. Columns not
        matched here are not read.
      </p>
      {unmapped.length > 0 && (
        <p className="field__error" role="status">
          Still to match:{' '}
          {unmapped
            .map((field) =>
              field === 'unitPath' ? 'the team (unit) column' : workerFieldLabels[field],
            )
            .join(', ')}
          .
        </p>
      )}
      <div className="column-mapping__grid">
        {workerFields.map((field) => (
          <div className="field" key={field}>
            <label className="field__label" htmlFor={`map-${field}`}>
              {workerFieldLabels[field]}
              {requiredWorkerFields.includes(field) ? '' : ' (optional)'}
            </label>
            <select
              id={`map-${field}`}
              value={mapping.columns[field] ?? ''}
              onChange={(event) => setField(field, event.target.value)}
            >
              <option value="">Not in this file</option>
              {headers.map((header) => (
                <option key={header} value={header}>
                  {header}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <h4>Units, from the level under the organisation down to the team</h4>
      <ol className="column-mapping__levels">
        {mapping.unitPath.map((header, level) => (
          <li key={`${level}-${header}`}>
            <label className="visually-hidden" htmlFor={`map-level-${level}`}>
              Unit level {level + 1}
            </label>
            <select
              id={`map-level-${level}`}
              value={header}
              onChange={(event) => setLevel(level, event.target.value)}
            >
              {headers.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>{' '}
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() =>
                onChange({
                  ...mapping,
                  unitPath: mapping.unitPath.filter((_, position) => position !== level),
                })
              }
            >
              Remove level {level + 1}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={headers.length === 0}
        onClick={() => onChange({ ...mapping, unitPath: [...mapping.unitPath, headers[0] ?? ''] })}
      >
        Add a unit level
      </button>
    </fieldset>
  );
}
