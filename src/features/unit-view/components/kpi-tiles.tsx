import type { CapPreset } from '../../../domain/caps';
import { formatCount, formatFte, formatLoad, formatShare, plural } from '../../../domain/format';
import type { UnitSummary } from '../../../domain/unit-summary';

interface KpiTilesProps {
  summary: UnitSummary;
  preset: CapPreset;
}

/** The unit's key figures, each with the rule that produced it. */
export function KpiTiles({ summary, preset }: KpiTilesProps) {
  const { ratio } = summary;
  const caseHolders = summary.counted.length;
  return (
    <>
      <dl className="kpi-tiles">
        <div className="kpi">
          <dt>Caseload per FTE</dt>
          <dd className="kpi__value">
            {ratio.status === 'ok'
              ? formatLoad(ratio.value)
              : ratio.status === 'empty'
                ? 'No case holders'
                : 'No FTE recorded'}
          </dd>
          <dd className="kpi__rule">
            {ratio.status === 'ok'
              ? `${formatCount(ratio.cases)} cases held by case holders ÷ their ${formatFte(ratio.fte)} FTE (DfE rule)`
              : 'Cases held by case holders ÷ their FTE: nothing to divide'}
          </dd>
        </div>
        <div className="kpi">
          <dt>Case holders</dt>
          <dd className="kpi__value">{formatCount(caseHolders)}</dd>
          <dd className="kpi__rule">
            {formatFte(ratio.fte)} FTE;{' '}
            {plural(
              summary.notCaseHolders.length,
              'manager or other worker',
              'managers or other workers',
            )}{' '}
            not counted
          </dd>
        </div>
        {summary.overCaps.map((over) => (
          <div className="kpi" key={over.threshold}>
            <dt>At {over.threshold}+ cases per FTE</dt>
            <dd className="kpi__value">
              {over.of === 0 ? 'None to count' : `${over.count} of ${over.of}`}
              {over.share !== null && (
                <span className="kpi__share"> ({formatShare(over.share)})</span>
              )}
            </dd>
            <dd className="kpi__rule">
              Case holders whose own cases ÷ own FTE is {over.threshold} or more
            </dd>
          </div>
        ))}
        <div className="kpi">
          <dt>Highest / median per worker</dt>
          <dd className="kpi__value">
            {summary.highestLoad === null || summary.medianLoad === null
              ? 'None'
              : `${formatLoad(summary.highestLoad)} / ${formatLoad(summary.medianLoad)}`}
          </dd>
          <dd className="kpi__rule">Each case holder’s cases ÷ their FTE</dd>
        </div>
        <div className="kpi">
          <dt>Unallocated cases</dt>
          <dd className="kpi__value">
            {summary.unallocatedCases === null
              ? 'Not reported'
              : formatCount(summary.unallocatedCases)}
          </dd>
          <dd className="kpi__rule">Waiting for a named worker; not in anyone’s caseload</dd>
        </div>
        <div className="kpi">
          <dt>Vacant posts</dt>
          <dd className="kpi__value">
            {summary.vacantFte === null ? 'Not reported' : `${formatFte(summary.vacantFte)} FTE`}
          </dd>
          <dd className="kpi__rule">Funded posts without a worker</dd>
        </div>
      </dl>
      <p className="kpi-tiles__source">
        Caps: {preset.name}. Source: {preset.source}.
      </p>
    </>
  );
}
