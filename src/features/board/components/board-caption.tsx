import type { BoardBenchmark } from '../../../domain/board-benchmark';

export interface BoardCaptionProps {
  unitName: string;
  headline: string;
  organisationName: string;
  /** The as-at date in words. */
  asAt: string;
  source: string;
  measure: string;
  caps: string;
  capsSource: string;
  /** How each worker's own cap is set, in words. */
  ownCap: string;
  /** The unit against England, or why not; null while DfE's figures load or when hidden. */
  benchmark: BoardBenchmark | null;
}

/**
 * The board's caption: what the unit is, who is over which cap, how it
 * stands against England, and everything a reader needs to trust it
 * (organisation, date, source, measure, caps, own cap, DfE's year and source).
 */
export function BoardCaption(props: BoardCaptionProps) {
  const { benchmark } = props;
  return (
    <header className="board-caption">
      <div className="board-caption__title">
        <h1>{props.unitName}: caseloads against caps</h1>
        <p className="board-caption__headline">{props.headline}</p>
        {benchmark?.available && <p className="board-caption__benchmark">{benchmark.sentence}</p>}
      </div>
      <dl className="board-caption__facts">
        <div>
          <dt>Organisation</dt>
          <dd>{props.organisationName}</dd>
        </div>
        <div>
          <dt>As at</dt>
          <dd>{props.asAt}</dd>
        </div>
        <div>
          <dt>Data source</dt>
          <dd>{props.source}</dd>
        </div>
        <div>
          <dt>Measure</dt>
          <dd>{props.measure}</dd>
        </div>
        <div className="board-caption__wide">
          <dt>Caps</dt>
          <dd>
            {props.caps}: {props.capsSource}.
          </dd>
        </div>
        <div className="board-caption__wide">
          <dt>Own cap</dt>
          <dd>{props.ownCap}.</dd>
        </div>
        {benchmark && (
          <div className="board-caption__wide">
            <dt>England</dt>
            <dd>
              {benchmark.available
                ? `${benchmark.source}${benchmark.note ? ` ${benchmark.note}` : ''}`
                : benchmark.reason}
            </dd>
          </div>
        )}
      </dl>
    </header>
  );
}
