import { FigureTile } from '../../../components/figure-tile';
import type { CapPreset } from '../../../domain/caps';
import { describeChange, type ChangeKind, type EarlierValue } from '../../../domain/change';
import {
  describeLoad,
  explainLoad,
  explainOverCap,
  explainOwnCap,
  formatAmount,
  totalsOnlyNote,
} from '../../../domain/explain';
import {
  capitalise,
  formatCount,
  formatFte,
  formatLoad,
  formatShare,
  formatShortDate,
  plural,
} from '../../../domain/format';
import {
  measureNames,
  populationNames,
  valueUnit,
  type ViewMeasure,
} from '../../../domain/measure-options';
import { figureChecks, includesToCheckLine } from '../../../domain/figure-checks';
import type { UnitComparisons } from '../../../domain/trend';
import type { UnitFigures } from '../../../domain/unit-figures';
import { describeWeightingScheme, type WeightingScheme } from '../../../domain/weighting';

interface KpiTilesProps {
  figures: UnitFigures;
  preset: CapPreset;
  /** How each worker's own cap is set, in words. */
  ownCapRule: string;
  weighting: WeightingScheme;
  /** This snapshot against the previous one and a year earlier, once known. */
  comparisons?: UnitComparisons | null;
}

/** What the unit's load measures, as its tile names it: "Cases per FTE". */
export function loadLabel(view: ViewMeasure): string {
  const unit = valueUnit(view);
  if (view.measure === 'points') return measureNames.points;
  return view.measure === 'cases' ? `${capitalise(unit)} held per worker` : capitalise(unit);
}

// Caps live in the browser, not in the snapshots, so an earlier snapshot is read against today's.
const SAME_CAPS_NOTE =
  'Earlier snapshots are measured against today’s caps, so a change here is a change in caseloads, not in the caps.';

function changeLines(
  earlier: readonly EarlierValue[] | undefined,
  now: number | null,
  how: ChangeKind,
): string[] {
  return (earlier ?? []).map((value) => describeChange(value, now, how, formatShortDate));
}

/** The unit's key figures, each with its rule and how it is worked out. */
export function KpiTiles({ figures, preset, ownCapRule, weighting, comparisons }: KpiTilesProps) {
  const { view, load, otherPopulationLoad } = figures;
  const unit = valueUnit(view);
  const otherName = populationNames[view.population === 'everyone' ? 'case-holders' : 'everyone'];
  const perFteWord = view.measure === 'cases' ? `${unit} per worker` : unit;
  // Totals alone say nothing about single workers: per-worker tiles say so, not "no one".
  const totalsOnly = figures.counted.length === 0 && figures.totalsUnits > 0;
  const noOne = totalsOnly ? 'Not in the totals' : 'No one to count';
  const totalsNote = totalsOnlyNote(figures);
  const checks = figureChecks(figures);
  return (
    <>
      <dl className="kpi-tiles">
        <FigureTile
          label={loadLabel(view)}
          value={describeLoad(load)}
          rule={`${otherName}: ${describeLoad(otherPopulationLoad)}`}
          explanation={[
            ...explainLoad(figures),
            `Side by side: ${otherName.charAt(0).toLowerCase()}${otherName.slice(1)} gives ${describeLoad(otherPopulationLoad)}.`,
            ...(comparisons ? [SAME_CAPS_NOTE] : []),
          ]}
          changes={changeLines(comparisons?.load, load.status === 'ok' ? load.value : null, {
            kind: 'load',
          })}
          check={includesToCheckLine(checks.countedToCheck)}
        />
        {figures.overCaps.map((over) => (
          <FigureTile
            key={over.threshold}
            label={`At ${formatLoad(over.threshold).replace(/\.0$/, '')}+ ${unit}`}
            value={
              over.of === 0 ? (
                noOne
              ) : (
                <>
                  {formatCount(over.count)} of {formatCount(over.of)}
                  {over.share !== null && (
                    <span className="kpi__share"> ({formatShare(over.share)})</span>
                  )}
                </>
              )
            }
            rule={`Each counted worker’s own ${unit}`}
            explanation={[
              ...explainOverCap(over, figures),
              ...(comparisons ? [SAME_CAPS_NOTE] : []),
            ]}
            changes={changeLines(comparisons?.overCaps.get(over.threshold), over.share, {
              kind: 'share',
              what: `at ${formatLoad(over.threshold).replace(/\.0$/, '')}+`,
            })}
          />
        ))}
        <FigureTile
          label="At or over their own cap"
          value={
            figures.overOwnCap.of === 0 ? (
              noOne
            ) : (
              <>
                {formatCount(figures.overOwnCap.count)} of {formatCount(figures.overOwnCap.of)}
                {figures.overOwnCap.share !== null && (
                  <span className="kpi__share"> ({formatShare(figures.overOwnCap.share)})</span>
                )}
              </>
            )
          }
          rule="Pro rata to FTE; protected for ASYE workers"
          explanation={explainOwnCap(figures, ownCapRule)}
          changes={changeLines(comparisons?.overOwnCap, figures.overOwnCap.share, {
            kind: 'share',
            what: 'at or over own cap',
          })}
        />
        <FigureTile
          minor
          label="Highest / median per worker"
          value={
            figures.highestLoad === null || figures.medianLoad === null
              ? noOne
              : `${formatLoad(figures.highestLoad)} / ${formatLoad(figures.medianLoad)}`
          }
          rule={`Each counted worker’s own ${unit}`}
          explanation={[
            `The highest and the middle value of the counted workers’ own ${unit}: the spread an average hides.`,
            `${plural(figures.counted.length, 'worker')} counted.`,
            ...(totalsNote === null ? [] : [totalsNote]),
          ]}
          check={checks.highestToCheck ? 'The highest is a record to check (see the notes)' : null}
        />
        <FigureTile
          minor
          label="Unallocated cases"
          value={
            figures.unallocatedCases === null
              ? 'Not reported'
              : formatCount(figures.unallocatedCases)
          }
          rule={
            figures.ifUnallocatedAllocated === null
              ? 'Waiting for a named worker'
              : `If allocated: ${formatLoad(figures.ifUnallocatedAllocated)} ${perFteWord}`
          }
          explanation={[
            'Cases waiting for a named worker, held by the team, in no one’s caseload.',
            figures.ifUnallocatedAllocated === null
              ? 'The “if allocated” figure needs cases counted as children, not weighted or grouped into families (unallocated cases carry no type or sibling group).'
              : `If allocated: (${describeAmount(figures)} + ${formatCount(figures.unallocatedInLoad ?? 0)}) ÷ the same denominator = ${formatLoad(figures.ifUnallocatedAllocated)}.`,
            ...leftOutOfWhatIf(figures.unallocatedCases, figures.unallocatedInLoad, formatCount),
            'Units that do not report unallocated cases are shown as “Not reported”, not 0.',
          ]}
        />
        <FigureTile
          minor
          label="Vacant posts"
          value={
            figures.vacantFte === null ? 'Not reported' : `${formatFte(figures.vacantFte)} FTE`
          }
          rule={
            figures.ifVacanciesFilled === null
              ? 'Funded posts without a worker'
              : `If filled: ${formatLoad(figures.ifVacanciesFilled)} ${perFteWord}`
          }
          explanation={[
            'Funded posts without a worker in them, in FTE.',
            figures.ifVacanciesFilled === null
              ? 'The “if filled” figure applies to per-FTE measures.'
              : `If filled: ${describeAmount(figures)} ÷ (counted FTE + ${formatFte(figures.vacantFteInLoad ?? 0)} vacant FTE) = ${formatLoad(figures.ifVacanciesFilled)}.`,
            ...leftOutOfWhatIf(
              figures.vacantFte,
              figures.vacantFteInLoad,
              (value) => `${formatFte(value)} FTE`,
            ),
          ]}
        />
        <FigureTile
          minor
          label="Agency share of FTE"
          value={
            figures.agencyShareOfFte === null
              ? totalsOnly
                ? 'Not reported'
                : 'No FTE recorded'
              : formatShare(figures.agencyShareOfFte)
          }
          rule={
            figures.agencyShareOfFte === null && totalsOnly
              ? 'Agency or in-post FTE not known'
              : `${formatFte(figures.agencyFte)} of ${formatFte(figures.agencyBaseFte)} FTE`
          }
          explanation={[
            `Agency workers’ FTE ÷ the FTE of every worker here: ${formatFte(figures.agencyFte)} ÷ ${formatFte(figures.agencyBaseFte)}.`,
            'Every role is included, as in DfE’s agency rate.',
            ...agencyTotalsLines(figures),
          ]}
        />
        <FigureTile
          minor
          label="Workers"
          value={
            totalsOnly && figures.publishedHeadcount === null
              ? 'Not reported'
              : formatCount(figures.headcount)
          }
          rule={`${formatFte(figures.totalFte)} FTE in all`}
          explanation={[
            'Everyone recorded in this unit and the units beneath it, in every role.',
            `${plural(figures.counted.length, 'worker')} counted in the load; ${formatCount(figures.notCounted.length)} not counted; ${formatCount(figures.excluded.length)} left out.`,
            ...(figures.publishedHeadcount === null
              ? []
              : [
                  `Includes ${formatCount(figures.publishedHeadcount)} people and their in-post FTE from totals, which leave out agency workers (they are in the agency share).`,
                ]),
          ]}
        />
      </dl>
      <p className="kpi-tiles__source">
        {measureNames[view.measure]}.{' '}
        {view.measure === 'points'
          ? `Compared with capacity, from ${weighting.name}. ${describeWeightingScheme(weighting)}`
          : `Caps: ${preset.name}. Source: ${preset.source}.`}
      </p>
    </>
  );
}

/** When units left out of the load report this figure, says that the "if" figure leaves theirs out. */
function leftOutOfWhatIf(
  all: number | null,
  inLoad: number | null,
  format: (value: number) => string,
): string[] {
  const gap = (all ?? 0) - (inLoad ?? 0);
  return gap > 1e-9
    ? [
        `Of this, ${format(gap)} is reported by units left out of the load (see the notes), so the “if” figure leaves it out too.`,
      ]
    : [];
}

/** How totals enter the agency share: agency FTE ÷ (agency + in-post FTE), as DfE's rate. */
function agencyTotalsLines(figures: UnitFigures): string[] {
  if (figures.totalsUnits === 0) return [];
  const lines = [
    'For units with totals: their agency FTE ÷ (agency FTE + in-post FTE), added to the same sums.',
  ];
  if (figures.agencyTotalsLeftOut > 0) {
    lines.push(
      `${plural(figures.agencyTotalsLeftOut, 'unit')} with totals left out of both sides: agency or in-post FTE not known.`,
    );
  }
  return lines;
}

function describeAmount(figures: UnitFigures): string {
  return figures.load.status === 'ok' ? formatAmount(figures.load.amount) : '0';
}
