import { workerImplausibleValues } from '../../../contract/plausibility';
import type { Worker } from '../../../contract/v1';
import { capStatus, isAtOrOver, type Band } from '../../../domain/bands';
import { formatCap, type Cap, type CapPreset } from '../../../domain/caps';
import type { ChartRow } from '../../../domain/chart-rows';
import { formatAmount, ownCapDescription } from '../../../domain/explain';
import { capitalise, formatCount, formatFte, formatList, formatLoad } from '../../../domain/format';
import {
  amountNoun,
  measureNames,
  valueUnit,
  type ViewMeasure,
} from '../../../domain/measure-options';
import { ownCapStatus, ownCapWorking } from '../../../domain/own-cap';
import type { LoadSettings } from '../../../domain/worker-load';
import { BandLegend } from '../../../components/band-legend';
import { CaseloadChart } from '../../../components/caseload-chart';
import { ErrorBoundary } from '../../../components/error-boundary';

interface LoadSectionProps {
  worker: Worker;
  row: ChartRow;
  caps: readonly Cap[];
  bands: readonly Band[];
  preset: CapPreset;
  settings: LoadSettings;
}

/** The worker's load against their own cap and each cap, in figures, words and one bar. */
export function LoadSection({ worker, row, caps, bands, preset, settings }: LoadSectionProps) {
  const { view } = settings;
  const unitText = valueUnit(view);
  return (
    <section className="worker-section" aria-labelledby="load-heading">
      <h2 id="load-heading">Load against their own cap</h2>
      <p className="headline">{workerHeadline(worker, row, caps, view)}</p>
      <ValuesToCheck worker={worker} />
      <dl className="kpi-tiles worker-tiles">
        <div className="kpi">
          <dt>Cases held</dt>
          <dd className="kpi__value">{formatCount(worker.casesHeld)}</dd>
          <dd className="kpi__rule">Children allocated to them</dd>
        </div>
        <div className="kpi">
          <dt>FTE</dt>
          <dd className="kpi__value">{worker.fte.toFixed(2)}</dd>
          <dd className="kpi__rule">Contracted hours ÷ full-time hours</dd>
        </div>
        <div className="kpi">
          <dt>{workerLoadLabel(view)}</dt>
          <dd className="kpi__value">
            {row.value === null
              ? 'Not known'
              : view.measure === 'cases'
                ? formatAmount(row.value)
                : formatLoad(row.value)}
          </dd>
          <dd className="kpi__rule">{row.band ? `Band: ${row.band.label}` : (row.status ?? '')}</dd>
        </div>
        <div className="kpi kpi--own-cap">
          <dt>{view.measure === 'cases' ? 'Own cap' : `Own cap, ${unitText}`}</dt>
          <dd className="kpi__value">
            {row.ownCap === null ? 'Not known' : formatLoad(row.ownCap)}
          </dd>
          {row.ownCap !== null && row.value !== null && (
            <dd className="kpi__status">{ownCapStatus(row.value, row.ownCap)}</dd>
          )}
          <dd className="kpi__rule">
            {row.ownCap === null ? ownCapDescription(settings) : ownCapWorking(worker, settings)}
          </dd>
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
        <div className="chart-section worker-bar">
          <h3 id="worker-chart-heading">
            {worker.displayName}: {unitText} against the caps and their own cap
          </h3>
          <ErrorBoundary label="the chart">
            <CaseloadChart
              rows={[{ ...row, counted: true }]}
              bands={bands}
              caps={caps}
              view={view}
              linkFor={null}
              height={280}
            />
          </ErrorBoundary>
          <BandLegend bands={bands} rows={[{ ...row, counted: true }]} />
        </div>
      )}
    </section>
  );
}

/**
 * Before a supervisor discusses a load that rests on a value far outside the
 * usual, the page says which value and what to check, in the record's own words.
 */
function ValuesToCheck({ worker }: { worker: Worker }) {
  const values = workerImplausibleValues(worker);
  if (values.length === 0) return null;
  return (
    <div className="notice notice--warning worker-check">
      <div>
        <p>
          <strong>Check this record before relying on it.</strong> The figures below use it as sent,
          because it may be true, but {values.length === 1 ? 'a value is' : 'values are'} far
          outside what councils report:
        </p>
        <ul className="notice__list" aria-label="Values to check">
          {values.map((value) => (
            <li key={value.check}>{capitalise(value.reason)}.</li>
          ))}
        </ul>
      </div>
    </div>
  );
}

// A count of cases held would repeat the first tile's name: say what is counted instead.
export function workerLoadLabel(view: ViewMeasure): string {
  if (view.measure !== 'cases') return measureNames[view.measure];
  return view.counting === 'families' ? 'Families held' : 'Cases counted';
}

function workerHeadline(
  worker: Worker,
  row: ChartRow,
  caps: readonly Cap[],
  view: ViewMeasure,
): string {
  const unitText = valueUnit(view);
  const holds = `${worker.displayName} holds ${formatCount(worker.casesHeld)} case${worker.casesHeld === 1 ? '' : 's'} at ${formatFte(worker.fte)} FTE`;
  if (row.value === null)
    return `${holds}; ${row.status?.replace(/^Not counted: /, 'there is ') ?? 'no load is known'}, so there is nothing to compare with the caps.`;
  const value = row.value;
  const over = caps
    .filter((cap) => isAtOrOver(value, cap))
    .map((cap) =>
      cap.kind === 'line' ? formatCap(cap) : `${cap.to} (the top of the ${formatCap(cap)} range)`,
    );
  const overText = over.length === 0 ? 'below every cap' : `at or over ${formatList(over)}`;
  const ownCap =
    row.ownCap === null
      ? ''
      : ` Their own cap is ${ownCapInWords(row.ownCap, worker, view)}: they are ${row.overOwnCap ? 'at or over it' : 'below it'}.`;
  return `${holds}: ${formatLoad(value)} ${unitText}, in band “${row.band?.label ?? ''}”: ${overText}.${ownCap}`;
}

/**
 * "20.0 cases per FTE, which at 0.8 FTE is 16 cases": a per-FTE cap beside a
 * count of cases held would otherwise read as a count (19 held, cap 20.0).
 */
function ownCapInWords(ownCap: number, worker: Worker, view: ViewMeasure): string {
  const unitText = valueUnit(view);
  if (view.measure === 'cases') return `${formatLoad(ownCap)} ${unitText}`;
  const held = formatLoad(ownCap * worker.fte).replace(/\.0$/, '');
  return `${formatLoad(ownCap)} ${unitText}, which at ${formatFte(worker.fte)} FTE is ${held} ${amountNoun(view)}`;
}
