import { useEffect, useId, useRef, useState } from 'react';
import type { Unit } from '../../../contract/v1';
import type { Band } from '../../../domain/bands';
import { caseloadTableCells } from '../../../domain/board-tables';
import { capThreshold, type Cap, type CapPreset } from '../../../domain/caps';
import { childRows, sortRows } from '../../../domain/chart-rows';
import { tableContext, withContext } from '../../../domain/csv-context';
import { toCsv } from '../../../domain/csv-export';
import { formatLoad } from '../../../domain/format';
import type { OrgIndex } from '../../../domain/org-index';
import { spreadRows } from '../../../domain/spread-rows';
import type { LoadSettings } from '../../../domain/worker-load';
import { downloadCsv, exportFileName } from '../../../lib/export-download';
import { hrefFor, useViewSearch } from '../../../lib/view-search';
import { useDataSourceLabel } from '../../../components/data-source-label';
import './unit-share-actions.css';

export interface UnitShareActionsProps {
  index: OrgIndex;
  unit: Unit;
  caps: readonly Cap[];
  bands: readonly Band[];
  preset: CapPreset;
  settings: LoadSettings;
}

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'refused'; url: string };

/**
 * "Download table (CSV)" and "Copy link to this view", beside the table a
 * service manager would send a colleague. The CSV holds every row of the
 * table, highest first, not only the page on screen, with its context in
 * every row; the link names the unit, the snapshot date and the caps, so a
 * colleague opening it next month still sees this month's figures.
 */
export function UnitShareActions({
  index,
  unit,
  caps,
  bands,
  preset,
  settings,
}: UnitShareActionsProps) {
  const { search } = useViewSearch();
  const dataSource = useDataSourceLabel(index.asAt);
  const [copy, setCopy] = useState<CopyState>({ kind: 'idle' });
  const fieldId = useId();
  const field = useRef<HTMLInputElement>(null);
  const isTeam = index.isLeaf(unit.id);

  useEffect(() => {
    if (copy.kind !== 'refused') return;
    field.current?.focus();
    field.current?.select();
  }, [copy]);

  function downloadTable() {
    const rows = sortRows(childRows(index, unit.id, caps, bands, settings), 'load');
    const topCap = caps[caps.length - 1];
    const cells = caseloadTableCells(
      rows,
      isTeam ? 'worker' : 'unit',
      settings.view,
      topCap ? `${formatLoad(capThreshold(topCap)).replace(/\.0$/, '')}+` : null,
      isTeam ? [] : spreadRows(index, unit.id, caps, bands, settings),
    );
    const context = tableContext({
      organisation: index.organisationName,
      unit: unit.name,
      unitHeader: 'Part of',
      asAt: index.asAt,
      dataSource,
      caps,
      preset,
      settings,
    });
    // A team's table names its workers: the file says so, as the board's do.
    const name = exportFileName(
      ['loadline', unit.name, index.asAt, 'table', ...(isTeam ? ['with-worker-names'] : [])],
      'csv',
    );
    downloadCsv(toCsv(withContext(cells, context)), name);
  }

  async function copyLink() {
    const url = new URL(
      hrefFor({ ...search, unit: unit.id, asAt: index.asAt, worker: undefined }),
      window.location.href,
    ).href;
    // Emptied first, so a second copy is announced again.
    setCopy({ kind: 'idle' });
    try {
      // Browsers give no clipboard to a page served over plain http (not a secure context).
      const clipboard = navigator.clipboard as Clipboard | undefined;
      if (!clipboard) throw new Error('No clipboard');
      await clipboard.writeText(url);
      setCopy({ kind: 'copied' });
    } catch {
      setCopy({ kind: 'refused', url });
    }
  }

  return (
    <div className="share-actions">
      <div className="share-actions__buttons">
        <button type="button" className="button button--secondary" onClick={downloadTable}>
          Download table (CSV)
        </button>
        <button type="button" className="button button--secondary" onClick={() => void copyLink()}>
          Copy link to this view
        </button>
      </div>
      <p className="share-actions__status" role="status">
        {copy.kind === 'copied'
          ? 'Link copied'
          : copy.kind === 'refused'
            ? 'The browser did not let Loadline copy the link: copy it from the box below.'
            : ''}
      </p>
      {copy.kind === 'refused' && (
        <div className="share-actions__fallback">
          <label htmlFor={fieldId}>Link to this view</label>
          <p className="hint" id={`${fieldId}-hint`}>
            Selected for you: press Ctrl+C (⌘C on a Mac) to copy it.
          </p>
          <input
            ref={field}
            id={fieldId}
            type="text"
            readOnly
            value={copy.url}
            aria-describedby={`${fieldId}-hint`}
            onFocus={(event) => event.currentTarget.select()}
          />
        </div>
      )}
    </div>
  );
}
