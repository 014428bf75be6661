import type { ImportResult } from '../../../importers/import-result';
import { formatCount } from '../../../domain/format';

const SHOWN = 200;

/** What an import found: how many rows made it, and every row that did not, with its line and reason. */
export function ImportReport({ result }: { result: ImportResult }) {
  const rejected = result.problems.filter((problem) => problem.rejected);
  const warnings = result.problems.filter((problem) => !problem.rejected);
  return (
    <section className="import-report" aria-labelledby="import-report-heading">
      <h3 id="import-report-heading">Validation report for {result.sourceName}</h3>
      <p role="status">
        {formatCount(result.rowsAccepted)} of {formatCount(result.rowsRead)} rows accepted
        {rejected.length > 0
          ? `; ${formatCount(rejected.length)} problems rejected rows or the file`
          : ''}
        {warnings.length > 0 ? `; ${formatCount(warnings.length)} warnings` : ''}.
        {result.snapshot === null && ' Nothing usable was found, so there is nothing to show yet.'}
      </p>
      {result.problems.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <caption>
              Problems found
              {result.problems.length > SHOWN
                ? ` (the first ${SHOWN} of ${formatCount(result.problems.length)})`
                : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Row or field</th>
                <th scope="col">What happened</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {result.problems.slice(0, SHOWN).map((problem, position) => (
                <tr key={`${position}-${problem.line ?? 'file'}`}>
                  <td>{problem.line ?? 'Whole file'}</td>
                  <td>{problem.subject ?? '–'}</td>
                  <td>{problem.rejected ? 'Rejected' : 'Warning: kept'}</td>
                  <td>{problem.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
