import type { CsvCell } from '../../../domain/csv-export';
import { BoardTable } from './board-table';

interface BoardPanelNotesProps {
  /** How many rows the panel draws at its size, of how many it has. */
  shown: number;
  of: number;
  /** Which rows are drawn: "highest", "with the highest load". */
  drawnAre: string;
  /** The rows not drawn because their figures are withheld, by name. */
  withheldNames: readonly string[];
  /** Why: "withheld (fewer than 5 workers)". */
  withheldWords: string;
  cells: readonly CsvCell[][];
  tableCaption: string;
}

/**
 * What a board panel leaves undrawn, said under it (the rows beyond what fits
 * its size; the rows withheld), then the whole table for screen readers.
 */
export function BoardPanelNotes(props: BoardPanelNotesProps) {
  const { shown, of } = props;
  return (
    <>
      {of > shown && (
        <p className="board-panel__note">
          The {shown} {props.drawnAre} of {of} are drawn; {of - shown} more are in the table (CSV).
        </p>
      )}
      {props.withheldNames.length > 0 && (
        <p className="board-panel__note">
          Not drawn, {props.withheldWords}: {props.withheldNames.join(', ')}.
        </p>
      )}
      <BoardTable cells={props.cells} caption={props.tableCaption} />
    </>
  );
}
