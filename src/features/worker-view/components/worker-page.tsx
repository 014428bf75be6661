import { lazy, Suspense, useMemo } from 'react';
import type { Unit, Worker } from '../../../contract/v1';
import type { RejectedRecord } from '../../../contract/validate-snapshot';
import { capStatus, isAtOrOver, type Band } from '../../../domain/bands';
import { formatCap, type CapPreset } from '../../../domain/caps';
import { roleNames, workerRow } from '../../../domain/chart-rows';
import { formatCount, formatDate, formatFte, formatLoad } from '../../../domain/format';
import type { OrgIndex } from '../../../domain/org-index';
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
  bands: readonly Band[];
  preset: CapPreset;
  search: ViewSearch;
  rejected: readonly RejectedRecord[];
}

/** One worker's load against the caps, and their cases. Shows no other worker. */
export function WorkerPage({ index, unit, worker, bands, preset }: WorkerPageProps) {
  const heading = useFocusOnChange<HTMLHeadingElement>(worker.id);
  const row = useMemo(() => workerRow(worker, bands), [worker, bands]);
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
      <p className="headline">
        {workerHeadline(worker, row.value, row.band?.label ?? null, preset)}
      </p>
      <dl className="kpi-tiles">
        <div className="kpi">
          <dt>Cases held</dt>
          <dd className="kpi__value">{formatCount(worker.casesHeld)}</dd>
          <dd className="kpi__rule">Children allocated to {worker.displayName}</dd>
        </div>
        <div className="kpi">
          <dt>FTE</dt>
          <dd className="kpi__value">{formatFte(worker.fte)}</dd>
          <dd className="kpi__rule">Contracted hours ÷ full-time hours</dd>
        </div>
        <div className="kpi">
          <dt>Cases per FTE</dt>
          <dd className="kpi__value">
            {row.value === null ? 'No FTE recorded' : formatLoad(row.value)}
          </dd>
          <dd className="kpi__rule">
            {row.band ? `Band: ${row.band.label}` : 'No band without an FTE'}
          </dd>
        </div>
        {preset.caps.map((cap) => (
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
      {row.status && <p className="row-status">{row.status}.</p>}

      {row.value !== null && (
        <section className="chart-section" aria-labelledby="worker-chart-heading">
          <h2 id="worker-chart-heading">{worker.displayName}: cases per FTE against the caps</h2>
          <ErrorBoundary label="the chart">
            <Suspense fallback={<p className="loading">Loading chart…</p>}>
              <CaseloadChart
                rows={[{ ...row, counted: true }]}
                bands={bands}
                caps={preset.caps}
                linkFor={null}
                height={300}
              />
            </Suspense>
          </ErrorBoundary>
          <BandLegend bands={bands} rows={[{ ...row, counted: true }]} />
        </section>
      )}

      <CaseList worker={worker} asAt={index.asAt} />
      <DataNotes excluded={[]} notCounted={0} rejected={[]} />
    </article>
  );
}

const listFormat = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

function workerHeadline(
  worker: Worker,
  value: number | null,
  bandLabel: string | null,
  preset: CapPreset,
): string {
  const holds = `${worker.displayName} holds ${formatCount(worker.casesHeld)} case${worker.casesHeld === 1 ? '' : 's'} at ${formatFte(worker.fte)} FTE`;
  if (value === null)
    return `${holds}; with no FTE recorded there is no caseload per FTE to compare with the caps.`;
  const over = preset.caps
    .filter((cap) => isAtOrOver(value, cap))
    .map((cap) =>
      cap.kind === 'line' ? formatCap(cap) : `${cap.to} (the top of the ${formatCap(cap)} range)`,
    );
  const overText = over.length === 0 ? 'below every cap' : `at or over ${listFormat.format(over)}`;
  return `${holds}: ${formatLoad(value)} cases per FTE, in band “${bandLabel ?? ''}”: ${overText}.`;
}
