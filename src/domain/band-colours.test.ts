import { BAND_RAMP, bandColour } from './band-colours';

const [teal, blue, purple, pink, wine] = BAND_RAMP;

describe('bandColour', () => {
  it.each([
    // Five bands (the default caps) use the ramp one for one.
    { bandCount: 5, colours: [teal, blue, purple, pink, wine] },
    // Fewer bands spread across the ramp, calmest first and most urgent last.
    { bandCount: 4, colours: [teal, blue, pink, wine] },
    { bandCount: 3, colours: [teal, purple, wine] },
    { bandCount: 2, colours: [teal, wine] },
    { bandCount: 1, colours: [teal] },
  ])('$bandCount bands -> $colours', ({ bandCount, colours }) => {
    const actual = Array.from({ length: bandCount }, (_, severity) =>
      bandColour(severity, bandCount),
    );
    expect(actual).toEqual(colours);
  });

  it('clamps a severity outside the bands to the ends of the ramp', () => {
    expect(bandColour(-1, 5)).toBe(teal);
    expect(bandColour(9, 5)).toBe(wine);
  });

  it('gives a colour from the ramp for every band of up to 13 bands (6 range caps)', () => {
    for (let count = 1; count <= 13; count++) {
      const colours = Array.from({ length: count }, (_, s) => bandColour(s, count));
      for (const colour of colours) expect(BAND_RAMP).toContain(colour);
      expect(colours[0]).toBe(teal);
      if (count > 1) expect(colours[count - 1]).toBe(wine);
      // Never goes back to a calmer colour as severity rises.
      const positions = colours.map((colour) =>
        BAND_RAMP.indexOf(colour as (typeof BAND_RAMP)[number]),
      );
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
  });
});
