import type { CaseDetail } from '../../../contract/v1';
import { caseTypeNames } from '../../../domain/case-order';
import { formatDate } from '../../../domain/format';
import type { WorkerChanges } from '../../../domain/worker-changes';

/** Where the comparison stands: nothing earlier, still loading, failed, or the changes. */
export type ChangesState =
  | { status: 'no-earlier' }
  | { status: 'loading'; since: string }
  | { status: 'failed'; since: string }
  | { status: 'ready'; changes: WorkerChanges };

interface ChangesSectionProps {
  state: ChangesState;
  asAt: string;
  /** Snapshot dates before the one shown, newest first. */
  earlierDates: readonly string[];
  onSinceChange: (since: string) => void;
}

/** "Changes since …": cases allocated and no longer held, and each figure then and now. */
export function ChangesSection({ state, asAt, earlierDates, onSinceChange }: ChangesSectionProps) {
  const since =
    state.status === 'ready'
      ? state.changes.since
      : state.status === 'no-earlier'
        ? null
        : state.since;
  return (
    <section className="worker-section" aria-labelledby="changes-heading">
      <div className="section-head">
        <h2 id="changes-heading">
          {since ? `Changes since ${formatDate(since)}` : 'Changes since the last snapshot'}
        </h2>
        {since && (
          <div className="field no-print">
            <label className="field__label" htmlFor="compare-with">
              Compare with
            </label>
            <select
              id="compare-with"
              value={since}
              onChange={(event) => onSinceChange(event.target.value)}
            >
              {earlierDates.map((date) => (
                <option key={date} value={date}>
                  {formatDate(date)}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <ChangesBody state={state} asAt={asAt} />
    </section>
  );
}

function ChangesBody({ state, asAt }: { state: ChangesState; asAt: string }) {
  switch (state.status) {
    case 'no-earlier':
      return <p>There is no snapshot before {formatDate(asAt)} to compare with.</p>;
    case 'loading':
      return (
        <p className="loading" role="status">
          Loading the snapshot for {formatDate(state.since)}…
        </p>
      );
    case 'failed':
      return (
        <p role="alert">
          The snapshot for {formatDate(state.since)} could not be loaded, so the changes cannot be
          shown. Choose another date, or reload the page to try again.
        </p>
      );
    case 'ready':
      break;
  }
  const { changes } = state;
  if (!changes.present) return <p className="changes__sentence">{changes.sentence}</p>;
  return (
    <>
      <p className="changes__sentence">{changes.sentence}</p>
      <div className="changes__grid">
        <div className="table-scroll">
          <table className="data-table changes-table">
            <caption className="visually-hidden">
              Figures on {formatDate(changes.since)} and {formatDate(asAt)}
            </caption>
            <thead>
              <tr>
                <th scope="col">Figure</th>
                <th scope="col">{formatDate(changes.since)}</th>
                <th scope="col">{formatDate(asAt)}</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {changes.figures.map((figure) => (
                <tr key={figure.label}>
                  <th scope="row">{figure.label}</th>
                  <td>{figure.then}</td>
                  <td>{figure.now}</td>
                  <td>{figure.change}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <dl className="changes__cases">
          <dt>Allocated since {formatDate(changes.since)}</dt>
          <dd>{caseList(changes.allocated)}</dd>
          <dt>No longer held</dt>
          <dd>{caseList(changes.noLongerHeld)}</dd>
        </dl>
      </div>
    </>
  );
}

function caseList(cases: readonly CaseDetail[] | null): string {
  if (cases === null) return 'Not known: the data source sends no case-level detail.';
  if (cases.length === 0) return 'None';
  return cases.map((detail) => `${detail.id} (${caseTypeNames[detail.type]})`).join(', ');
}
