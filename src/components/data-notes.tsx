import type { RejectedRecord } from '../contract/validate-snapshot';
import { measureCaption, type ViewMeasure } from '../domain/measure-options';
import type { ExcludedWorker } from '../domain/unit-figures';

interface DataNotesProps {
  view: ViewMeasure;
  excluded: readonly ExcludedWorker[];
  notCounted: number;
  rejected: readonly RejectedRecord[];
}

/** What was left out of the figures, and why: nothing is dropped silently. */
export function DataNotes({ view, excluded, notCounted, rejected }: DataNotesProps) {
  return (
    <section className="data-notes" aria-labelledby="data-notes-heading">
      <h2 id="data-notes-heading">Notes on the figures</h2>
      <ul>
        <li>This page shows: {measureCaption(view)}</li>
        <li>
          Caseload per FTE is the cases held by case holders divided by the full-time equivalent
          (FTE) of those case holders, as the Department for Education computes it: a ratio of sums,
          not an average of averages.
        </li>
        <li>
          Case holders are workers whose role is case holder or senior practitioner.
          {notCounted > 0 &&
            ` ${notCounted} worker${notCounted === 1 ? '' : 's'} in other roles (managers, staff without cases) ${notCounted === 1 ? 'is' : 'are'} listed but not counted.`}
        </li>
        {excluded.length > 0 && (
          <li>
            {excluded.length} case holder{excluded.length === 1 ? '' : 's'} left out of both cases
            and FTE:{' '}
            {excluded.map((entry) => `${entry.worker.displayName} (${entry.reason})`).join('; ')}.
          </li>
        )}
      </ul>
      {rejected.length > 0 && (
        <div className="notice notice--warning" role="status">
          <p>
            <strong>
              {rejected.length} record{rejected.length === 1 ? ' was' : 's were'} rejected from this
              snapshot
            </strong>{' '}
            and {rejected.length === 1 ? 'is' : 'are'} not in any figure on this page:
          </p>
          <ul className="notice__list">
            {rejected.map((record) => (
              <li key={`${record.kind}-${record.index}`}>
                {record.kind === 'unit' ? 'Unit' : 'Worker'}{' '}
                {record.id ?? `number ${record.index + 1}`}: {record.reasons.join('; ')}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
