import { lazy, Suspense, useMemo, useState, type CSSProperties } from 'react';
import type { Unit } from '../../../contract/v1';
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
import { childRows, sortRows, type ChartRow } from '../../../domain/chart-rows';
import { formatDate, formatLoad } from '../../../domain/format';
import { headlineFor } from '../../../domain/headline';
import { measureCaption, valueUnit } from '../../../domain/measure-options';
import type { OrgIndex } from '../../../domain/org-index';
import type { SnapshotHistory } from '../../../domain/snapshot-history';
import type { TrendReference } from '../../../components/trend-chart';
import { pseudonymsFor } from '../../../domain/pseudonyms';
import { inOrderOf, spreadRows } from '../../../domain/spread-rows';
import { unitFigures } from '../../../domain/unit-figures';
import type { LoadSettings } from '../../../domain/worker-load';
import { downloadBlob, exportFileName } from '../../../lib/export-download';
import { elementToPng } from '../../../lib/export-image';
import type { ViewSearch } from '../../../lib/view-search';
import { useBoardSettingsStore } from '../../../stores/board-settings-store';
import { BandKey } from '../../../components/band-key';
import { BandLegend } from '../../../components/band-legend';
import { ErrorBoundary } from '../../../components/error-boundary';
import { Notice } from '../../../components/notice';
import { BoardControls } from './board-controls';
import { BoardFigures } from './board-figures';
import { BoardPanel } from './board-panel';
import { BoardTable } from './board-table';
import { CaseloadChart } from '../../../components/caseload-chart';
import { BoardTrendPanel } from './board-trend-panel';
import { useElementSize } from '../../../components/use-element-size';
import './board.css';

const SpreadChart = lazy(() =>
  import('../../../components/spread-chart').then((module) => ({ default: module.SpreadChart })),
);

/** An A4 landscape page less 8 mm margins, in CSS pixels (96 to the inch). */
const PRINT_PAGE = { width: 1062, height: 733 };

/** Print keeps the sheet's screen layout and scales it onto the page (see board.css). */
function printSize(width: number, height: number): CSSProperties {
  if (width === 0 || height === 0) return {};
  const zoom = Math.min(1, PRINT_PAGE.width / width, PRINT_PAGE.height / height);
  return {
    '--board-screen-width': `${width}px`,
    '--board-screen-height': `${height}px`,
    '--board-print-zoom': zoom.toFixed(4),
  } as CSSProperties;
}

/** At or below this screen height, the panels sit in three columns so each chart keeps its height. */
const SHORT_SCREEN = 900;

/**
 * The board's type and layout, from the screen it fills: about 16 px at
 * 1920x1080 and 12 px at 1280x720. Worked out here, not by viewport units or
 * media queries, because in print those take the paper's size, and the
 * printed board must be the screen's board scaled (charts keep their size).
 */
function screenLayout(width: number, height: number): { style: CSSProperties; short: boolean } {
  if (width === 0 || height === 0) return { style: {}, short: false };
  const fontSize = Math.min(18, Math.max(12, 0.005 * width + 0.006 * height));
  return { style: { fontSize: `${fontSize.toFixed(2)}px` }, short: height <= SHORT_SCREEN };
}

/** Beyond this many bars the board's chart stops being readable on a slide. */
const MAX_BOARD_BARS = 40;

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
    () =>
      unitFigures(index.workersUnder(unit.id), index.unitsUnder(unit.id), caps, bands, settings),
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
  const spread = useMemo(
    () =>
      boardSpreadRows(
        inOrderOf(spreadRows(index, unit.id, caps, bands, settings), sorted).filter(
          (row) => row.total > 0 || row.totalsUnits === 0,
        ),
        privacy,
      ),
    [index, unit.id, caps, bands, settings, privacy, sorted],
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
  const charted = rows.filter((row) => row.counted);
  const shown = charted.slice(0, MAX_BOARD_BARS);
  const withheldRows = rows.filter((row) => row.suppressed);
  const withheldSpread = spread.filter((row) => row.suppressed);
  const spreadShown = spread.filter((row) => !row.suppressed);
  const topCap = caps[caps.length - 1];
  const topCapLabel = topCap ? `${formatLoad(capThreshold(topCap)).replace(/\.0$/, '')}+` : null;
  const asAt = formatDate(index.asAt);
  const capsText = caps.map((cap) => `${formatCap(cap)} (${cap.label})`).join(', ');
  const capsSource =
    view.measure === 'points'
      ? `capacity from ${settings.weighting.name}`
      : `${preset.name}. Source: ${preset.source}`;
  const source = props.demoLabel ?? props.sourceLabel;
  const panelCaption = [
    // At the organisation the unit is the organisation: name it once.
    `${unit.parentId === null ? unit.name : `${props.organisationName} · ${unit.name}`} · as at ${asAt}`,
    `${measureCaption(view)} Caps: ${caps.map(formatCap).join(', ')}.`,
  ];
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
    caseloadTableCells(rows, isTeam ? 'worker' : 'unit', view, topCapLabel);
  const spreadCells = () => spreadTableCells(spread, bands, withheldWords);
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
        <header className="board-caption">
          <div className="board-caption__title">
            <h1>{unit.name}: caseloads against caps</h1>
            <p className="board-caption__headline">{headline}</p>
          </div>
          <dl className="board-caption__facts">
            <div>
              <dt>Organisation</dt>
              <dd>{props.organisationName}</dd>
            </div>
            <div>
              <dt>As at</dt>
              <dd>{asAt}</dd>
            </div>
            <div>
              <dt>Data source</dt>
              <dd>{source}</dd>
            </div>
            <div>
              <dt>Measure</dt>
              <dd>{measureCaption(view)}</dd>
            </div>
            <div className="board-caption__caps">
              <dt>Caps</dt>
              <dd>
                {capsText}: {capsSource}.
              </dd>
            </div>
          </dl>
        </header>
        {showNames && (
          <p className="board-warning" role="alert">
            <strong>Worker names are shown.</strong> This board holds personal data: switch names
            off before you save, print or share it.
          </p>
        )}
        <BoardFigures figures={figures} withheld={unitWithheld} />
        <div className={`board-panels${props.history ? ' board-panels--with-trend' : ''}`}>
          <BoardPanel
            className="board-panel--caseloads"
            title={`${childName} in ${unit.name}: ${unitText}`}
            caption={panelCaption}
            fileStem={fileStem('caseloads')}
            table={caseloadCells}
            svgLegend={shown.length > 0 ? legend : null}
            footer={
              <div className="board-panel__foot">
                {/* With every bar withheld, a count of 0 in each band would read as
                    known: the bands are named without counts. */}
                <BandLegend
                  bands={bands}
                  rows={rows}
                  barsAre={
                    rows.length > 0 && withheldRows.length === rows.length ? undefined : childName
                  }
                />
                {charted.length > shown.length && (
                  <p className="board-panel__note">
                    The {MAX_BOARD_BARS} highest of {charted.length} are drawn; the CSV has all.
                  </p>
                )}
                {withheldRows.length > 0 && !(isTeam && unitWithheld) && (
                  <p className="board-panel__note">
                    Not drawn, {withheldWords}: {withheldRows.map((row) => row.name).join(', ')}.
                  </p>
                )}
                <BoardTable
                  cells={caseloadCells()}
                  caption={`${childName} in ${unit.name}, as at ${asAt}: ${unitText}`}
                />
              </div>
            }
          >
            {({ height }) =>
              shown.length === 0 ? (
                <p className="board-panel__empty">
                  {isTeam && unitWithheld
                    ? `Each worker’s load is ${withheldWords}.`
                    : `No ${who}s with a known load here, so there are no bars to draw.`}
                </p>
              ) : (
                <ErrorBoundary label="the chart">
                  <CaseloadChart
                    rows={shown}
                    bands={bands}
                    caps={caps}
                    view={view}
                    linkFor={linkFor}
                    height={height}
                  />
                </ErrorBoundary>
              )
            }
          </BoardPanel>
          {!unit.aggregate && (
            <BoardPanel
              className="board-panel--spread"
              title={`Spread: ${who}s in each band`}
              caption={panelCaption}
              fileStem={fileStem('spread')}
              table={spreadCells}
              svgLegend={spreadShown.length > 0 ? legend : null}
              footer={
                <div className="board-panel__foot">
                  <BandKey bands={bands} className="board-key" />
                  {withheldSpread.length > 0 && (
                    <p className="board-panel__note">
                      Not drawn, {withheldWords}: {withheldSpread.map((row) => row.name).join(', ')}
                      .
                    </p>
                  )}
                  <BoardTable
                    cells={spreadCells()}
                    caption={`${who.charAt(0).toUpperCase()}${who.slice(1)}s in each band, as at ${asAt}`}
                  />
                </div>
              }
            >
              {({ width, height }) =>
                spreadShown.length === 0 ? (
                  <p className="board-panel__empty">
                    {withheldSpread.length > 0
                      ? `The spread is ${withheldWords}.`
                      : 'No counted workers here, so there is no spread to draw.'}
                  </p>
                ) : (
                  <ErrorBoundary label="the spread chart">
                    <Suspense fallback={<p className="loading">Loading chart…</p>}>
                      <SpreadChart
                        rows={spreadShown}
                        bands={bands}
                        height={height}
                        labelWidth={Math.min(200, Math.max(90, Math.round(width * 0.34)))}
                        countName={`${who[0]?.toUpperCase() ?? ''}${who.slice(1)}s`}
                      />
                    </Suspense>
                  </ErrorBoundary>
                )
              }
            </BoardPanel>
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
                valueLabel={`${unitText.charAt(0).toUpperCase()}${unitText.slice(1)}`}
                caption={panelCaption}
                fileStem={fileStem('trend')}
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
