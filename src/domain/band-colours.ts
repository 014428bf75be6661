/**
 * Band colours from calm to urgent. Lightness falls at every step (teal,
 * blue, purple, dark pink, near-black wine, in steps of about 10 L*), so the order reads in greyscale and for
 * colour-blind readers, and each has at least 3:1 contrast on white.
 * Colour is never the only signal: every band is also named in words.
 */
export const BAND_RAMP = ['#28A197', '#3B7EA1', '#6A51A3', '#801650', '#3F0A28'] as const;

/** The colour of a band, spreading the ramp across however many bands there are. */
export function bandColour(severity: number, bandCount: number): string {
  const last = BAND_RAMP.length - 1;
  const position = bandCount <= 1 ? 0 : Math.round((severity * last) / (bandCount - 1));
  return BAND_RAMP[Math.min(Math.max(position, 0), last)] ?? BAND_RAMP[0];
}
