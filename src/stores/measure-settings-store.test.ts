import type { AsyeRule } from '../domain/asye-rule';
import { DEFAULT_WEIGHTING, type WeightingScheme } from '../domain/weighting';
import {
  MEASURE_SETTINGS_STORAGE_KEY,
  MEASURE_SETTINGS_STORAGE_VERSION,
  useMeasureSettingsStore,
} from './measure-settings-store';

const ours: WeightingScheme = {
  name: 'Our council’s scheme',
  points: {
    'child-in-need': 6,
    'child-protection': 9,
    'looked-after': 7.5,
    'care-leaver': 3,
    other: 2,
  },
  courtProceedingsExtra: 4,
  capacityPerFte: 120,
  asyeCapacityPerFte: 100,
};
const fixed12: AsyeRule = { kind: 'fixed-cap', casesPerFte: 12 };

function stored(state: unknown, version: number = MEASURE_SETTINGS_STORAGE_VERSION): string {
  return JSON.stringify({ state, version });
}

async function startWith(text: string | null): Promise<void> {
  if (text !== null) window.localStorage.setItem(MEASURE_SETTINGS_STORAGE_KEY, text);
  await useMeasureSettingsStore.persist.rehydrate();
}

function settings() {
  const { weighting, asyeRule, storageNotice } = useMeasureSettingsStore.getState();
  return { weighting, asyeRule, storageNotice };
}

function storedNow(): unknown {
  return JSON.parse(window.localStorage.getItem(MEASURE_SETTINGS_STORAGE_KEY) ?? 'null');
}

// Null: not chosen, so the default applies (the organisation's, where its config sets one).
const defaultSettings = {
  weighting: null,
  asyeRule: null,
  storageNotice: null,
};

beforeEach(() => {
  // Back to a fresh start: default state (this writes storage), then nothing stored.
  useMeasureSettingsStore.setState({ ...defaultSettings });
  window.localStorage.clear();
});

describe('measure settings store: reading what is stored', () => {
  it('starts with nothing chosen (the defaults apply) when nothing is stored', async () => {
    await startWith(null);
    expect(settings()).toEqual(defaultSettings);
  });

  it.each([
    { name: 'a scheme of our own and a fixed cap', state: { weighting: ours, asyeRule: fixed12 } },
    {
      name: 'example A chosen and no protected cap',
      state: { weighting: DEFAULT_WEIGHTING, asyeRule: { kind: 'none' } },
    },
    { name: 'nothing chosen', state: { weighting: null, asyeRule: null } },
  ])('restores a valid version 2 value: $name', async ({ state }) => {
    await startWith(stored(state));
    expect(settings()).toEqual({ ...state, storageNotice: null });
  });

  it.each([
    {
      name: 'a scheme of our own and a fixed cap are kept',
      before: { weighting: ours, asyeRule: fixed12 },
      after: { weighting: ours, asyeRule: fixed12 },
    },
    {
      // Version 1 stored Loadline's default for the setting never chosen: it follows the default.
      name: 'Loadline’s default scheme becomes "not chosen"; no protected cap is kept',
      before: { weighting: DEFAULT_WEIGHTING, asyeRule: { kind: 'none' } },
      after: { weighting: null, asyeRule: { kind: 'none' } },
    },
    {
      name: 'a scheme of our own is kept; the default ASYE rule becomes "not chosen"',
      before: { weighting: ours, asyeRule: { kind: 'fte-factor', factor: 0.6 } },
      after: { weighting: ours, asyeRule: null },
    },
  ])('carries over version 1 without a notice: $name', async ({ before, after }) => {
    await startWith(stored(before, 1));
    expect(settings()).toEqual({ ...after, storageNotice: null });
  });

  it('resets corrupt JSON to the defaults with a notice, without throwing', async () => {
    useMeasureSettingsStore.setState({ weighting: ours, asyeRule: fixed12 });
    window.localStorage.clear();
    await expect(startWith('{not json')).resolves.toBeUndefined();
    expect(settings()).toEqual({
      weighting: null,
      asyeRule: null,
      storageNotice: expect.stringMatching(/could not be read, so they were reset/) as string,
    });
    expect(window.localStorage.getItem(MEASURE_SETTINGS_STORAGE_KEY)).not.toBe('{not json');
  });

  it.each<{ name: string; text: string }>([
    {
      name: 'negative points',
      text: stored({
        weighting: { ...ours, points: { ...ours.points, other: -1 } },
        asyeRule: fixed12,
      }),
    },
    {
      name: 'a case type missing its points',
      text: stored({
        weighting: { ...ours, points: { 'child-in-need': 5 } },
        asyeRule: fixed12,
      }),
    },
    {
      name: 'ASYE capacity above the full capacity',
      text: stored({ weighting: { ...ours, asyeCapacityPerFte: 150 }, asyeRule: fixed12 }),
    },
    {
      name: 'a capacity of 0',
      text: stored({ weighting: { ...ours, capacityPerFte: 0 }, asyeRule: fixed12 }),
    },
    {
      name: 'points written as text',
      text: stored({ weighting: { ...ours, courtProceedingsExtra: '4' }, asyeRule: fixed12 }),
    },
    {
      name: 'an ASYE factor over 1',
      text: stored({ weighting: ours, asyeRule: { kind: 'fte-factor', factor: 60 } }),
    },
    {
      name: 'an unknown ASYE rule',
      text: stored({ weighting: ours, asyeRule: { kind: 'half-caseload' } }),
    },
    { name: 'no ASYE rule', text: stored({ weighting: ours }) },
    { name: 'a state that is text', text: stored('weights') },
    { name: 'a state with nothing in it', text: stored({}) },
    { name: 'JSON null', text: 'null' },
    { name: 'a JSON number', text: '42' },
  ])('resets a wrong shape ($name) to the defaults with a notice', async ({ text }) => {
    await expect(startWith(text)).resolves.toBeUndefined();
    const now = settings();
    expect(now.weighting).toBeNull();
    expect(now.asyeRule).toBeNull();
    expect(now.storageNotice).toMatch(/reset/);
  });
});

describe('measure settings store: actions', () => {
  it('saveWeighting stores the scheme and keeps it across a reload', async () => {
    useMeasureSettingsStore.getState().saveWeighting(ours);
    expect(settings()).toEqual({ ...defaultSettings, weighting: ours });

    const text = window.localStorage.getItem(MEASURE_SETTINGS_STORAGE_KEY);
    expect(JSON.parse(text ?? 'null')).toEqual({
      state: { weighting: ours, asyeRule: null },
      version: MEASURE_SETTINGS_STORAGE_VERSION,
    });

    useMeasureSettingsStore.setState({ weighting: null });
    window.localStorage.setItem(MEASURE_SETTINGS_STORAGE_KEY, text ?? '');
    await useMeasureSettingsStore.persist.rehydrate();
    expect(settings()).toEqual({ ...defaultSettings, weighting: ours });
  });

  it('saveAsyeRule stores the rule and keeps the weighting', () => {
    useMeasureSettingsStore.getState().saveWeighting(ours);
    useMeasureSettingsStore.getState().saveAsyeRule(fixed12);
    expect(settings()).toEqual({ weighting: ours, asyeRule: fixed12, storageNotice: null });
    expect(storedNow()).toEqual({
      state: { weighting: ours, asyeRule: fixed12 },
      version: MEASURE_SETTINGS_STORAGE_VERSION,
    });
  });

  it('resetWeighting goes back to the default and leaves the ASYE rule alone', () => {
    useMeasureSettingsStore.getState().saveWeighting(ours);
    useMeasureSettingsStore.getState().saveAsyeRule(fixed12);
    useMeasureSettingsStore.getState().resetWeighting();
    expect(settings()).toEqual({
      weighting: null,
      asyeRule: fixed12,
      storageNotice: null,
    });
  });

  it('resetAsyeRule goes back to the default and leaves the weighting alone', () => {
    useMeasureSettingsStore.getState().saveWeighting(ours);
    useMeasureSettingsStore.getState().saveAsyeRule(fixed12);
    useMeasureSettingsStore.getState().resetAsyeRule();
    expect(settings()).toEqual({
      weighting: ours,
      asyeRule: null,
      storageNotice: null,
    });
  });

  it('dismissStorageNotice clears the notice', async () => {
    await startWith('{not json');
    expect(useMeasureSettingsStore.getState().storageNotice).not.toBeNull();
    useMeasureSettingsStore.getState().dismissStorageNotice();
    expect(useMeasureSettingsStore.getState().storageNotice).toBeNull();
  });

  it('does not store the notice itself', async () => {
    await startWith('{not json');
    useMeasureSettingsStore.getState().saveAsyeRule(fixed12);
    expect(storedNow()).toEqual({
      state: { weighting: null, asyeRule: fixed12 },
      version: MEASURE_SETTINGS_STORAGE_VERSION,
    });
  });
});
