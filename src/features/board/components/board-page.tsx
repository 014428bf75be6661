import { useMemo, useState } from 'react';
import type { Organisation, Unit } from '../../../contract/v1';
import { bandColour } from '../../../domain/band-colours';
import type { Band } from '../../../domain/bands';
import {
  boardSpreadRows,
  boardUnitRows,
  boardWorkerRows,
  isSmallGroup,
  suppressedText,
  type BoardRow,
} from '../../../domain/board-rows';
import { caseloadTableCells, spreadTableCells } from '../../../domain/board-tables';
import { capThreshold, formatCap, type Cap, type CapPreset } from '../../../domain/caps';
import { capsInForce, tableContext } from '../../../domain/csv-context';
import { ownCapDescription } from '../../../domain/explain';
import { childRows, sortRows, type ChartRow } from '../../../domain/chart-rows';
import { formatDate, formatLoad } from '../../../domain/format';
import { headlineFor } from '../../../domain/headline';
import { measureCaption, valueUnit } from '../../../domain/measure-options';
import type { OrgIndex } from '../../../domain/org-index';
import type { SnapshotHistory } from '../../../domain/snapshot-history';
import type { TrendReference } from '../../../components/trend-chart';
import { pseudonymsFor } from '../../../domain/pseudonyms';
import { inOrderOf, spreadRows } from '../../../domain/spread-rows';
import { unitFiguresUnder } from '../../../domain/unit-figures';
import type { LoadSettings } from '../../../domain/worker-load';
import { downloadBlob, exportFileName } from '../../../lib/export-download';
import { elementToPng } from '../../../lib/export-image';
import type { ViewSearch } from '../../../lib/view-search';
import { useBoardSettingsStore } from '../../../stores/board-settings-store';
import { Notice } from '../../../components/notice';
import { BoardCaption } from './board-caption';
import { BoardCaseloadPanel } from './board-caseload-panel';
import { BoardControls } from './board-controls';
import { BoardFigures } from './board-figures';
import { BoardSpreadPanel } from './board-spread-panel';
import { BoardTrendPanel } from './board-trend-panel';
import { useBoardBenchmark } from './use-board-benchmark';
import { useElementSize } from '../../../components/use-element-size';
import { printSize, screenLayout } from './board-screen-layout';
import './board.css';

export interface BoardPageProps {
  index: OrgIndex;
  unit: Unit;
  caps: readonly Cap[];
  bands: readonly Band[];
  preset: CapPreset;
  settings: LoadSettings;
  search: ViewSearch;
  organisationName: string;
  /** The data source in words, as the page header says it. */
  sourceLabel: string;
  /** What the badge says on demo data (not a real council), or null on real data. */
  demoLabel: string | null;
  /** Fallbacks taken on the way here (a stale link…): shown above the board, not in it. */
  notices: readonly string[];
  /** The snapshots loaded so far: with them the board draws the unit's trend as a third panel. */
  history?: SnapshotHistory;
  /** England and the region, drawn on the trend when shown. */
  trendReferences?: readonly TrendReference[];
  /** The snapshot's organisation, which places the unit among DfE's figures; absent while loading. */
  organisation?: Organisation;
}

/**
 * A unit on one 16:9 screen for a board report: a caption that explains it
 * (organisation, date, source, measure, caps and their sources), key figures,
 * the unit chart, the spread and (when given) the trend. No worker name
 * appears unless someone switches names on, and groups smaller than the
 * chosen size are suppressed.
 */
export function BoardPage(props: BoardPageProps) {
  const { index, unit, caps, bands, preset, settings, search } = props;
  const { view } = settings;
  const showNames = useBoardSettingsStore((state) => state.showNames);
  const minGroupSize = useBoardSettingsStore((state) => state.minGroupSize);
  const privacy = useMemo(() => ({ showNames, minGroupSize }), [showNames, minGroupSize]);
  const [boardRef, screen] = useElementSize<HTMLDivElement>();
  const [sheetRef, sheet] = useElementSize<HTMLElement>();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const isTeam = index.isLeaf(unit.id);
  const figures = useMemo(
    () => unitFiguresUnder(index, unit.id, caps, bands, settings),
    [index, unit.id, caps, bands, settings],
  );
  // Pseudonyms over the whole snapshot, so no two workers anywhere share one.
  const pseudonyms = useMemo(
    () => pseudonymsFor(index.workersUnder(index.root.id).map((worker) => worker.id)),
    [index],
  );
  const sorted = useMemo(
    () => sortRows(childRows(index, unit.id, caps, bands, settings), 'load'),
    [index, unit.id, caps, bands, settings],
  );
  // Every child unit's spread, units of published totals included: the caseload CSV counts from it.
  const allSpread = useMemo(
    () => inOrderOf(spreadRows(index, unit.id, caps, bands, settings), sorted),
    [index, unit.id, caps, bands, settings, sorted],
  );
  const spread = useMemo(
    () =>
      boardSpreadRows(
        allSpread.filter((row) => row.total > 0 || row.totalsUnits === 0),
        privacy,
      ),
    [allSpread, privacy],
  );
  const rows = useMemo<BoardRow[]>(() => {
    if (isTeam) return boardWorkerRows(sorted, pseudonyms, privacy);
    const counted = new Map(
      spread.map((row) => [row.key, row.total === 0 && row.totalsUnits > 0 ? null : row.total]),
    );
    return boardUnitRows(sorted, (key) => counted.get(key) ?? null, privacy);
  }, [sorted, isTeam, pseudonyms, privacy, spread]);

  const withheldWords = suppressedText(minGroupSize);
  const unitWithheld = isSmallGroup(figures.counted.length, minGroupSize) ? withheldWords : null;
  const unitText = valueUnit(view);
  const who = view.population === 'case-holders' ? 'case holder' : 'worker';
  const childName = isTeam ? 'Workers' : childKindName(index.children(unit.id));
  const topCap = caps[caps.length - 1];
  const topCapLabel = topCap ? `${formatLoad(capThreshold(topCap)).replace(/\.0$/, '')}+` : null;
  const asAt = formatDate(index.asAt);
  const inForce = capsInForce(caps, preset, settings);
  const ownCapRule = ownCapDescription(settings);
  const source = props.demoLabel ?? props.sourceLabel;
  const benchmark = useBoardBenchmark({
    index,
    unit,
    organisation: props.organisation,
    view,
    value: unitWithheld === null && figures.load.status === 'ok' ? figures.load.value : null,
    valueMissing: unitWithheld
      ? `${unit.name}’s own figure is ${withheldWords}.`
      : figures.load.status === 'ok'
        ? null
        : `${unit.name} has no case holders with a known FTE.`,
  });
  const panelCaption = [
    // At the organisation the unit is the organisation: name it once.
    `${unit.parentId === null ? unit.name : `${props.organisationName} · ${unit.name}`} · as at ${asAt}`,
    `${measureCaption(view)} Caps: ${caps.map(formatCap).join(', ')}.`,
  ];
  const csvContext = (unitHeader: string) =>
    tableContext({
      organisation: props.organisationName,
      unit: unit.name,
      unitHeader,
      asAt: index.asAt,
      dataSource: source,
      caps,
      preset,
      settings,
    });
  // A file with names in it says so in its name, so it is not taken for the anonymised one.
  const fileStem = (what: string) =>
    exportFileName(
      ['loadline', unit.name, index.asAt, what, ...(showNames ? ['with-worker-names'] : [])],
      'x',
    ).replace(/\.x$/, '');
  const linkFor = isTeam
    ? null
    : (row: ChartRow): ViewSearch => ({
        ...search,
        unit: row.target.unit,
        worker: undefined,
        layout: 'board',
      });
  const caseloadCells = () =>
    caseloadTableCells(rows, isTeam ? 'worker' : 'unit', view, topCapLabel, allSpread);
  const spreadCells = () => spreadTableCells(spread, bands, withheldWords, view);
  const legend = bands.map((band) => ({
    label: band.label,
    colour: bandColour(band.severity, bands.length),
  }));
  const headline = unitWithheld
    ? `Figures about ${unit.name}’s workers are ${withheldWords}.`
    : headlineFor(unit.name, figures, { who, unit: unitText });

  const layout = screenLayout(screen.width, screen.height);

  async function saveBoard() {
    if (!sheetRef.current) return;
    setSaving(true);
    setProblem(null);
    try {
      downloadBlob(await elementToPng(sheetRef.current), `${fileStem('board')}.png`);
    } catch (error) {
      setProblem(
        `The image could not be made: ${error instanceof Error ? error.message : 'unknown error'}.`,
      );
    } finally {
      setSaving(false);
    }
  }

  return (
    <div
      ref={boardRef}
      className={`board${layout.short ? ' board--short' : ''}`}
      style={{ ...layout.style, ...printSize(sheet.width, sheet.height) }}
    >
      <BoardControls
        dashboard={{ ...search, layout: undefined }}
        onSaveBoard={() => void saveBoard()}
        saving={saving}
        problem={problem}
      />
      {props.notices.length > 0 && (
        <div className="board-notices" data-export-ignore="">
          {props.notices.map((notice) => (
            <Notice key={notice} tone="warning">
              {notice}
            </Notice>
          ))}
        </div>
      )}
      <main id="main" className="board-sheet" ref={sheetRef} tabIndex={-1}>
        <BoardCaption
          unitName={unit.name}
          headline={headline}
          organisationName={props.organisationName}
          asAt={asAt}
          source={source}
          measure={measureCaption(view)}
          caps={inForce.caps}
          capsSource={inForce.source}
          ownCap={sentenceCase(ownCapRule)}
          benchmark={benchmark}
        />
        {showNames && (
          <p className="board-warning" role="alert">
            <strong>Worker names are shown.</strong> This board holds personal data: switch names
            off before you save, print or share it.
          </p>
        )}
        <BoardFigures figures={figures} withheld={unitWithheld} />
        <div className={`board-panels${props.history ? ' board-panels--with-trend' : ''}`}>
          <BoardCaseloadPanel
            rows={rows}
            bands={bands}
            caps={caps}
            view={view}
            isTeam={isTeam}
            unitWithheld={unitWithheld}
            withheldWords={withheldWords}
            childName={childName}
            who={who}
            title={`${childName} in ${unit.name}: ${unitText}`}
            tableCaption={`${childName} in ${unit.name}, as at ${asAt}: ${unitText}`}
            caption={panelCaption}
            fileStem={fileStem('caseloads')}
            cells={caseloadCells}
            csvContext={csvContext('Part of')}
            legend={legend}
            linkFor={linkFor}
            ownCapRule={ownCapRule}
          />
          {!unit.aggregate && (
            <BoardSpreadPanel
              rows={spread}
              bands={bands}
              who={who}
              withheldWords={withheldWords}
              tableCaption={`${sentenceCase(who)}s in each band, as at ${asAt}`}
              caption={panelCaption}
              fileStem={fileStem('spread')}
              cells={spreadCells}
              csvContext={csvContext('Part of')}
              legend={legend}
            />
          )}
          {props.history && (
            <div className="board-slot board-slot--trend">
              <BoardTrendPanel
                unitId={unit.id}
                unitName={unit.name}
                asAt={index.asAt}
                history={props.history}
                caps={caps}
                bands={bands}
                settings={settings}
                references={props.trendReferences ?? []}
                minGroupSize={minGroupSize}
                withheldWords={withheldWords}
                valueLabel={sentenceCase(unitText)}
                caption={panelCaption}
                fileStem={fileStem('trend')}
                csvContext={csvContext('Unit')}
                legend={legend}
              />
            </div>
          )}
        </div>
        <footer className="board-footer">
          <p>
            Worker names are {showNames ? 'shown' : 'replaced by pseudonyms'}; groups of fewer than{' '}
            {minGroupSize} workers are suppressed. Solid lines mark caps, dashed lines a target
            range; a load exactly on a cap counts in the band above it. Loadline counts caseloads as
            the Department for Education does: cases held by case holders ÷ their FTE.
          </p>
        </footer>
      </main>
    </div>
  );
}

function sentenceCase(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** "Service areas", "Teams": what the bars of a unit's chart are. */
function childKindName(children: readonly Unit[]): string {
  const kinds = new Set(children.map((child) => child.kind));
  const plurals: Record<string, string> = {
    area: 'Service areas',
    team: 'Teams',
    council: 'Councils',
    region: 'Regions',
  };
  const [only] = kinds;
  return kinds.size === 1 && only !== undefined ? (plurals[only] ?? 'Units') : 'Units';
}
