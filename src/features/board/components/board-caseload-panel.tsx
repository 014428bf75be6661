import type { Band } from '../../../domain/bands';
import type { BoardRow } from '../../../domain/board-rows';
import type { Cap } from '../../../domain/caps';
import type { ChartRow } from '../../../domain/chart-rows';
import type { CsvContext } from '../../../domain/csv-context';
import type { CsvCell } from '../../../domain/csv-export';
import type { ViewMeasure } from '../../../domain/measure-options';
import type { SvgLegendItem } from '../../../lib/export-image';
import type { ViewSearch } from '../../../lib/view-search';
import { BandLegend } from '../../../components/band-legend';
import { CaseloadChart } from '../../../components/caseload-chart';
import { barsWithNamesFor } from '../../../components/chart-geometry';
import { ErrorBoundary } from '../../../components/error-boundary';
import { BoardPanel } from './board-panel';
import { BoardPanelNotes } from './board-panel-notes';

export interface BoardCaseloadPanelProps {
  rows: readonly BoardRow[];
  bands: readonly Band[];
  caps: readonly Cap[];
  view: ViewMeasure;
  isTeam: boolean;
  /** Words in place of the team's figures when it is too small to show; null when shown. */
  unitWithheld: string | null;
  withheldWords: string;
  /** "Teams", "Councils", "Workers": what the bars are. */
  childName: string;
  who: string;
  title: string;
  tableCaption: string;
  caption: readonly string[];
  fileStem: string;
  cells: () => CsvCell[][];
  csvContext: CsvContext;
  legend: readonly SvgLegendItem[];
  linkFor: ((row: ChartRow) => ViewSearch) | null;
  /** How each worker's own cap is set, for the key of the mark on a worker's bar. */
  ownCapRule: string;
}

/**
 * The unit chart on the board: the highest bars that fit the panel with
 * every name and value readable (about 24 at 1920 px, 11 at 1280 px), a
 * note saying how many more the table and CSV hold, and the band key.
 */
export function BoardCaseloadPanel(props: BoardCaseloadPanelProps) {
  const { rows, isTeam, unitWithheld, withheldWords } = props;
  const charted = rows.filter((row) => row.counted);
  const withheldRows = rows.filter((row) => row.suppressed);
  const shownFor = (width: number) => charted.slice(0, barsWithNamesFor(width));
  const ownCapsDrawn = isTeam && charted.some((row) => row.ownCap !== null);
  return (
    <BoardPanel
      className="board-panel--caseloads"
      title={props.title}
      caption={props.caption}
      fileStem={props.fileStem}
      table={props.cells}
      csvContext={props.csvContext}
      svgLegend={
        charted.length === 0
          ? null
          : ownCapsDrawn
            ? [
                ...props.legend,
                { label: 'Short black mark: the worker’s own cap', colour: '#0b0c0c' },
              ]
            : props.legend
      }
      footer={({ width }) => {
        const shown = shownFor(width).length;
        return (
          <div className="board-panel__foot">
            {/* With every bar withheld, a count of 0 in each band would read as
                known: the bands are named without counts. */}
            <BandLegend
              bands={props.bands}
              rows={rows}
              barsAre={
                rows.length > 0 && withheldRows.length === rows.length ? undefined : props.childName
              }
            />
            {ownCapsDrawn && (
              <p className="board-panel__note board-own-cap-key">
                <span className="board-own-cap-key__mark" aria-hidden="true" />
                Short black mark: that worker’s own cap ({props.ownCapRule}).
              </p>
            )}
            <BoardPanelNotes
              shown={shown}
              of={charted.length}
              drawnAre="highest"
              // A team whose every load is withheld says so in place of the chart instead.
              withheldNames={isTeam && unitWithheld ? [] : withheldRows.map((row) => row.name)}
              withheldWords={withheldWords}
              cells={props.cells()}
              tableCaption={props.tableCaption}
            />
          </div>
        );
      }}
    >
      {({ width, height }) =>
        charted.length === 0 ? (
          <p className="board-panel__empty">
            {isTeam && unitWithheld
              ? `Each worker’s load is ${withheldWords}.`
              : `No ${props.who}s with a known load here, so there are no bars to draw.`}
          </p>
        ) : (
          <ErrorBoundary label="the chart">
            <CaseloadChart
              rows={shownFor(width)}
              bands={props.bands}
              caps={props.caps}
              view={props.view}
              linkFor={props.linkFor}
              height={height}
            />
          </ErrorBoundary>
        )
      }
    </BoardPanel>
  );
}
