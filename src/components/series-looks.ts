/**
 * One look for each series in every chart that draws it: this unit or
 * organisation navy and solid, England grey and dashed, the region magenta and
 * dotted (Analysis Function palette). A person who has learnt the trend's key
 * reads the benchmarks chart the same way; the dash pattern and the marker
 * tell the lines apart without colour.
 */
import type { MarkerShape } from './trend-marks';

export interface SeriesLook {
  colour: string;
  /** SVG stroke-dasharray; undefined for a solid line. */
  dash: string | undefined;
  /** The dash pattern in words, for the key; null for a solid line. */
  pattern: 'dashed' | 'dotted' | 'dash-dot' | null;
  shape: MarkerShape;
}

export const seriesLooks = {
  own: { colour: '#12436D', dash: undefined, pattern: null, shape: 'circle' },
  england: { colour: '#3D3D3D', dash: '7 4', pattern: 'dashed', shape: 'square' },
  region: { colour: '#801650', dash: '3 3', pattern: 'dotted', shape: 'triangle' },
  other: { colour: '#28A197', dash: '10 3 2 3', pattern: 'dash-dot', shape: 'diamond' },
} as const satisfies Record<string, SeriesLook>;

/** The look of a reference line by its key ('england', 'region'); any other gets the spare look. */
export function referenceLook(key: string): SeriesLook {
  return key === 'england' || key === 'region' ? seriesLooks[key] : seriesLooks.other;
}
