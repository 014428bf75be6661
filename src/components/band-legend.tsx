import { bandColour } from '../domain/band-colours';
import { boundaryRule, type Band } from '../domain/bands';
import type { ChartRow } from '../domain/chart-rows';

interface BandLegendProps {
  bands: readonly Band[];
  rows: readonly ChartRow[];
  /**
   * What the bars are ("Service areas", "Workers"): the counts are of bars,
   * which next to a headline counting workers must say what they count.
   * Without it (one worker's bar) the bands are named without counts.
   */
  barsAre?: string;
}

/** Names each band and how many bars fall in it, and states the boundary rule. */
export function BandLegend({ bands, rows, barsAre }: BandLegendProps) {
  const title = barsAre === undefined ? null : `${barsAre} in each band`;
  return (
    <div className="band-legend">
      <div className="band-legend__row">
        {title && (
          <span className="band-legend__title" aria-hidden="true">
            {title}:
          </span>
        )}
        <ul aria-label={title ?? 'Bands'}>
          {[...bands].reverse().map((band) => {
            const count = rows.filter(
              (row) => row.counted && row.band?.severity === band.severity,
            ).length;
            return (
              <li key={band.severity}>
                <span
                  className="band-tag__swatch"
                  style={{ background: bandColour(band.severity, bands.length) }}
                  aria-hidden="true"
                />
                {title === null ? band.label : `${band.label}: ${count}`}
              </li>
            );
          })}
        </ul>
      </div>
      <p className="band-legend__rule">
        Solid lines mark caps; dashed lines mark a target range. {boundaryRule(bands)}
      </p>
    </div>
  );
}
