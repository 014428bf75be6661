import type { RejectedRecord } from '../contract/validate-snapshot';
import type { SuppressedUnit } from '../domain/aggregate';
import { describeTotalsOnly, groupByReason } from '../domain/explain';
import { plural } from '../domain/format';
import { measureCaption, type ViewMeasure } from '../domain/measure-options';
import { plausibilityLimitsSentence, type ImplausibleRecord } from '../contract/plausibility';
import type { ExcludedWorker } from '../domain/unit-figures';

/** Beyond this many, the rejected records are counted rather than listed, to keep the page usable. */
export const MAX_REJECTED_SHOWN = 200;

/** The same for records with a value to check. */
export const MAX_IMPLAUSIBLE_SHOWN = 200;

interface DataNotesProps {
  view: ViewMeasure;
  excluded: readonly ExcludedWorker[];
  notCounted: number;
  rejected: readonly RejectedRecord[];
  /** Units with totals left out of both cases and FTE, and why. */
  suppressedUnits?: readonly SuppressedUnit[];
  /** Units with totals whose other figures (agency, vacancies, …) are unknown. */
  unknownTotals?: readonly SuppressedUnit[];
  /** How many units here send totals in place of workers. */
  totalsUnits?: number;
  /** How many of them are in the caseload. */
  totalsCounted?: number;
  /** Workers and teams with a value far outside the usual: shown as sent, named to be checked. */
  implausible?: readonly ImplausibleRecord[];
}

/** What was left out of the figures, and why: nothing is dropped silently. */
export function DataNotes({
  view,
  excluded,
  notCounted,
  rejected,
  suppressedUnits = [],
  unknownTotals = [],
  totalsUnits = 0,
  totalsCounted = 0,
  implausible = [],
}: DataNotesProps) {
  const totalsNote = describeTotalsOnly(totalsUnits, totalsCounted);
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
        {totalsNote !== null && (
          <li>
            {totalsNote} Totals are a unit’s cases and the FTE of its case holders, added to the
            sums as they are; they say nothing about each worker, so the counts over each cap, over
            their own cap, the highest, the median and the spread cover listed workers only.
          </li>
        )}
        {suppressedUnits.length > 0 && (
          <li>
            Left out of both cases and FTE: {plural(suppressedUnits.length, 'unit')} with totals.
            {suppressedUnits.some((entry) => entry.reason.includes('suppressed')) &&
              ' The markers x, u, z and low are the published table’s: a value not available, of low reliability, not applicable, or more than zero but too small to show. Each is unknown, never zero.'}
            <ul>
              {[...groupByReason(suppressedUnits)].map(([reason, entries]) => (
                <li key={reason}>
                  {entries.map((entry) => entry.unit.name).join(', ')} ({reason})
                </li>
              ))}
            </ul>
          </li>
        )}
        {unknownTotals.length > 0 && (
          <li>
            Other totals not known, left out of the figure they belong to (headcount, agency share,
            vacant posts or unallocated cases):{' '}
            {unknownTotals.map((entry) => `${entry.unit.name} (${entry.reason})`).join('; ')}.
          </li>
        )}
      </ul>
      {implausible.length > 0 && <ImplausibleNote records={implausible} />}
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
            {rejected.slice(0, MAX_REJECTED_SHOWN).map((record) => (
              <li key={`${record.kind}-${record.index}`}>
                {record.kind === 'unit' ? 'Unit' : 'Worker'}{' '}
                {record.id ?? `number ${record.index + 1}`}: {record.reasons.join('; ')}
              </li>
            ))}
            {rejected.length > MAX_REJECTED_SHOWN && (
              <li>
                and {rejected.length - MAX_REJECTED_SHOWN} more rejected records not listed here
              </li>
            )}
          </ul>
        </div>
      )}
    </section>
  );
}

/** Records in the figures whose values are far outside the usual: each named, with its value and the limit. */
function ImplausibleNote({ records }: { records: readonly ImplausibleRecord[] }) {
  const one = records.length === 1;
  return (
    <div className="notice notice--warning data-notes__check">
      <div>
        <p>
          <strong>
            {plural(records.length, 'record')} here {one ? 'has a value' : 'have values'} to check.
          </strong>{' '}
          {one ? 'It is' : 'They are'} in the figures as sent, because {one ? 'it' : 'they'} may be
          true, but each is far outside what councils report: check {one ? 'it' : 'them'} where the
          data came from before these figures are shared.
        </p>
        <ul className="notice__list" aria-label="Records to check">
          {records.slice(0, MAX_IMPLAUSIBLE_SHOWN).map((record) => (
            <li key={`${record.kind}-${record.id}`}>
              {record.kind === 'unit' ? `Team ${record.name}` : record.name}:{' '}
              {record.values.map((value) => value.summary).join('; ')}
            </li>
          ))}
          {records.length > MAX_IMPLAUSIBLE_SHOWN && (
            <li>and {records.length - MAX_IMPLAUSIBLE_SHOWN} more not listed here</li>
          )}
        </ul>
        <p className="notice__detail">{plausibilityLimitsSentence()}</p>
      </div>
    </div>
  );
}
