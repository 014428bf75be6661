import { bandColour } from '../../../domain/band-colours';
import type { Band } from '../../../domain/bands';

/** The bands' colours and names, calmest first, for a chart that has no legend of its own. */
export function BandKey({ bands, counts }: { bands: readonly Band[]; counts?: readonly number[] }) {
  return (
    <div className="board-key">
      <ul aria-label="Bands">
        {bands.map((band) => (
          <li key={band.severity}>
            <span
              className="band-tag__swatch"
              style={{ background: bandColour(band.severity, bands.length) }}
              aria-hidden="true"
            />
            {band.label}
            {counts ? `: ${counts[band.severity] ?? 0}` : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}
