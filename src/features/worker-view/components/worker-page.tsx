import { lazy, Suspense, useMemo } from 'react';
import type { Unit, Worker } from '../../../contract/v1';
import type { RejectedRecord } from '../../../contract/validate-snapshot';
import { capStatus, isAtOrOver, type Band } from '../../../domain/bands';
import { formatCap, type Cap, type CapPreset } from '../../../domain/caps';
import { roleNames, workerRow, type ChartRow } from '../../../domain/chart-rows';
import { ownCapDescription } from '../../../domain/explain';
import { measureNames, valueUnit } from '../../../domain/measure-options';
import type { LoadSettings } from '../../../domain/worker-load';
import { formatCount, formatDate, formatFte, formatLoad } from '../../../domain/format';
import type { OrgIndex } from '../../../domain/org-index';
import type { SnapshotHistory } from '../../../domain/snapshot-history';
import type { ViewSearch } from '../../../lib/view-search';
import { BandLegend } from '../../../components/band-legend';
import { DataNotes } from '../../../components/data-notes';
import { ErrorBoundary } from '../../../components/error-boundary';
import { useFocusOnChange } from '../../../components/use-focus-on-change';
import { CaseList } from './case-list';

const CaseloadChart = lazy(() =>
  import('../../../components/caseload-chart').then((module) => ({
    default: module.CaseloadChart,
  })),
);

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
}

/** One worker's load against the caps, and their cases. Shows no other worker. */
export function WorkerPage({
  index,
  unit,
  worker,
  caps,
  bands,
  preset,
  settings,
}: WorkerPageProps) {
  const { view } = settings;
  const unitText = valueUnit(view);
  const heading = useFocusOnChange<HTMLHeadingElement>(worker.id);
  const row = useMemo(() => workerRow(worker, bands, settings), [worker, bands, settings]);
  const details = [
    roleNames[worker.role],
    worker.asye ? 'ASYE (newly qualified)' : null,
    worker.agency ? 'agency worker' : null,
  ]
    .filter((part): part is string => part !== null)
    .join(', ');

  return (
    <article className="worker-page">
      <h1 ref={heading} tabIndex={-1}>
        {worker.displayName}
      </h1>
      <p className="page-meta">
        {details} in {unit.name} · as at {formatDate(index.asAt)}
      </p>
      <p className="headline">{workerHeadline(worker, row, caps, unitText)}</p>
      <dl className="kpi-tiles">
        <div className="kpi">
          <dt>Cases held</dt>
          <dd className="kpi__value">{formatCount(worker.casesHeld)}</dd>
          <dd className="kpi__rule">Children allocated to {worker.displayName}</dd>
        </div>
        <div className="kpi">
          <dt>FTE</dt>
          <dd className="kpi__value">{worker.fte.toFixed(2)}</dd>
          <dd className="kpi__rule">Contracted hours ÷ full-time hours</dd>
        </div>
        <div className="kpi">
          <dt>{measureNames[view.measure]}</dt>
          <dd className="kpi__value">{row.value === null ? 'Not known' : formatLoad(row.value)}</dd>
          <dd className="kpi__rule">{row.band ? `Band: ${row.band.label}` : (row.status ?? '')}</dd>
        </div>
        <div className="kpi">
          <dt>Own cap</dt>
          <dd className="kpi__value">
            {row.ownCap === null
              ? 'Not known'
              : `${formatLoad(row.ownCap)}${row.overOwnCap ? ': at or over' : ': below'}`}
          </dd>
          <dd className="kpi__rule">{ownCapDescription(settings)}</dd>
        </div>
        {caps.map((cap) => (
          <div className="kpi" key={formatCap(cap)}>
            <dt>
              Cap {formatCap(cap)} ({cap.label})
            </dt>
            <dd className="kpi__value">
              {row.value === null ? 'Unknown' : capStatus(row.value, cap)}
            </dd>
            <dd className="kpi__rule">Compared at one decimal place</dd>
          </div>
        ))}
      </dl>
      <p className="kpi-tiles__source">
        Caps: {preset.name}. Source: {preset.source}.
      </p>
      {row.status && <p className="row-status">{row.status}.</p>}

      {row.value !== null && (
        <section className="chart-section" aria-labelledby="worker-chart-heading">
          <h2 id="worker-chart-heading">
            {worker.displayName}: {unitText} against the caps and their own cap
          </h2>
          <ErrorBoundary label="the chart">
            <Suspense fallback={<p className="loading">Loading chart…</p>}>
              <CaseloadChart
                rows={[{ ...row, counted: true }]}
                bands={bands}
                caps={caps}
                view={view}
                linkFor={null}
                height={300}
              />
            </Suspense>
          </ErrorBoundary>
          <BandLegend bands={bands} rows={[{ ...row, counted: true }]} />
        </section>
      )}

      <CaseList worker={worker} asAt={index.asAt} />
      <DataNotes view={view} excluded={[]} notCounted={0} rejected={[]} />
    </article>
  );
}

const listFormat = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

function workerHeadline(
  worker: Worker,
  row: ChartRow,
  caps: readonly Cap[],
  unitText: string,
): string {
  const holds = `${worker.displayName} holds ${formatCount(worker.casesHeld)} case${worker.casesHeld === 1 ? '' : 's'} at ${formatFte(worker.fte)} FTE`;
  if (row.value === null)
    return `${holds}; ${row.status?.replace(/^Not counted: /, 'there is ') ?? 'no load is known'}, so there is nothing to compare with the caps.`;
  const value = row.value;
  const over = caps
    .filter((cap) => isAtOrOver(value, cap))
    .map((cap) =>
      cap.kind === 'line' ? formatCap(cap) : `${cap.to} (the top of the ${formatCap(cap)} range)`,
    );
  const overText = over.length === 0 ? 'below every cap' : `at or over ${listFormat.format(over)}`;
  const ownCap =
    row.ownCap === null
      ? ''
      : ` Their own cap is ${formatLoad(row.ownCap)}: they are ${row.overOwnCap ? 'at or over it' : 'below it'}.`;
  return `${holds}: ${formatLoad(value)} ${unitText}, in band “${row.band?.label ?? ''}”: ${overText}.${ownCap}`;
}
