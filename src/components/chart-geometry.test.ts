import fc from 'fast-check';
import type { Cap } from '../domain/caps';
import {
  barChartGeometry,
  barsWithNamesFor,
  legibleTicks,
  spreadApart,
  valueAxisTop,
  valueLabelBaseline,
} from './chart-geometry';

const defaultCaps: Cap[] = [
  { kind: 'line', value: 15, label: '15' },
  { kind: 'range', from: 18, to: 20, label: 'target range' },
  { kind: 'line', value: 25, label: '25 and over' },
];

function bars(values: readonly number[]) {
  return values.map((value) => ({ value, ownCap: null }));
}

describe('valueAxisTop', () => {
  it('leaves room above the highest cap when every bar is below it', () => {
    // Highest cap 25: at least 25 + 5 = 30, and then the next multiple of 5 above it, 35.
    expect(valueAxisTop(bars([21.6, 12.9]), defaultCaps)).toBe(35);
  });

  it('goes above the highest bar by 8%, to a multiple of 5', () => {
    // 32 x 1.08 = 34.56 -> 35.
    expect(valueAxisTop(bars([32]), defaultCaps)).toBe(35);
    // 40 x 1.08 = 43.2 -> 45.
    expect(valueAxisTop(bars([40]), defaultCaps)).toBe(45);
  });

  it('counts an own cap above every bar', () => {
    expect(valueAxisTop([{ value: 10, ownCap: 38 }], defaultCaps)).toBe(45);
  });
});

describe('barChartGeometry', () => {
  it('places five bars in an 800 px chart by the margins and the 18% gap', () => {
    const g = barChartGeometry(bars([21.6, 20.4, 18.2, 15.5, 12.9]), defaultCaps, 800, 380);
    // Left: 8 margin + 56 axis = 64. Right: 800 - 150 for the band names = 650.
    expect(g.plotLeft).toBe(64);
    expect(g.plotRight).toBe(650);
    // Five bars: each slot (650 - 64) / 5 = 117.2; the bar is 64% of it (75 px), capped at 56.
    expect(g.slot).toBeCloseTo(117.2, 6);
    expect(g.barWidth).toBe(56);
    // Few bars: names wrap under the axis (70 px), so the plot ends at 380 - 8 - 70 = 302.
    expect(g.plotBottom).toBe(302);
    expect(g.nameStyle).toBe('wrapped');
    expect(g.labelled).toBe(true);
    // The first bar is centred in its slot: 64 + 58.6 = 122.6, from 94.6 to 150.6.
    expect(g.barCentre(0)).toBeCloseTo(122.6, 6);
    expect(g.barLeft(0)).toBeCloseTo(94.6, 6);
  });

  it('scales values from the axis top down to zero', () => {
    const g = barChartGeometry(bars([20]), defaultCaps, 800, 380);
    // Top 35, plot from y = 20 to y = 302 (282 px): 0 at 302, 35 at 20, 17.5 half way.
    expect(g.y(0)).toBe(302);
    expect(g.y(35)).toBe(20);
    expect(g.y(17.5)).toBe(161);
    // Out-of-range values stay on the plot.
    expect(g.y(-3)).toBe(302);
    expect(g.y(90)).toBe(20);
  });

  it('ticks at zero, each cap’s edges and the top, in order', () => {
    const g = barChartGeometry(bars([20]), defaultCaps, 800, 380);
    expect(g.ticks).toEqual([0, 15, 18, 20, 25, 35]);
  });

  it('wraps names whatever the count when each slot is 90 px or more', () => {
    // England's 9 regions in 1200 px: (1200 - 150 - 64) / 9 = 109.6 px each.
    const regions = barChartGeometry(bars(Array(9).fill(17)), defaultCaps, 1200, 380);
    expect(regions.slot).toBeCloseTo(109.56, 2);
    expect(regions.nameStyle).toBe('wrapped');
    // 9 bars in 900 px: 686 / 9 = 76.2 px, too narrow to wrap: slanted.
    expect(barChartGeometry(bars(Array(9).fill(17)), defaultCaps, 900, 380).nameStyle).toBe(
      'slanted',
    );
  });

  it('slants names for 7 to 24 bars and leaves names and value labels off beyond 24', () => {
    const eleven = barChartGeometry(bars(Array(11).fill(20)), defaultCaps, 1000, 380);
    expect(eleven.nameStyle).toBe('slanted');
    expect(eleven.labelled).toBe(true);
    // Slanted names take 110 px under the plot: 380 - 8 - 110 = 262.
    expect(eleven.plotBottom).toBe(262);

    const forty = barChartGeometry(bars(Array(40).fill(20)), defaultCaps, 1000, 380);
    expect(forty.nameStyle).toBe('none');
    expect(forty.labelled).toBe(false);
    // 40 bars in 1000 - 150 - 64 = 786 px: slots of 19.65 px, a 2 px gap each side.
    expect(forty.slot).toBeCloseTo(19.65, 6);
    expect(forty.barWidth).toBeCloseTo(15.65, 6);
  });

  it('leaves off names and value labels that would run into each other at a narrow width', () => {
    // 11 bars in 400 px: (400 - 150 - 64) / 11 = 16.9 px each, too narrow for either.
    const phone = barChartGeometry(bars(Array(11).fill(20)), defaultCaps, 400, 380);
    expect(phone.slot).toBeCloseTo(16.909, 3);
    expect(phone.nameStyle).toBe('none');
    expect(phone.labelled).toBe(false);
    // Without names the axis needs 40 px: 380 - 8 - 40 = 332.
    expect(phone.plotBottom).toBe(332);

    // 11 bars in 520 px: 306 / 11 = 27.8 px, room for a slanted name but not for "24.0".
    const narrow = barChartGeometry(bars(Array(11).fill(20)), defaultCaps, 520, 380);
    expect(narrow.nameStyle).toBe('slanted');
    expect(narrow.labelled).toBe(false);

    // 8 bars in 500 px: 286 / 8 = 35.75 px, room for both.
    const eight = barChartGeometry(bars(Array(8).fill(20)), defaultCaps, 500, 380);
    expect(eight.nameStyle).toBe('slanted');
    expect(eight.labelled).toBe(true);
  });

  it('finds the bar under the pointer, and none outside the plot', () => {
    const g = barChartGeometry(bars([1, 2, 3, 4, 5]), defaultCaps, 800, 380);
    expect(g.barAt(63)).toBeNull();
    expect(g.barAt(64)).toBe(0);
    expect(g.barAt(64 + 117.2 * 2 + 1)).toBe(2);
    expect(g.barAt(649)).toBe(4);
    expect(g.barAt(650)).toBeNull();
  });

  it('puts a tooltip on the side of a bar with room', () => {
    const g = barChartGeometry(bars([10, 10, 10, 10, 30]), defaultCaps, 800, 380);
    // The first bar is left of the middle: its tooltip starts 12 px right of its right edge.
    expect(g.tooltipAt(0, { value: 10, ownCap: null })).toMatchObject({
      side: 'right',
      left: 122.6 + 28 + 12,
    });
    // The last bar is right of the middle: its tooltip ends 12 px left of its left edge.
    expect(g.tooltipAt(4, { value: 30, ownCap: null }).side).toBe('left');
  });
});

describe('spreadApart', () => {
  it('leaves labels that are already far enough apart where they are', () => {
    expect(spreadApart([20, 60, 100], 14, 0, 200)).toEqual([20, 60, 100]);
  });

  it('moves two close labels apart equally, about the middle of where they want to be', () => {
    // 15–18 centred at 110 and 18–20 at 104 on a short chart: 6 px apart, 14 needed.
    expect(spreadApart([110, 104], 14, 0, 200)).toEqual([114, 100]);
  });

  it('re-centres a group that grows into the one above it', () => {
    // 40 and 44 overlap, then 52 overlaps them: the three, 12 apart, start at the mean of
    // where each would put the first, (40 + (44 - 12) + (52 - 24)) / 3 = 33 1/3.
    const [first, second, third] = spreadApart([40, 44, 52], 12, 0, 200);
    expect(first).toBeCloseTo(33.333, 3);
    expect(second).toBeCloseTo(45.333, 3);
    expect(third).toBeCloseTo(57.333, 3);
  });

  it('pushes a crowd at the bottom edge back up, every gap kept', () => {
    expect(spreadApart([195, 198, 199], 10, 0, 200)).toEqual([180, 190, 200]);
  });

  it('keeps the first label below the top edge', () => {
    expect(spreadApart([-5, 3], 10, 6, 200)).toEqual([6, 16]);
  });

  it('returns each label in the order it was given, whatever the order of centres', () => {
    expect(spreadApart([50, 10, 52], 10, 0, 100)).toEqual([46, 10, 56]);
  });

  it('for any centres: keeps their order, a gap between neighbours, and the edges when there is room', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 250 }), { maxLength: 8 }), (centres) => {
        const gap = 14;
        const placed = spreadApart(centres, gap, 0, 200);
        const byCentre = centres
          .map((centre, index) => ({ centre, at: placed[index] ?? NaN }))
          .sort((a, b) => a.centre - b.centre);
        byCentre.slice(1).forEach((label, rank) => {
          expect(label.at - (byCentre[rank]?.at ?? NaN)).toBeGreaterThanOrEqual(gap - 1e-9);
        });
        if (centres.length * gap <= 200) {
          for (const at of placed) {
            expect(at).toBeGreaterThanOrEqual(-1e-9);
            expect(at).toBeLessThanOrEqual(200 + 1e-9);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('legibleTicks', () => {
  const ticks = [0, 15, 18, 20, 25, 35];

  it('keeps every tick on a tall plot', () => {
    // 280 px for 35: 2 units (18 to 20) are 16 px apart.
    expect(legibleTicks(ticks, 35, 280)).toEqual(ticks);
  });

  it('leaves out a tick whose label would touch the one above on a short plot', () => {
    // 140 px for 35: 4 px a unit, so 18 is 8 px under 20 and goes; 15 is 20 px under 20 and stays.
    expect(legibleTicks(ticks, 35, 140)).toEqual([0, 15, 20, 25, 35]);
  });
});

describe('valueLabelBaseline: a value label and an own-cap mark never cover each other', () => {
  const font = 12;
  it('sits 5 px above the bar when there is no own-cap mark', () => {
    expect(valueLabelBaseline(200, null, font)).toBe(195);
  });

  it('stays put when the mark is on the bar or well above the label', () => {
    expect(valueLabelBaseline(200, 230, font)).toBe(195);
    expect(valueLabelBaseline(200, 150, font)).toBe(195);
  });

  it('moves above a mark that would cross it (a worker just under their own cap)', () => {
    // The label would take about 183–195; the mark at 188 takes 185–191.
    const baseline = valueLabelBaseline(200, 188, font);
    expect(baseline).toBe(183);
    expect(baseline).toBeLessThanOrEqual(188 - 3);
  });

  it('moves above a mark at the very top of the bar', () => {
    expect(valueLabelBaseline(200, 200, font)).toBe(195);
    expect(valueLabelBaseline(200, 197, font)).toBe(192);
  });

  it('never leaves the chart at the top', () => {
    expect(valueLabelBaseline(14, 10, font)).toBe(font);
  });
});

describe('barsWithNamesFor', () => {
  it.each([
    // The board's unit panel at 1920x1080: about 1,130 px; (1130 - 214) / 30 = 30, at most 24.
    { width: 1130, bars: 24 },
    // At 1280x720: about 565 px; (565 - 8 - 56 - 150) / 30 = 11.7, so 11.
    { width: 565, bars: 11 },
    // Narrower than six 30 px slots: six, which wrap their names whole.
    { width: 300, bars: 6 },
  ])('draws $bars bars with names and values in $width px', ({ width, bars: expected }) => {
    expect(barsWithNamesFor(width)).toBe(expected);
  });

  it('keeps every bar it allows named and labelled', () => {
    fc.assert(
      fc.property(fc.integer({ min: 200, max: 3000 }), (width) => {
        const count = barsWithNamesFor(width);
        const g = barChartGeometry(bars(Array<number>(count).fill(20)), defaultCaps, width, 400);
        return g.nameStyle !== 'none' && (count <= 6 || g.labelled);
      }),
    );
  });
});
