import { describeLoad } from '../../../domain/explain';
import { formatCount, formatFte, formatLoad, formatShare } from '../../../domain/format';
import { populationNames, valueUnit } from '../../../domain/measure-options';
import type { UnitFigures } from '../../../domain/unit-figures';

interface BoardFiguresProps {
  figures: UnitFigures;
  /** Words shown in place of figures about people when the group is too small; null when shown. */
  withheld: string | null;
}

interface Figure {
  label: string;
  value: string;
  rule: string;
  /** True for figures about how workers' loads fall, which a small group could identify. */
  aboutPeople: boolean;
}

function countOf(count: number, of: number, share: number | null): string {
  if (of === 0) return 'No one to count';
  return `${formatCount(count)} of ${formatCount(of)}${share === null ? '' : ` (${formatShare(share)})`}`;
}

/** The board's key figures: compact, each with its rule, withheld for a small group. */
export function BoardFigures({ figures, withheld }: BoardFiguresProps) {
  const { view } = figures;
  const unit = valueUnit(view);
  const list: Figure[] = [
    {
      label: `${unit.charAt(0).toUpperCase()}${unit.slice(1)}`,
      value: describeLoad(figures.load),
      rule: populationNames[view.population],
      aboutPeople: true,
    },
    ...figures.overCaps.map((over) => ({
      label: `At ${formatLoad(over.threshold).replace(/\.0$/, '')}+`,
      value: countOf(over.count, over.of, over.share),
      rule: `Counted workers’ own ${unit}`,
      aboutPeople: true,
    })),
    {
      label: 'At or over own cap',
      value: countOf(figures.overOwnCap.count, figures.overOwnCap.of, figures.overOwnCap.share),
      rule: 'Pro rata to FTE; lower for ASYE',
      aboutPeople: true,
    },
    {
      label: 'Unallocated cases',
      value:
        figures.unallocatedCases === null ? 'Not reported' : formatCount(figures.unallocatedCases),
      rule: 'Waiting for a named worker',
      aboutPeople: false,
    },
    {
      label: 'Vacant posts',
      value: figures.vacantFte === null ? 'Not reported' : `${formatFte(figures.vacantFte)} FTE`,
      rule: 'Funded, without a worker',
      aboutPeople: false,
    },
    {
      label: 'Agency share of FTE',
      value:
        figures.agencyShareOfFte === null ? 'Not known' : formatShare(figures.agencyShareOfFte),
      rule: 'Every role, as DfE counts it',
      aboutPeople: true,
    },
    {
      label: 'Workers',
      value: formatCount(figures.headcount),
      rule: `${formatFte(figures.totalFte)} FTE in all`,
      aboutPeople: false,
    },
  ];
  return (
    <dl className="board-figures">
      {list.map((figure) => (
        <div className="board-figure" key={figure.label}>
          <dt>{figure.label}</dt>
          <dd className="board-figure__value">
            {withheld !== null && figure.aboutPeople ? withheld : figure.value}
          </dd>
          <dd className="board-figure__rule">{figure.rule}</dd>
        </div>
      ))}
    </dl>
  );
}
