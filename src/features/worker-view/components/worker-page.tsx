import { useMemo } from 'react';
import { implausibleRecords } from '../../../contract/plausibility';
import type { Unit, Worker } from '../../../contract/v1';
import type { RejectedRecord } from '../../../contract/validate-snapshot';
import type { Band } from '../../../domain/bands';
import type { Cap, CapPreset } from '../../../domain/caps';
import { roleNames, workerRow } from '../../../domain/chart-rows';
import { formatDate } from '../../../domain/format';
import type { OrgIndex } from '../../../domain/org-index';
import { snapshotAt, type SnapshotHistory } from '../../../domain/snapshot-history';
import { workerChanges } from '../../../domain/worker-changes';
import type { LoadSettings } from '../../../domain/worker-load';
import { navigate, type ViewSearch } from '../../../lib/view-search';
import { DataNotes } from '../../../components/data-notes';
import { useFocusOnChange } from '../../../components/use-focus-on-change';
import { CaseTable } from './case-table';
import { ChangesSection, type ChangesState } from './changes-section';
import { LoadSection } from './load-section';
import { WorkerTrend } from './worker-trend';
import './worker-print.css';

interface WorkerPageProps {
  index: OrgIndex;
  unit: Unit;
  worker: Worker;
  caps: readonly Cap[];
  bands: readonly Band[];
  preset: CapPreset;
  settings: LoadSettings;
  search: ViewSearch;
  rejected: readonly RejectedRecord[];
  /** Every snapshot date, oldest first. */
  dates: readonly string[];
  /** The snapshots loaded so far, for trends and changes. */
  history: SnapshotHistory;
  /** The earlier snapshot to compare with (resolved from the URL), or null when there is none. */
  since?: string | null;
}

const noIds: ReadonlySet<string> = new Set();

/**
 * One worker for supervision, read top to bottom like a supervision record:
 * load against their own cap, changes since last time, cases, trend.
 * Shows no other worker, and prints on one A4 page where it fits; a longer
 * record prints with the worker's name and the date at the top of every page.
 */
export function WorkerPage({
  index,
  unit,
  worker,
  caps,
  bands,
  preset,
  settings,
  search,
  dates,
  history,
  since = null,
}: WorkerPageProps) {
  const heading = useFocusOnChange<HTMLHeadingElement>(`worker:${worker.id}`);
  const row = useMemo(() => workerRow(worker, bands, settings), [worker, bands, settings]);
  const toCheck = useMemo(() => implausibleRecords([worker], []), [worker]);
  const earlierDates = useMemo(
    () => dates.filter((date) => date < index.asAt).reverse(),
    [dates, index.asAt],
  );
  const changesState = useMemo<ChangesState>(() => {
    if (since === null) return { status: 'no-earlier' };
    const earlier = snapshotAt(history, since);
    if (!earlier) {
      return history.failed.includes(since)
        ? { status: 'failed', since }
        : { status: 'loading', since };
    }
    const then = earlier.worker(worker.id);
    const now = { asAt: index.asAt, worker, teamName: unit.name };
    const thenAt = then && {
      asAt: since,
      worker: then,
      teamName: earlier.unit(then.unitId)?.name ?? then.unitId,
    };
    return { status: 'ready', changes: workerChanges(now, thenAt, since, settings) };
  }, [since, history, worker, unit, index.asAt, settings]);
  const newIds = useMemo(() => {
    if (changesState.status !== 'ready' || !changesState.changes.present) return noIds;
    return new Set(changesState.changes.allocated?.map((detail) => detail.id) ?? []);
  }, [changesState]);

  const details = [
    roleNames[worker.role],
    worker.asye ? 'ASYE (newly qualified)' : null,
    worker.agency ? 'agency worker' : null,
  ]
    .filter((part): part is string => part !== null)
    .join(', ');

  return (
    <article className="worker-page">
      {/* On paper this heads every page: a record that runs on says whose it is and when. */}
      <header className="worker-page__head">
        <div className="worker-page__title">
          {/* A new element for each worker, so focusing it is announced even when the old one had focus. */}
          <h1 key={worker.id} ref={heading} tabIndex={-1}>
            {worker.displayName}
          </h1>
          <button
            type="button"
            className="button button--secondary no-print"
            onClick={() => window.print()}
          >
            Print
          </button>
        </div>
        <p className="page-meta">
          {details} in {unit.name} · as at {formatDate(index.asAt)}
        </p>
      </header>
      <div className="worker-page__body">
        <LoadSection
          worker={worker}
          row={row}
          caps={caps}
          bands={bands}
          preset={preset}
          settings={settings}
        />
        <ChangesSection
          state={changesState}
          asAt={index.asAt}
          earlierDates={earlierDates}
          onSinceChange={(date) => navigate({ ...search, since: date }, { replace: true })}
        />
        <CaseTable
          worker={worker}
          asAt={index.asAt}
          settings={settings}
          newIds={newIds}
          since={since}
        />
        <WorkerTrend
          workerId={worker.id}
          asAt={index.asAt}
          history={history}
          dates={dates}
          caps={caps}
          bands={bands}
          settings={settings}
        />
        <DataNotes
          view={settings.view}
          excluded={[]}
          notCounted={0}
          rejected={[]}
          implausible={toCheck}
        />
      </div>
    </article>
  );
}
