import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { formatCount, plural } from '../../../domain/format';
import type { OrgIndex } from '../../../domain/org-index';
import {
  findWorkers,
  workerDirectory,
  type WorkerEntry,
  type WorkerMatches,
} from '../../../domain/worker-search';
import './worker-finder.css';

interface WorkerFinderProps {
  /** The snapshot on screen, or null while it loads. */
  index: OrgIndex | null;
  /** Opens the worker's page. Focus has left the field by then, so the page opened can take it. */
  onChoose: (worker: WorkerEntry) => void;
}

/**
 * "Find a worker": a combobox (WAI-ARIA APG, list autocomplete) that opens
 * one worker's page straight away, so a supervisor sharing their screen never
 * passes through a team's chart of colleagues. Suggestions show names and
 * teams only, never a figure. Type, then Up and Down to move through the
 * suggestions, Enter to open one, Escape to close them (and again to clear).
 */
export function WorkerFinder({ index, onChoose }: WorkerFinderProps) {
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const optionId = (position: number) => `${id}-option-${position}`;
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // The directory is built when the field is first used, not on every page load.
  const [used, setUsed] = useState(false);
  const directory = useMemo(() => (used && index ? workerDirectory(index) : null), [used, index]);
  const matches = useMemo(
    () => (directory ? findWorkers(directory, query) : null),
    [directory, query],
  );
  const shown = matches?.shown ?? [];
  const searching = query.trim() !== '';
  const listShown = open && shown.length > 0;
  const activeEntry = listShown ? shown[active] : undefined;
  const activeId = activeEntry ? optionId(active) : undefined;

  // The list scrolls, at 320 px wide or with long team names: keep the suggestion in hand in view.
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  function choose(worker: WorkerEntry) {
    setQuery('');
    setOpen(false);
    setActive(-1);
    input.current?.blur();
    onChoose(worker);
  }

  function move(step: 1 | -1) {
    if (shown.length === 0) return;
    if (!listShown) {
      setOpen(true);
      setActive(step === 1 ? 0 : shown.length - 1);
      return;
    }
    setActive((current) => {
      if (current === -1) return step === 1 ? 0 : shown.length - 1;
      return (current + step + shown.length) % shown.length;
    });
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (event.altKey) setOpen(true);
        else move(1);
        return;
      case 'ArrowUp':
        event.preventDefault();
        move(-1);
        return;
      case 'Enter': {
        const chosen = activeEntry ?? (matches?.total === 1 ? shown[0] : undefined);
        if (!chosen) return;
        event.preventDefault();
        choose(chosen);
        return;
      }
      case 'Escape':
        if (open && searching) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (query !== '') {
          event.preventDefault();
          setQuery('');
        }
        return;
      case 'ArrowLeft':
      case 'ArrowRight':
      case 'Home':
      case 'End':
        // The caret moves in the text, so the suggestion is no longer the one in hand.
        setActive(-1);
        return;
    }
  }

  return (
    <div className="worker-finder" role="search">
      <label className="field__label" htmlFor={inputId}>
        Find a worker
      </label>
      <div className="worker-finder__box">
        <input
          ref={input}
          id={inputId}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={listShown}
          aria-controls={listShown ? listId : undefined}
          aria-activedescendant={activeId}
          aria-describedby={hintId}
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onFocus={() => {
            setUsed(true);
            setOpen(true);
          }}
          onBlur={() => {
            setOpen(false);
            setActive(-1);
          }}
          onKeyDown={handleKeyDown}
        />
        {open && searching && (
          <div className="worker-finder__popup">
            {listShown && (
              <div className="worker-finder__list" id={listId} role="listbox" aria-label="Workers">
                {shown.map((worker, position) => (
                  // The keyboard works through the field (aria-activedescendant), as the
                  // combobox pattern has it: an option is clicked, never focused.
                  // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/interactive-supports-focus
                  <div
                    key={worker.id}
                    id={optionId(position)}
                    role="option"
                    aria-selected={position === active}
                    // Read as "William Shaw, Team North", with the pause the two lines make on screen.
                    aria-label={`${worker.name}, ${worker.team}`}
                    className="worker-finder__option"
                    // Keep focus in the field, so choosing with the mouse does not first close the list.
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => choose(worker)}
                  >
                    <span className="worker-finder__name">{worker.name}</span>
                    <span className="worker-finder__team">{worker.team}</span>
                  </div>
                ))}
              </div>
            )}
            <p className="worker-finder__note">{visibleNote(matches)}</p>
          </div>
        )}
      </div>
      <p id={hintId} className="visually-hidden">
        Type part of their name. Suggestions show names and teams only.
      </p>
      <p className="visually-hidden" role="status">
        {searching ? announcement(matches, query) : ''}
      </p>
    </div>
  );
}

/** Under the suggestions: how many more there are, or why there are none. */
function visibleNote(matches: WorkerMatches | null): string {
  if (!matches) return 'Loading the list of workers…';
  const { shown, total } = matches;
  if (total === 0) return 'No worker’s name matches. Check the spelling, or type less of it.';
  const more = total - shown.length;
  if (more > 0) {
    return `${plural(more, 'more worker', 'more workers')} ${more === 1 ? 'matches' : 'match'}: type more of the name to narrow them.`;
  }
  return total === 1 ? 'One worker matches.' : `${formatCount(total)} workers match.`;
}

/** What a screen reader hears as the suggestions change. */
function announcement(matches: WorkerMatches | null, query: string): string {
  if (!matches) return 'Loading the list of workers…';
  const { shown, total } = matches;
  if (total === 0) return `No worker’s name matches “${query.trim()}”.`;
  const listed =
    total > shown.length
      ? `${plural(total, 'worker')} match; the first ${formatCount(shown.length)} are listed.`
      : `${plural(total, 'worker')} ${total === 1 ? 'matches' : 'match'}.`;
  return `${listed} Use the up and down arrows to choose, then Enter to open.`;
}
