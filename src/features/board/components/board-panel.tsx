import { useId, useRef, useState, type ReactNode } from 'react';
import { withContext, type CsvContext } from '../../../domain/csv-context';
import { toCsv, type CsvCell } from '../../../domain/csv-export';
import { downloadBlob, downloadCsv } from '../../../lib/export-download';
import { chartToSvg, elementToPng, type SvgLegendItem } from '../../../lib/export-image';
import { useElementSize } from '../../../components/use-element-size';

export interface BoardPanelProps {
  title: string;
  /** Organisation, unit, as-at date, measure and caps: the panel explains itself when cut out. */
  caption: readonly string[];
  /** The file name without extension, for every download from this panel. */
  fileStem: string;
  /** The table behind the chart, for CSV; null when there is none. */
  table: (() => CsvCell[][]) | null;
  /** Written into every row of the CSV, so a file found later explains itself. */
  csvContext: CsvContext;
  /** The band legend drawn into an SVG export; null when the panel has no chart to save. */
  svgLegend: readonly SvgLegendItem[] | null;
  /** Drawn under the chart and kept in the PNG: legend, notes. Given the chart's room when it needs it. */
  footer?: ReactNode | ((size: { width: number; height: number }) => ReactNode);
  className?: string;
  children: (size: { width: number; height: number }) => ReactNode;
}

/**
 * One panel of the board: a heading, a caption, the chart filling the room
 * left, and buttons to save it as PNG, SVG or CSV. The buttons are left out
 * of images and print.
 */
export function BoardPanel({
  title,
  caption,
  fileStem,
  table,
  csvContext,
  svgLegend,
  footer,
  className,
  children,
}: BoardPanelProps) {
  const headingId = useId();
  const panel = useRef<HTMLElement>(null);
  const [bodyRef, body] = useElementSize<HTMLDivElement>();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function savePng() {
    if (!panel.current) return;
    setBusy(true);
    setProblem(null);
    try {
      downloadBlob(await elementToPng(panel.current), `${fileStem}.png`);
    } catch (error) {
      setProblem(
        `The image could not be made: ${error instanceof Error ? error.message : 'unknown error'}.`,
      );
    } finally {
      setBusy(false);
    }
  }

  function saveSvg() {
    const chart = panel.current?.querySelector<SVGSVGElement>(
      'svg.recharts-surface, svg.caseload-chart__svg',
    );
    if (!chart || !svgLegend) {
      setProblem('There is no chart to save here.');
      return;
    }
    setProblem(null);
    const text = chartToSvg(chart, { title, caption, legend: svgLegend });
    downloadBlob(new Blob([text], { type: 'image/svg+xml' }), `${fileStem}.svg`);
  }

  return (
    <section
      ref={panel}
      className={`board-panel${className ? ` ${className}` : ''}`}
      aria-labelledby={headingId}
    >
      <div className="board-panel__head">
        <h2 id={headingId}>{title}</h2>
        <div className="board-panel__exports" data-export-ignore="">
          <button
            type="button"
            className="board-button"
            disabled={busy}
            onClick={() => void savePng()}
          >
            PNG<span className="visually-hidden"> image of {title}</span>
          </button>
          {svgLegend && (
            <button type="button" className="board-button" onClick={saveSvg}>
              SVG<span className="visually-hidden"> image of {title}</span>
            </button>
          )}
          {table && (
            <button
              type="button"
              className="board-button"
              onClick={() =>
                downloadCsv(toCsv(withContext(table(), csvContext)), `${fileStem}.csv`)
              }
            >
              CSV<span className="visually-hidden"> table of {title}</span>
            </button>
          )}
        </div>
      </div>
      {caption.map((line) => (
        <p className="board-panel__caption" key={line}>
          {line}
        </p>
      ))}
      {problem && (
        <p className="board-panel__problem" role="alert" data-export-ignore="">
          {problem}
        </p>
      )}
      <div className="board-panel__body" ref={bodyRef}>
        {body.width > 0 && body.height > 0 && children({ width: body.width, height: body.height })}
      </div>
      {typeof footer === 'function' ? footer(body) : footer}
    </section>
  );
}
