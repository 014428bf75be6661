import { bandColour } from '../domain/band-colours';
import type { Band } from '../domain/bands';

interface BandKeyProps {
  bands: readonly Band[];
  counts?: readonly number[];
  /** The board sets its own, smaller key; pages show it like the caseload chart's legend. */
  className?: string;
  /** The list's name for screen readers, when the page has another list of bands. */
  label?: string;
}

/**
 * The bands' colours and names, calmest first (the order a spread stacks
 * them, left to right), for a chart that has no legend of its own.
 */
export function BandKey({ bands, counts, className = 'band-key', label = 'Bands' }: BandKeyProps) {
  return (
    <div className={className}>
      <ul aria-label={label}>
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
