import fc from 'fast-check';
import {
  bandFor,
  bandsFromCaps,
  boundaryRule,
  capStatus,
  countBelow,
  isAtOrOver,
  spreadOfSorted,
  type Band,
} from './bands';
import { roundToTenth } from '../contract/rounding';
import { builtInPresets, type Cap, type LineCap } from './caps';
import { toDrafts, validateCapDrafts } from './validate-caps';

const defaultBands = bandsFromCaps(builtInPresets.default.caps);

describe('bandsFromCaps', () => {
  it('makes five bands from the default caps, with the exact labels and edges', () => {
    expect(defaultBands).toEqual<Band[]>([
      { severity: 0, lower: 0, upper: 15, label: 'Up to 15' },
      { severity: 1, lower: 15, upper: 18, label: '15–18' },
      { severity: 2, lower: 18, upper: 20, label: '18–20 target range' },
      { severity: 3, lower: 20, upper: 25, label: '20–25' },
      { severity: 4, lower: 25, upper: null, label: '25 and over' },
    ]);
  });

  it.each([
    {
      preset: 'setting-the-bar' as const,
      labels: ['Up to 15', '15 and over'],
      edges: [0, 15],
    },
    {
      preset: 'cafcass' as const,
      labels: ['Up to 18', '18–20 target range', '20–25', '25 and over'],
      edges: [0, 18, 20, 25],
    },
    {
      preset: 'napo' as const,
      labels: ['Up to 17', '17–18 Napo safe caseload', '18 and over'],
      edges: [0, 17, 18],
    },
  ])('$preset preset -> $labels', ({ preset, labels, edges }) => {
    const bands = bandsFromCaps(builtInPresets[preset].caps);
    expect(bands.map((band) => band.label)).toEqual(labels);
    expect(bands.map((band) => band.lower)).toEqual(edges);
    expect(bands.map((band) => band.severity)).toEqual(labels.map((_, i) => i));
  });

  it('writes a decimal edge with one decimal place', () => {
    const bands = bandsFromCaps([
      { kind: 'line', value: 17.5, label: 'a' },
      { kind: 'line', value: 22, label: 'b' },
    ]);
    expect(bands.map((band) => band.label)).toEqual(['Up to 17.5', '17.5–22', '22 and over']);
  });
});

describe('bandFor with the default caps (a load on a cap goes to the band above; one decimal place)', () => {
  it.each([
    [0, 'Up to 15'],
    [14.9, 'Up to 15'],
    [14.94, 'Up to 15'],
    [14.95, '15–18'],
    [15, '15–18'],
    [17.9, '15–18'],
    [17.94, '15–18'],
    [17.96, '18–20 target range'],
    [18, '18–20 target range'],
    [19.94, '18–20 target range'],
    [19.95, '20–25'],
    [20, '20–25'],
    [24.9, '20–25'],
    [24.96, '25 and over'],
    [25, '25 and over'],
    [60, '25 and over'],
  ])('%s -> %s', (value, label) => {
    expect(bandFor(value, defaultBands).label).toBe(label);
  });

  it('puts a load computed from cases and FTE into the right band despite float error', () => {
    // 12 / 0.8 is 15 in exact arithmetic (14.999999999999998 in floating point).
    expect(bandFor(12 / 0.8, defaultBands).label).toBe('15–18');
    // 14 / 0.7 is 20 exactly in arithmetic.
    expect(bandFor(14 / 0.7, defaultBands).label).toBe('20–25');
  });

  it('throws for an empty list of bands', () => {
    expect(() => bandFor(10, [])).toThrow();
  });
});

describe('isAtOrOver', () => {
  const line20: Cap = { kind: 'line', value: 20, label: '20' };
  const range18to20: Cap = { kind: 'range', from: 18, to: 20, label: 'target range' };
  it.each([
    { value: 19.9, cap: line20, expected: false },
    { value: 19.94, cap: line20, expected: false },
    { value: 19.95, cap: line20, expected: true },
    { value: 20, cap: line20, expected: true },
    { value: 21, cap: line20, expected: true },
    // A range counts as reached at its top: "at 20+" for 18–20.
    { value: 18, cap: range18to20, expected: false },
    { value: 19.9, cap: range18to20, expected: false },
    { value: 20, cap: range18to20, expected: true },
  ])('$value against $cap.label ($cap.kind) -> $expected', ({ value, cap, expected }) => {
    expect(isAtOrOver(value, cap)).toBe(expected);
  });
});

describe('bands: properties', () => {
  /** Valid increasing line caps, 1 to 6 of them, between 0.1 and 200, at one decimal place. */
  const increasingLineCaps = fc
    .uniqueArray(fc.integer({ min: 1, max: 2000 }), { minLength: 1, maxLength: 6 })
    .map((tenths) =>
      [...tenths]
        .sort((a, b) => a - b)
        .map((t, i): LineCap => ({ kind: 'line', value: t / 10, label: `cap ${i + 1}` })),
    );

  it('caps+1 contiguous, increasing bands; bandFor(v) holds roundToTenth(v)', () => {
    fc.assert(
      fc.property(increasingLineCaps, fc.double({ min: 0, max: 1000, noNaN: true }), (caps, v) => {
        // The generated caps are the kind the editor would accept.
        expect(validateCapDrafts(toDrafts(caps)).ok).toBe(true);

        const bands = bandsFromCaps(caps);
        expect(bands).toHaveLength(caps.length + 1);
        expect(bands[0]?.lower).toBe(0);
        expect(bands[bands.length - 1]?.upper).toBeNull();
        bands.forEach((band, i) => {
          expect(band.severity).toBe(i);
          if (band.upper !== null) {
            expect(band.upper).toBeGreaterThan(band.lower);
            expect(band.upper).toBe(caps[i]?.value);
            expect(bands[i + 1]?.lower).toBe(band.upper);
          }
        });

        const band = bandFor(v, bands);
        const rounded = roundToTenth(v);
        expect(band.lower).toBeLessThanOrEqual(rounded);
        if (band.upper !== null) expect(rounded).toBeLessThan(band.upper);
      }),
      { numRuns: 500 },
    );
  });

  it('with ranges as well: one band per edge plus one, edges contiguous and increasing', () => {
    // Build valid caps from increasing edges: each cap takes one edge (line) or two (range).
    const mixedCaps = fc
      .uniqueArray(fc.integer({ min: 1, max: 2000 }), { minLength: 2, maxLength: 12 })
      .chain((tenths) => {
        const edges = [...tenths].sort((a, b) => a - b).map((t) => t / 10);
        return fc
          .array(fc.boolean(), { minLength: edges.length, maxLength: edges.length })
          .map((asRange) => {
            const caps: Cap[] = [];
            let i = 0;
            while (i < edges.length && caps.length < 6) {
              const from = edges[i] as number;
              const to = edges[i + 1];
              if (asRange[i] && to !== undefined) {
                caps.push({ kind: 'range', from, to, label: `range ${caps.length + 1}` });
                i += 2;
              } else {
                caps.push({ kind: 'line', value: from, label: `line ${caps.length + 1}` });
                i += 1;
              }
            }
            return caps;
          });
      });

    fc.assert(
      fc.property(mixedCaps, fc.double({ min: 0, max: 1000, noNaN: true }), (caps, v) => {
        expect(validateCapDrafts(toDrafts(caps)).ok).toBe(true);
        const edgeCount = caps.reduce((n, cap) => n + (cap.kind === 'range' ? 2 : 1), 0);
        const bands = bandsFromCaps(caps);
        expect(bands).toHaveLength(edgeCount + 1);
        for (let i = 0; i + 1 < bands.length; i++) {
          const band = bands[i] as Band;
          expect(band.upper).not.toBeNull();
          expect(band.upper).toBeGreaterThan(band.lower);
          expect(bands[i + 1]?.lower).toBe(band.upper);
        }
        const band = bandFor(v, bands);
        expect(band.lower).toBeLessThanOrEqual(roundToTenth(v));
        if (band.upper !== null) expect(roundToTenth(v)).toBeLessThan(band.upper);
      }),
      { numRuns: 300 },
    );
  });
});

describe('counting sorted loads (spreadOfSorted, countBelow)', () => {
  it('spreads six loads over the default bands as a person would, rounding first', () => {
    // 12 is under 15; 14.95 shows as 15.0 and 15 is on the cap, so both are in 15–18;
    // 19.96 shows as 20.0 and 20 is on the range's top, so both are in 20–25; 26 is 25+.
    const sorted = Float64Array.from([12, 14.95, 15, 19.96, 20, 26]);
    expect(spreadOfSorted(sorted, defaultBands).map((entry) => entry.count)).toEqual([
      1, 2, 0, 2, 1,
    ]);
    expect(countBelow(sorted, 15)).toBe(1);
    expect(countBelow(sorted, 20)).toBe(3);
    expect(countBelow(sorted, 30)).toBe(6);
    expect(countBelow(new Float64Array(0), 15)).toBe(0);
  });

  /** Loads near the edges people argue about: on a tenth, and just either side of one. */
  const load = fc.oneof(
    fc.double({ min: 0, max: 60, noNaN: true }),
    fc
      .tuple(
        fc.integer({ min: 0, max: 600 }),
        fc.constantFrom(-0.051, -0.05, -1e-12, 0, 1e-12, 0.05),
      )
      .map(([tenths, nudge]) => Math.max(0, tenths / 10 + nudge)),
  );
  const edges = fc.array(
    fc.oneof(
      fc.integer({ min: 1, max: 600 }).map((t) => t / 10),
      fc.constant(null),
    ),
    {
      minLength: 1,
      maxLength: 7,
    },
  );

  it('gives the counts bandFor gives one load at a time, for any loads and any bands', () => {
    fc.assert(
      fc.property(fc.array(load, { maxLength: 80 }), edges, (loads, uppers) => {
        // Any list of upper edges, in order or not, with the top band open as the app makes it.
        const bands: Band[] = [...uppers, null].map((upper, severity) => ({
          severity,
          lower: 0,
          upper,
          label: `band ${severity}`,
        }));
        const oneByOne = bands.map(
          (band) => loads.filter((value) => bandFor(value, bands) === band).length,
        );
        const sorted = Float64Array.from(loads).sort();
        expect(spreadOfSorted(sorted, bands).map((entry) => entry.count)).toEqual(oneByOne);
      }),
      { numRuns: 500 },
    );
  });
});

describe('capStatus', () => {
  const line = { kind: 'line', value: 15, label: 'max' } as const;
  const range = { kind: 'range', from: 18, to: 20, label: 'target range' } as const;
  it.each([
    { value: 14.94, cap: line, expected: 'Below' },
    { value: 14.96, cap: line, expected: 'At or over' },
    { value: 15, cap: line, expected: 'At or over' },
    { value: 17.9, cap: range, expected: 'Below' },
    { value: 18, cap: range, expected: 'Within the range' },
    { value: 19.94, cap: range, expected: 'Within the range' },
    { value: 19.96, cap: range, expected: 'At or over 20' },
    { value: 26, cap: range, expected: 'At or over 20' },
  ])('$value against $cap.kind cap -> $expected', ({ value, cap, expected }) => {
    expect(capStatus(value, cap)).toBe(expected);
  });
});

describe('boundaryRule: its example comes from the caps in force', () => {
  it('under the default caps, names the top of the target range', () => {
    expect(boundaryRule(bandsFromCaps(builtInPresets.default.caps))).toBe(
      'A caseload exactly on a cap counts in the band above it (20.0 is in “20–25” and counts as 20+). Caseloads are compared at one decimal place.',
    );
  });

  it('under caps with no range, names the first cap', () => {
    expect(boundaryRule(bandsFromCaps(builtInPresets['setting-the-bar'].caps))).toContain(
      '(15.0 is in “15 and over” and counts as 15+)',
    );
  });

  it('under Napo’s range alone, names the top of that range', () => {
    expect(boundaryRule(bandsFromCaps(builtInPresets.napo.caps))).toContain(
      '(18.0 is in “18 and over” and counts as 18+)',
    );
  });

  it('under a custom range with its own name, names the band above that range', () => {
    const caps: Cap[] = [
      { kind: 'line', value: 12, label: 'first' },
      { kind: 'range', from: 20, to: 22, label: 'danger zone' },
      { kind: 'line', value: 30, label: 'stop' },
    ];
    expect(boundaryRule(bandsFromCaps(caps))).toContain('(22.0 is in “22–30” and counts as 22+)');
  });

  it('under a points capacity, names the capacity', () => {
    const caps: Cap[] = [{ kind: 'line', value: 100, label: 'capacity' }];
    expect(boundaryRule(bandsFromCaps(caps))).toContain(
      '(100.0 is in “100 and over” and counts as 100+)',
    );
  });
});
