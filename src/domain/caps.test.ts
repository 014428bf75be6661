import {
  DEFAULT_PRESET_ID,
  MAX_CAPS,
  MAX_CAP_VALUE,
  builtInPresets,
  capLowerEdge,
  capSchema,
  capThreshold,
  describeCaps,
  formatCap,
  overCapPhrase,
  type BuiltInPresetId,
  type Cap,
} from './caps';

const line15: Cap = { kind: 'line', value: 15, label: 'Setting the Bar maximum' };
const line17half: Cap = { kind: 'line', value: 17.5, label: 'half' };
const range18to20: Cap = { kind: 'range', from: 18, to: 20, label: 'target range' };
const range17to18: Cap = { kind: 'range', from: 17, to: 18, label: 'Napo safe caseload' };

describe('built-in presets', () => {
  it('the default is 15, 18–20 and 25', () => {
    expect(DEFAULT_PRESET_ID).toBe('default');
    expect(builtInPresets.default.caps.map(formatCap)).toEqual(['15', '18–20', '25']);
  });

  it.each<[BuiltInPresetId, string[]]>([
    ['default', ['15', '18–20', '25']],
    ['setting-the-bar', ['15']],
    ['cafcass', ['18–20', '25']],
    ['napo', ['17–18']],
  ])('%s holds the caps %j from domain.md, with its id and a named source', (id, caps) => {
    const preset = builtInPresets[id];
    expect(preset.id).toBe(id);
    expect(preset.caps.map(formatCap)).toEqual(caps);
    expect(preset.source.length).toBeGreaterThan(0);
    expect(preset.caps.length).toBeLessThanOrEqual(MAX_CAPS);
    for (const cap of preset.caps) expect(capSchema.safeParse(cap).success).toBe(true);
  });
});

describe('capThreshold, capLowerEdge, formatCap, overCapPhrase', () => {
  it.each([
    { cap: line15, threshold: 15, lower: 15, text: '15', phrase: 'at 15+' },
    { cap: line17half, threshold: 17.5, lower: 17.5, text: '17.5', phrase: 'at 17.5+' },
    { cap: range18to20, threshold: 20, lower: 18, text: '18–20', phrase: 'at 20+' },
    { cap: range17to18, threshold: 18, lower: 17, text: '17–18', phrase: 'at 18+' },
  ])('$text', ({ cap, threshold, lower, text, phrase }) => {
    expect(capThreshold(cap)).toBe(threshold);
    expect(capLowerEdge(cap)).toBe(lower);
    expect(formatCap(cap)).toBe(text);
    expect(overCapPhrase(cap)).toBe(phrase);
  });
});

describe('describeCaps: a list of caps as the built-in names give it', () => {
  it.each<{ caps: Cap[]; text: string }>([
    {
      caps: [line15, range18to20, { kind: 'line', value: 25, label: 'x' }],
      text: '15, 18–20 and 25+',
    },
    { caps: [line15], text: '15+' },
    { caps: [range17to18], text: '17–18' },
    { caps: [line17half, range18to20], text: '17.5 and 18–20' },
    { caps: [], text: 'none' },
  ])('$text', ({ caps, text }) => {
    expect(describeCaps(caps)).toBe(text);
  });

  it('matches the numbers in the default preset’s own name', () => {
    expect(builtInPresets.default.name).toContain(describeCaps(builtInPresets.default.caps));
  });
});

describe('capSchema', () => {
  it.each([
    { name: 'a line', cap: { kind: 'line', value: 20, label: 'x' }, ok: true },
    { name: 'a range', cap: { kind: 'range', from: 18, to: 20, label: 'x' }, ok: true },
    {
      name: 'the largest value',
      cap: { kind: 'line', value: MAX_CAP_VALUE, label: 'x' },
      ok: true,
    },
    { name: 'zero', cap: { kind: 'line', value: 0, label: 'x' }, ok: false },
    { name: 'a negative value', cap: { kind: 'line', value: -5, label: 'x' }, ok: false },
    { name: 'over the maximum', cap: { kind: 'line', value: 201, label: 'x' }, ok: false },
    { name: 'Infinity', cap: { kind: 'line', value: Infinity, label: 'x' }, ok: false },
    { name: 'a blank label', cap: { kind: 'line', value: 20, label: '   ' }, ok: false },
    {
      name: 'a 61-character label',
      cap: { kind: 'line', value: 20, label: 'a'.repeat(61) },
      ok: false,
    },
    { name: 'an unknown kind', cap: { kind: 'band', value: 20, label: 'x' }, ok: false },
    { name: 'a value as text', cap: { kind: 'line', value: '20', label: 'x' }, ok: false },
  ])('$name -> $ok', ({ cap, ok }) => {
    expect(capSchema.safeParse(cap).success).toBe(ok);
  });
});
