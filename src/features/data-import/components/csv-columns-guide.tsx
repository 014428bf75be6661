/**
 * Which columns a workers file needs, said beside the file picker: the full
 * guide (docs/import-csv.md) is not served with the app, so what a person
 * needs to prepare a file is here.
 */
import {
  requiredWorkerFields,
  workerFieldLabels,
  workerFields,
  workersCsvExample,
} from '../../../importers/csv/worker-columns';

export function CsvColumnsGuide() {
  const optional = workerFields.filter((field) => !requiredWorkerFields.includes(field));
  return (
    <details className="import-guide">
      <summary>Which columns the workers file needs</summary>
      <ul>
        <li>
          <strong>Needed:</strong>{' '}
          {requiredWorkerFields.map((field) => workerFieldLabels[field]).join(', ')}, and the unit
          path: one column for each level from under the organisation down to the team, top first (
          <code>unit_1</code>, <code>unit_2</code>, … or <code>Service area</code> then{' '}
          <code>Team</code>).
        </li>
        <li>
          <strong>If you have them:</strong>{' '}
          {optional.map((field) => workerFieldLabels[field]).join(' and ')}, as yes or no. Without a
          column, every worker is read as “no”, and the report says so.
        </li>
        <li>
          Roles are written <code>case holder</code>, <code>senior practitioner</code>,{' '}
          <code>team manager</code>, <code>senior manager</code> or{' '}
          <code>qualified without cases</code>. FTE is a number from 0 to 1 (<code>0.6</code>, not
          60%).
        </li>
        <li>
          Columns may be in any order and named differently: the names found are matched below, for
          you to check.
        </li>
      </ul>
      <p>For example:</p>
      <pre className="import-guide__example">{workersCsvExample}</pre>
    </details>
  );
}
