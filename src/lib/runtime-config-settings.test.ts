import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadRuntimeConfig, type ConfigLoad } from './runtime-config';

const PAGE = 'https://loadline.example.org/';

const anytownCaps = {
  name: 'Anytown caseload policy 2026',
  source: 'Anytown Council children’s services caseload policy, April 2026',
  caps: [
    { kind: 'line', value: 18, label: 'policy cap' },
    { kind: 'line', value: 22, label: 'escalate to head of service' },
  ],
};

const anytownScheme = {
  name: 'Anytown points 2026',
  points: {
    'child-in-need': 4,
    'child-protection': 9,
    'looked-after': 7,
    'care-leaver': 3,
    other: 2,
  },
  courtProceedingsExtra: 4,
  capacityPerFte: 110,
  asyeCapacityPerFte: 90,
};

function withSettings(settings: unknown): typeof fetch {
  const body = JSON.stringify({ dataSource: { kind: 'demo' }, settings });
  return () => Promise.resolve(new Response(body, { status: 200 }));
}

function reasonOf(result: ConfigLoad): string {
  if (result.ok) throw new Error('expected start-up to be refused');
  return result.reason;
}

describe('loadline.config.json settings: what a council sets for everyone', () => {
  it('reads every part, naming the caps with their source and who set them', async () => {
    const result = await loadRuntimeConfig(
      withSettings({
        caps: anytownCaps,
        teamTypeCaps: {
          'long-term': [{ kind: 'range', from: 14, to: 16, label: 'long-term aim' }],
        },
        asyeRule: { kind: 'fixed-cap', casesPerFte: 12 },
        weighting: anytownScheme,
      }),
      PAGE,
    );
    if (!result.ok) throw new Error(result.reason);
    const settings = result.loaded.organisationSettings;
    expect(settings.caps).toEqual({
      id: 'organisation',
      name: 'Anytown caseload policy 2026',
      source:
        'Anytown Council children’s services caseload policy, April 2026 (set by the organisation for everyone)',
      caps: anytownCaps.caps,
    });
    expect(settings.teamTypeCaps).toEqual({
      'long-term': [{ kind: 'range', from: 14, to: 16, label: 'long-term aim' }],
    });
    expect(settings.asyeRule).toEqual({ kind: 'fixed-cap', casesPerFte: 12 });
    expect(settings.weighting).toEqual(anytownScheme);
  });

  it('takes each part on its own, and none at all', async () => {
    const onlyAsye = await loadRuntimeConfig(withSettings({ asyeRule: { kind: 'none' } }), PAGE);
    expect(onlyAsye.ok && onlyAsye.loaded.organisationSettings).toEqual({
      caps: null,
      teamTypeCaps: {},
      asyeRule: { kind: 'none' },
      weighting: null,
    });
    const none = await loadRuntimeConfig(
      () => Promise.resolve(new Response('{"dataSource":{"kind":"demo"}}', { status: 200 })),
      PAGE,
    );
    expect(none.ok && none.loaded.organisationSettings).toEqual({
      caps: null,
      teamTypeCaps: {},
      asyeRule: null,
      weighting: null,
    });
  });

  it.each<[string, unknown, string]>([
    [
      'overlapping caps',
      {
        caps: {
          ...anytownCaps,
          caps: [
            { kind: 'range', from: 15, to: 20, label: 'target' },
            { kind: 'line', value: 18, label: 'inside' },
          ],
        },
      },
      'settings.caps.caps.1: Cap 2 (18) overlaps cap 1 (15–20). Caps must not overlap or touch.',
    ],
    [
      'caps out of order',
      {
        caps: {
          ...anytownCaps,
          caps: [
            { kind: 'line', value: 22, label: 'high' },
            { kind: 'line', value: 18, label: 'low' },
          ],
        },
      },
      'settings.caps.caps.1: Cap 2 (18) is lower than cap 1 (22). List caps from lowest to highest.',
    ],
    [
      'no caps at all',
      { caps: { ...anytownCaps, caps: [] } },
      'settings.caps.caps: Keep at least one cap.',
    ],
    [
      'a cap of 0',
      { caps: { ...anytownCaps, caps: [{ kind: 'line', value: 0, label: 'x' }] } },
      'settings.caps.caps.0.value',
    ],
    [
      'caps without a source',
      { caps: { name: anytownCaps.name, caps: anytownCaps.caps } },
      'settings.caps.source',
    ],
    ['caps with an empty name', { caps: { ...anytownCaps, name: '  ' } }, 'settings.caps.name'],
    ['a misspelt part', { asye: { kind: 'none' } }, 'settings: Unrecognized key: "asye"'],
    [
      'a kind of team with overlapping caps',
      {
        teamTypeCaps: {
          'long-term': [
            { kind: 'line', value: 16, label: 'a' },
            { kind: 'line', value: 16, label: 'b' },
          ],
        },
      },
      'settings.teamTypeCaps.long-term.1: Cap 2 (16) overlaps cap 1 (16).',
    ],
    [
      'an ASYE share of FTE over 1',
      { asyeRule: { kind: 'fte-factor', factor: 60 } },
      'settings.asyeRule.factor',
    ],
    ['an unknown ASYE rule', { asyeRule: { kind: 'half' } }, 'settings.asyeRule.kind'],
    [
      'ASYE capacity above full capacity',
      { weighting: { ...anytownScheme, asyeCapacityPerFte: 120 } },
      'settings.weighting.asyeCapacityPerFte: ASYE capacity must not be more than the full capacity',
    ],
    [
      'a case type without points',
      { weighting: { ...anytownScheme, points: { ...anytownScheme.points, other: undefined } } },
      'settings.weighting.points.other',
    ],
    [
      'an example’s name on other numbers',
      { weighting: { ...anytownScheme, name: 'Example A: points by case type' } },
      'settings.weighting.name: Give the scheme a name of its own',
    ],
  ])('refuses to start with %s, naming the field', async (_name, settings, expected) => {
    const reason = reasonOf(await loadRuntimeConfig(withSettings(settings), PAGE));
    expect(reason).toContain('The configuration file loadline.config.json is not valid (');
    expect(reason).toContain(expected);
  });
});

describe('the example in docs/examples', () => {
  it('is a config Loadline starts with, setting every part', async () => {
    const text = readFileSync(
      resolve(__dirname, '../../docs/examples/loadline.config.anytown.json'),
      'utf8',
    );
    const result = await loadRuntimeConfig(
      () => Promise.resolve(new Response(text, { status: 200 })),
      PAGE,
    );
    if (!result.ok) throw new Error(result.reason);
    const settings = result.loaded.organisationSettings;
    expect(settings.caps?.name).toBe('Anytown caseload policy 2026');
    expect(Object.keys(settings.teamTypeCaps)).toEqual(['short-term']);
    expect(settings.asyeRule).toEqual({ kind: 'fixed-cap', casesPerFte: 12 });
    expect(settings.weighting?.name).toBe('Anytown points 2026');
  });
});
