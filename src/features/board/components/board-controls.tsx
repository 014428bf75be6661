import { useId, useState } from 'react';
import { MIN_GROUP_SIZE_LIMITS } from '../../../domain/board-rows';
import type { ViewSearch } from '../../../lib/view-search';
import { AppLink } from '../../../components/app-link';
import { minGroupSizeSchema, useBoardSettingsStore } from '../../../stores/board-settings-store';

interface BoardControlsProps {
  dashboard: ViewSearch;
  onSaveBoard: () => void;
  saving: boolean;
  problem: string | null;
}

/** The bar above the board: back, privacy settings, whole-board PNG and print. Never in an export. */
export function BoardControls({ dashboard, onSaveBoard, saving, problem }: BoardControlsProps) {
  const showNames = useBoardSettingsStore((state) => state.showNames);
  const setShowNames = useBoardSettingsStore((state) => state.setShowNames);
  const minGroupSize = useBoardSettingsStore((state) => state.minGroupSize);
  const setMinGroupSize = useBoardSettingsStore((state) => state.setMinGroupSize);
  const [sizeText, setSizeText] = useState(String(minGroupSize));
  const [sizeError, setSizeError] = useState<string | null>(null);
  const sizeId = useId();
  const errorId = useId();

  function changeSize(text: string) {
    setSizeText(text);
    const parsed = minGroupSizeSchema.safeParse(text.trim() === '' ? Number.NaN : Number(text));
    if (parsed.success) {
      setSizeError(null);
      setMinGroupSize(parsed.data);
    } else {
      // Nothing is saved until the value is valid; the board keeps the last good one.
      setSizeError(
        `Enter a whole number from ${MIN_GROUP_SIZE_LIMITS.min} to ${MIN_GROUP_SIZE_LIMITS.max}`,
      );
    }
  }

  return (
    <div className="board-controls" data-export-ignore="">
      <AppLink to={dashboard} className="board-controls__back">
        Back to the dashboard
      </AppLink>
      <label className="board-controls__check">
        <input
          type="checkbox"
          checked={showNames}
          onChange={(event) => setShowNames(event.target.checked)}
        />
        Show worker names
      </label>
      <div className="board-controls__field">
        <label htmlFor={sizeId}>Suppress groups smaller than</label>
        <input
          id={sizeId}
          type="number"
          inputMode="numeric"
          min={MIN_GROUP_SIZE_LIMITS.min}
          max={MIN_GROUP_SIZE_LIMITS.max}
          value={sizeText}
          aria-invalid={sizeError !== null}
          aria-describedby={sizeError ? errorId : undefined}
          onChange={(event) => changeSize(event.target.value)}
        />
        {sizeError && (
          <span className="board-controls__error" id={errorId}>
            {sizeError}
          </span>
        )}
      </div>
      <div className="board-controls__actions">
        <button type="button" className="board-button" disabled={saving} onClick={onSaveBoard}>
          {saving ? 'Making the image…' : 'Save the whole board as PNG'}
        </button>
        <button type="button" className="board-button" onClick={() => window.print()}>
          Print
        </button>
      </div>
      {problem && (
        <p className="board-controls__problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
