import { lazy, Suspense } from 'react';
import type { Band } from '../../../domain/bands';
import type { BoardSpreadRow } from '../../../domain/board-rows';
import type { CsvContext } from '../../../domain/csv-context';
import type { CsvCell } from '../../../domain/csv-export';
import type { SvgLegendItem } from '../../../lib/export-image';
import { BandKey } from '../../../components/band-key';
import { ErrorBoundary } from '../../../components/error-boundary';
import { spreadRowsFor } from '../../../components/spread-geometry';
import { BoardPanel } from './board-panel';
import { BoardPanelNotes } from './board-panel-notes';

const SpreadChart = lazy(() =>
  import('../../../components/spread-chart').then((module) => ({ default: module.SpreadChart })),
);

export interface BoardSpreadPanelProps {
  /** In the order of the unit chart: highest load first. */
  rows: readonly BoardSpreadRow[];
  bands: readonly Band[];
  /** "case holder" or "worker". */
  who: string;
  withheldWords: string;
  tableCaption: string;
  caption: readonly string[];
  fileStem: string;
  cells: () => CsvCell[][];
  csvContext: CsvContext;
  legend: readonly SvgLegendItem[];
}

/**
 * The spread on the board: as many units as the panel's height gives a
 * readable row (highest load first, as the unit chart), a note saying how
 * many more the table and CSV hold, and the band key.
 */
export function BoardSpreadPanel(props: BoardSpreadPanelProps) {
  const { rows, withheldWords, who } = props;
  const withheld = rows.filter((row) => row.suppressed);
  const drawable = rows.filter((row) => !row.suppressed);
  const shownFor = (height: number) => drawable.slice(0, spreadRowsFor(height));
  const countName = `${who.charAt(0).toUpperCase()}${who.slice(1)}s`;
  return (
    <BoardPanel
      className="board-panel--spread"
      title={`Spread: ${who}s in each band`}
      caption={props.caption}
      fileStem={props.fileStem}
      table={props.cells}
      csvContext={props.csvContext}
      svgLegend={drawable.length > 0 ? props.legend : null}
      footer={({ height }) => {
        const shown = shownFor(height).length;
        return (
          <div className="board-panel__foot">
            <BandKey bands={props.bands} className="board-key" />
            <BoardPanelNotes
              shown={shown}
              of={drawable.length}
              drawnAre="with the highest load"
              withheldNames={withheld.map((row) => row.name)}
              withheldWords={withheldWords}
              cells={props.cells()}
              tableCaption={props.tableCaption}
            />
          </div>
        );
      }}
    >
      {({ width, height }) =>
        drawable.length === 0 ? (
          <p className="board-panel__empty">
            {withheld.length > 0
              ? `The spread is ${withheldWords}.`
              : 'No counted workers here, so there is no spread to draw.'}
          </p>
        ) : (
          <ErrorBoundary label="the spread chart">
            <Suspense fallback={<p className="loading">Loading chart…</p>}>
              <SpreadChart
                rows={shownFor(height)}
                bands={props.bands}
                height={height}
                labelWidth={Math.min(200, Math.max(90, Math.round(width * 0.34)))}
                countName={countName}
              />
            </Suspense>
          </ErrorBoundary>
        )
      }
    </BoardPanel>
  );
}
