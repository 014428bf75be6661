import { bandColour } from '../domain/band-colours';
import { BOUNDARY_RULE, type Band } from '../domain/bands';
import type { ChartRow } from '../domain/chart-rows';

/** Names each band and how many bars fall in it, and states the boundary rule. */
export function BandLegend({ bands, rows }: { bands: readonly Band[]; rows: readonly ChartRow[] }) {
  return (
    <div className="band-legend">
      <ul aria-label="Bands">
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
              {band.label}: {count}
            </li>
          );
        })}
      </ul>
      <p className="band-legend__rule">
        Solid lines mark caps; dashed lines mark a target range. {BOUNDARY_RULE}
      </p>
    </div>
  );
}
