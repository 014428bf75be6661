import { useEffect, useMemo, useRef, useState } from 'react';
import { BandKey } from '../../../components/band-key';
import { boundaryRule, bandsFromCaps } from '../../../domain/bands';
import {
  builtInPresets,
  MAX_CAPS,
  capThreshold,
  type Cap,
  type CapPreset,
} from '../../../domain/caps';
import { labelAfterValueEdit } from '../../../domain/cap-labels';
import { toDrafts, validateCapDrafts, type CapDraft } from '../../../domain/validate-caps';
import { useCapsStore } from '../../../stores/caps-store';
import { teamTypeName } from '../../../domain/active-caps';
import { CapRow } from './cap-row';
import { ErrorSummary } from './error-summary';

/** A cap being edited, with an id that stays with it when rows above it are removed. */
interface KeyedDraft {
  id: number;
  draft: CapDraft;
  /** The row as it was loaded, whose label returns if its values do. */
  original: CapDraft;
}

let nextRowId = 0;
function keyed(drafts: readonly CapDraft[]): KeyedDraft[] {
  return drafts.map((draft) => ({ id: nextRowId++, draft, original: draft }));
}

function edited(row: KeyedDraft, patch: Partial<CapDraft>): CapDraft {
  const next = { ...row.draft, ...patch };
  return 'label' in patch ? next : { ...next, label: labelAfterValueEdit(next, row.original) };
}

interface CapsEditorProps {
  /** The organisation's caps in force. */
  activePreset: CapPreset;
  /** The caps everyone here starts from and reset goes back to: the organisation's when set. */
  defaultPreset: CapPreset;
  /** Caps the organisation's config sets for everyone, or null when it sets none. */
  organisationCaps: CapPreset | null;
  /** Caps the organisation's config sets for kinds of team. */
  organisationTeamTypeCaps: Readonly<Record<string, readonly Cap[]>>;
  /** Kinds of team in this snapshot, which may each have caps of their own. */
  teamTypes: readonly string[];
  /** Called with the caps just saved as the organisation's. */
  onSaved: (caps: readonly Cap[]) => void;
  onReset: () => void;
  onClose: () => void;
}

/** Edits the caps as text rows; saves only when every row is valid. */
export function CapsEditor({
  activePreset,
  defaultPreset,
  organisationCaps,
  organisationTeamTypeCaps,
  teamTypes,
  onSaved,
  onReset,
  onClose,
}: CapsEditorProps) {
  const saveCustomCaps = useCapsStore((state) => state.saveCustomCaps);
  const resetCaps = useCapsStore((state) => state.resetCaps);
  const teamTypeCaps = useCapsStore((state) => state.teamTypeCaps);
  const saveTeamTypeCaps = useCapsStore((state) => state.saveTeamTypeCaps);
  const clearTeamTypeCaps = useCapsStore((state) => state.clearTeamTypeCaps);
  /** null: the organisation's caps; otherwise a kind of team. */
  const [scope, setScope] = useState<string | null>(null);
  const [rows, setRows] = useState<KeyedDraft[]>(() => keyed(toDrafts(activePreset.caps)));
  const drafts = useMemo(() => rows.map((row) => row.draft), [rows]);
  const replaceDrafts = (next: readonly CapDraft[]) => setRows(keyed(next));
  const [submitted, setSubmitted] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [status, setStatus] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const form = useRef<HTMLFormElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  /** Where a removed row stood, until focus has moved to what is there now. */
  const removedAt = useRef<number | null>(null);
  useEffect(() => {
    const position = removedAt.current;
    if (position === null) return;
    removedAt.current = null;
    // The row now in the removed one's place, or "Add a cap" when the last row went: the
    // removed row's button is gone, and focus left on <body> would lose the person's place.
    const next = form.current?.querySelectorAll(':scope > fieldset')[position];
    (next?.querySelector<HTMLElement>('select, input') ?? addButton.current)?.focus();
  }, [rows]);

  const validation = useMemo(() => validateCapDrafts(drafts), [drafts]);
  const errors = submitted && !validation.ok ? validation.errors : [];

  function update(position: number, patch: Partial<CapDraft>) {
    setStatus(null);
    setRows((current) =>
      current.map((row, at) => (at === position ? { ...row, draft: edited(row, patch) } : row)),
    );
  }

  function addCap() {
    setStatus(null);
    setRows((current) => {
      const last = validateCapDrafts(current.map((row) => row.draft));
      const top = last.ok && last.caps.length > 0 ? Math.max(...last.caps.map(capThreshold)) : 0;
      return [
        ...current,
        ...keyed([{ kind: 'line', from: String(top + 5), to: '', label: `${top + 5} and over` }]),
      ];
    });
  }

  function removeCap(position: number) {
    removedAt.current = position;
    const left = rows.length - 1;
    // The count left also makes each removal's words new, so a second "Cap 2" is announced too.
    setStatus(`Cap ${position + 1} removed. ${left} ${left === 1 ? 'cap' : 'caps'} left.`);
    setRows((current) => current.filter((_, at) => at !== position));
  }

  const presets = [
    ...(organisationCaps ? [organisationCaps] : []),
    ...Object.values(builtInPresets),
  ];
  /** The caps a kind of team has when this browser sets none: the organisation's for it, if any. */
  const organisationsFor = (teamType: string) =>
    organisationTeamTypeCaps[teamType] ?? activePreset.caps;

  function loadPreset(preset: CapPreset) {
    setStatus(`Loaded “${preset.name}”. Save to use it as your caps.`);
    setSubmitted(false);
    replaceDrafts(toDrafts(preset.caps));
  }

  function changeScope(next: string | null) {
    setScope(next);
    setSubmitted(false);
    setStatus(null);
    replaceDrafts(
      toDrafts(next === null ? activePreset.caps : (teamTypeCaps[next] ?? organisationsFor(next))),
    );
  }

  function save(event: { preventDefault: () => void }) {
    event.preventDefault();
    setSubmitted(true);
    if (!validation.ok) {
      setAttempt((count) => count + 1);
      setStatus(null);
      return;
    }
    if (scope !== null) {
      saveTeamTypeCaps(scope, validation.caps);
      setStatus(
        `Saved: ${teamTypeName(scope).toLowerCase()} now use these caps. They are kept in this browser.`,
      );
      return;
    }
    saveCustomCaps(validation.caps);
    onSaved(validation.caps);
    setStatus(
      organisationCaps
        ? `Your caps are saved and in use. They are kept in this browser: colleagues still see the organisation’s caps (${organisationCaps.name}).`
        : 'Your caps are saved and in use. They are kept in this browser.',
    );
  }

  function reset() {
    setSubmitted(false);
    if (scope !== null) {
      clearTeamTypeCaps(scope);
      replaceDrafts(toDrafts(organisationsFor(scope)));
      setStatus(`${teamTypeName(scope)} now use the organisation’s caps again.`);
      return;
    }
    resetCaps();
    onReset();
    replaceDrafts(toDrafts(defaultPreset.caps));
    setStatus(
      organisationCaps
        ? `Caps reset to the organisation’s: ${organisationCaps.name}.`
        : 'Caps reset to the Loadline default (15, 18–20 and 25+).',
    );
  }

  return (
    <section id="caps-editor" className="caps-editor" aria-labelledby="caps-editor-heading">
      <h2 id="caps-editor-heading" ref={heading} tabIndex={-1}>
        Edit caps
      </h2>
      <p>
        Caps are in cases per FTE. Now in use: <strong>{activePreset.name}</strong> (
        {activePreset.source}).
        {organisationCaps && activePreset.id !== organisationCaps.id && (
          <> The organisation’s caps, which everyone starts from, are {organisationCaps.name}.</>
        )}
      </p>
      {teamTypes.length > 0 && (
        <div className="field caps-editor__scope">
          <label className="field__label" htmlFor="caps-scope">
            Apply these caps to
          </label>
          <select
            id="caps-scope"
            value={scope ?? ''}
            onChange={(event) => changeScope(event.target.value === '' ? null : event.target.value)}
          >
            <option value="">The whole organisation</option>
            {teamTypes.map((teamType) => (
              <option key={teamType} value={teamType}>
                {teamTypeName(teamType)}
                {teamTypeCaps[teamType]
                  ? ' (own caps set)'
                  : organisationTeamTypeCaps[teamType]
                    ? ' (organisation’s caps set)'
                    : ''}
              </option>
            ))}
          </select>
          <span className="hint">
            Caps for a kind of team replace the organisation’s caps on that kind of team’s pages.
          </span>
        </div>
      )}
      <div className="caps-editor__presets">
        <span id="preset-buttons-label">Start from a preset:</span>
        <ul aria-labelledby="preset-buttons-label">
          {presets.map((preset) => (
            <li key={preset.id}>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => loadPreset(preset)}
              >
                {preset.name}
              </button>
              <span className="caps-editor__source">{preset.source}</span>
            </li>
          ))}
        </ul>
      </div>
      {errors.length > 0 && <ErrorSummary errors={errors} attempt={attempt} />}
      <form ref={form} onSubmit={save} noValidate>
        {rows.map(({ id, draft }, position) => (
          <CapRow
            key={id}
            row={position}
            draft={draft}
            errors={errors.filter((error) => error.row === position)}
            canRemove={rows.length > 1}
            onChange={(patch) => update(position, patch)}
            onRemove={() => removeCap(position)}
          />
        ))}
        <button
          ref={addButton}
          type="button"
          className="button button--secondary"
          onClick={addCap}
          disabled={drafts.length >= MAX_CAPS}
        >
          Add a cap
        </button>
        <div className="caps-editor__preview" aria-live="polite">
          <h3>Bands with these caps</h3>
          {validation.ok ? (
            <>
              <BandKey
                bands={bandsFromCaps(validation.caps)}
                className="caps-editor__bands"
                label="Bands with these caps"
              />
              <p className="hint">{boundaryRule(bandsFromCaps(validation.caps))}</p>
            </>
          ) : (
            <p>The preview appears when every cap is valid.</p>
          )}
        </div>
        {/* Always in the page: a screen reader reads a live region's changes, not its arrival. */}
        <div role="status">{status && <p className="caps-editor__status">{status}</p>}</div>
        <div className="button-group">
          <button type="submit" className="button">
            Save caps
          </button>
          <button type="button" className="button button--secondary" onClick={reset}>
            {scope !== null
              ? `Use the organisation’s caps for ${teamTypeName(scope).toLowerCase()}`
              : organisationCaps
                ? 'Reset to the organisation’s caps'
                : 'Reset to default caps'}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            Close
          </button>
        </div>
      </form>
    </section>
  );
}
