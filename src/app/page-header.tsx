import type { ReactNode } from 'react';
import { builtInPresets, type CapPreset, type PresetId } from '../domain/caps';
import { formatDate } from '../domain/format';
import { AppLink } from '../components/app-link';
import type { ViewSearch } from '../lib/view-search';
import type { OrgIndex } from '../domain/org-index';
import { HeaderWorkerFinder } from './header-worker-finder';

interface PageHeaderProps {
  organisationName: string;
  /** The data source in words; "Demo data" is shown in its own unmistakable style. */
  sourceLabel: string;
  /** What the badge says on demo data (not a real council), or null on real data. */
  demoLabel: string | null;
  /** A link to switch between demo and imported data, when both are there. */
  sourceSwitch: ReactNode;
  importOpen: boolean | null;
  onToggleImport: () => void;
  dates: readonly string[];
  asAt: string | null;
  /** The snapshot on screen, indexed: what Find a worker searches. */
  index: OrgIndex | null;
  onAsAtChange: (asAt: string) => void;
  presetId: PresetId;
  /** The caps the organisation sets for everyone, offered first; null when it sets none. */
  organisationCaps: CapPreset | null;
  hasCustomCaps: boolean;
  /** True when the custom caps in force came with the link, not from this browser. */
  capsFromLink: boolean;
  onPresetChange: (preset: PresetId) => void;
  capsEditorOpen: boolean;
  onToggleCapsEditor: () => void;
  /** The view's board layout, on unit pages; null elsewhere. */
  boardLayout: ViewSearch | null;
}

/** Organisation, data source, and the controls that change the whole view. */
export function PageHeader(props: PageHeaderProps) {
  const { organisationName, sourceLabel, demoLabel, sourceSwitch, dates, asAt } = props;
  return (
    <header className="page-header">
      <div className="page-header__title">
        <p className="page-header__product">Loadline</p>
        <p className="page-header__org">{organisationName}</p>
        <p className={demoLabel ? 'source-badge source-badge--demo' : 'source-badge'}>
          {demoLabel ?? `Source: ${sourceLabel}`}
          {asAt && !demoLabel ? `, as at ${formatDate(asAt)}` : ''}
        </p>
        {sourceSwitch}
      </div>
      <HeaderWorkerFinder index={props.index} />
      <div className="page-header__controls">
        <div className="field">
          <label className="field__label" htmlFor="snapshot-select">
            Snapshot
          </label>
          <select
            id="snapshot-select"
            value={asAt ?? ''}
            onChange={(event) => props.onAsAtChange(event.target.value)}
            disabled={dates.length === 0}
          >
            {dates.length === 0 && <option value="">No snapshots</option>}
            {[...dates].reverse().map((date) => (
              <option key={date} value={date}>
                {formatDate(date)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="caps-select">
            Caps
          </label>
          <select
            id="caps-select"
            value={props.presetId}
            onChange={(event) => props.onPresetChange(event.target.value as PresetId)}
          >
            {props.organisationCaps && (
              <option value={props.organisationCaps.id}>
                {props.organisationCaps.name} (the organisation’s caps)
              </option>
            )}
            {Object.values(builtInPresets).map((preset) => (
              <option key={preset.id} value={preset.id}>
                {preset.name}
              </option>
            ))}
            {(props.hasCustomCaps || props.presetId === 'custom') && (
              <option value="custom">
                {props.capsFromLink ? 'Caps from the link' : 'Your caps'}
              </option>
            )}
          </select>
        </div>
        {props.importOpen !== null && (
          <button
            type="button"
            className="button button--secondary"
            aria-expanded={props.importOpen}
            aria-controls="import-panel"
            onClick={props.onToggleImport}
          >
            {props.importOpen ? 'Close import' : 'Import data'}
          </button>
        )}
        <button
          type="button"
          className="button button--secondary"
          aria-expanded={props.capsEditorOpen}
          aria-controls="caps-editor"
          onClick={props.onToggleCapsEditor}
        >
          {props.capsEditorOpen ? 'Close caps editor' : 'Edit caps'}
        </button>
        {props.boardLayout && (
          <AppLink className="button button--secondary" to={props.boardLayout}>
            Board layout
          </AppLink>
        )}
      </div>
    </header>
  );
}
