import type { Cap } from '../domain/caps';
import { CAPS_STORAGE_KEY, CAPS_STORAGE_VERSION, useCapsStore } from './caps-store';

const mine: Cap[] = [
  { kind: 'line', value: 16, label: 'our cap' },
  { kind: 'range', from: 19, to: 21, label: 'our target' },
  { kind: 'line', value: 24, label: 'escalate' },
];

function stored(state: unknown, version: number = CAPS_STORAGE_VERSION): string {
  return JSON.stringify({ state, version });
}

async function startWith(text: string | null): Promise<void> {
  if (text !== null) window.localStorage.setItem(CAPS_STORAGE_KEY, text);
  await useCapsStore.persist.rehydrate();
}

function preferences() {
  const { customCaps, preferredPreset, storageNotice } = useCapsStore.getState();
  return { customCaps, preferredPreset, storageNotice };
}

beforeEach(() => {
  // Back to a fresh start: default state (this writes storage), then nothing stored.
  useCapsStore.setState({
    customCaps: null,
    preferredPreset: null,
    teamTypeCaps: {},
    storageNotice: null,
  });
  window.localStorage.clear();
});

describe('caps store: reading what is stored', () => {
  it('starts with the defaults when nothing is stored', async () => {
    await startWith(null);
    expect(preferences()).toEqual({
      customCaps: null,
      preferredPreset: null,
      storageNotice: null,
    });
  });

  it.each([
    { name: 'custom caps', state: { customCaps: mine, preferredPreset: 'custom' } },
    { name: 'a built-in preset', state: { customCaps: null, preferredPreset: 'napo' } },
    {
      name: 'custom caps kept while a preset is chosen',
      state: { customCaps: mine, preferredPreset: 'cafcass' },
    },
    { name: 'nothing chosen', state: { customCaps: null, preferredPreset: null } },
    {
      name: 'the organisation’s caps',
      state: { customCaps: null, preferredPreset: 'organisation' },
    },
  ])('restores a valid version 2 value: $name', async ({ state }) => {
    await startWith(stored(state));
    expect(preferences()).toEqual({ ...state, storageNotice: null });
  });

  it.each([
    { before: 'napo', after: 'napo' },
    { before: 'custom', after: 'custom' },
    // Version 1 had no organisation's caps: its "default" meant the default, whatever it is now.
    { before: 'default', after: null },
  ])('carries over version 1 without a notice: $before -> $after', async ({ before, after }) => {
    await startWith(stored({ customCaps: mine, preferredPreset: before, teamTypeCaps: {} }, 1));
    expect(preferences()).toEqual({
      customCaps: mine,
      preferredPreset: after,
      storageNotice: null,
    });
  });

  it('resets corrupt JSON to the defaults with a notice, without throwing', async () => {
    await expect(startWith('{not json')).resolves.toBeUndefined();
    const now = preferences();
    expect(now.customCaps).toBeNull();
    expect(now.preferredPreset).toBeNull();
    expect(now.storageNotice).toMatch(/reset/);
    expect(window.localStorage.getItem(CAPS_STORAGE_KEY)).not.toBe('{not json');
  });

  it.each<{ name: string; text: string }>([
    {
      name: 'a cap with a negative value',
      text: stored({
        customCaps: [{ kind: 'line', value: -5, label: 'x' }],
        preferredPreset: 'custom',
      }),
    },
    {
      name: 'overlapping caps',
      text: stored({
        customCaps: [
          { kind: 'range', from: 18, to: 20, label: 'target' },
          { kind: 'line', value: 19, label: 'inside' },
        ],
        preferredPreset: 'custom',
      }),
    },
    {
      name: 'caps out of order',
      text: stored({
        customCaps: [
          { kind: 'line', value: 25, label: 'b' },
          { kind: 'line', value: 15, label: 'a' },
        ],
        preferredPreset: 'custom',
      }),
    },
    { name: 'an empty list of caps', text: stored({ customCaps: [], preferredPreset: 'custom' }) },
    {
      name: 'seven caps',
      text: stored({
        customCaps: [10, 15, 20, 25, 30, 35, 40].map((value) => ({
          kind: 'line',
          value,
          label: 'x',
        })),
        preferredPreset: 'custom',
      }),
    },
    { name: 'an unknown preset', text: stored({ customCaps: null, preferredPreset: 'strict' }) },
    { name: 'a state that is text', text: stored('custom') },
    { name: 'a state with nothing in it', text: stored({}) },
    { name: 'JSON null', text: 'null' },
    { name: 'a JSON number', text: '42' },
  ])('resets a wrong shape ($name) to the defaults with a notice', async ({ text }) => {
    await expect(startWith(text)).resolves.toBeUndefined();
    const now = preferences();
    expect(now.customCaps).toBeNull();
    expect(now.preferredPreset).toBeNull();
    expect(now.storageNotice).toMatch(/reset/);
  });

  it('migrates version 0 storage holding a bare array of caps, with a notice', async () => {
    await startWith(stored(mine, 0));
    const now = preferences();
    expect(now.customCaps).toEqual(mine);
    expect(now.preferredPreset).toBe('custom');
    expect(now.storageNotice).toMatch(/carried over/);
    // Written back in the current version.
    const text = window.localStorage.getItem(CAPS_STORAGE_KEY);
    expect(text).not.toBeNull();
    expect(JSON.parse(text ?? 'null')).toEqual({
      state: { customCaps: mine, preferredPreset: 'custom', teamTypeCaps: {} },
      version: CAPS_STORAGE_VERSION,
    });
  });

  it('resets version 0 storage whose caps are not valid, with a notice', async () => {
    await startWith(
      stored(
        [
          { kind: 'line', value: 20, label: 'a' },
          { kind: 'line', value: 20, label: 'same' },
        ],
        0,
      ),
    );
    const now = preferences();
    expect(now.customCaps).toBeNull();
    expect(now.preferredPreset).toBeNull();
    expect(now.storageNotice).toMatch(/reset/);
  });
});

describe('caps store: actions', () => {
  it('saveCustomCaps stores the caps, prefers them, and keeps them across a reload', async () => {
    useCapsStore.getState().saveCustomCaps(mine);
    expect(preferences()).toEqual({
      customCaps: mine,
      preferredPreset: 'custom',
      storageNotice: null,
    });

    const text = window.localStorage.getItem(CAPS_STORAGE_KEY);
    expect(JSON.parse(text ?? 'null')).toEqual({
      state: { customCaps: mine, preferredPreset: 'custom', teamTypeCaps: {} },
      version: CAPS_STORAGE_VERSION,
    });

    useCapsStore.setState({ customCaps: null, preferredPreset: null });
    window.localStorage.setItem(CAPS_STORAGE_KEY, text ?? '');
    await useCapsStore.persist.rehydrate();
    expect(preferences()).toEqual({
      customCaps: mine,
      preferredPreset: 'custom',
      storageNotice: null,
    });
  });

  it('resetCaps clears custom caps and goes back to the default (nothing chosen)', () => {
    useCapsStore.getState().saveCustomCaps(mine);
    useCapsStore.getState().resetCaps();
    expect(preferences()).toEqual({
      customCaps: null,
      preferredPreset: null,
      storageNotice: null,
    });
    expect(JSON.parse(window.localStorage.getItem(CAPS_STORAGE_KEY) ?? 'null')).toEqual({
      state: { customCaps: null, preferredPreset: null, teamTypeCaps: {} },
      version: CAPS_STORAGE_VERSION,
    });
  });

  it('choosePreset changes the preference and keeps saved custom caps', () => {
    useCapsStore.getState().saveCustomCaps(mine);
    useCapsStore.getState().choosePreset('cafcass');
    expect(preferences()).toMatchObject({ customCaps: mine, preferredPreset: 'cafcass' });
  });

  it('dismissStorageNotice clears the notice', async () => {
    await startWith('{not json');
    expect(useCapsStore.getState().storageNotice).not.toBeNull();
    useCapsStore.getState().dismissStorageNotice();
    expect(useCapsStore.getState().storageNotice).toBeNull();
  });

  it('does not store the notice itself', async () => {
    await startWith('{not json');
    useCapsStore.getState().choosePreset('napo');
    const text = window.localStorage.getItem(CAPS_STORAGE_KEY) ?? '';
    expect(JSON.parse(text)).toEqual({
      state: { customCaps: null, preferredPreset: 'napo', teamTypeCaps: {} },
      version: CAPS_STORAGE_VERSION,
    });
  });
});

describe('caps store: caps for a kind of team', () => {
  const shortTerm: Cap[] = [
    { kind: 'line', value: 12, label: 'short-term cap' },
    { kind: 'line', value: 20, label: 'over' },
  ];

  it('saves caps for a kind of team beside the organisation caps, and clears them', () => {
    useCapsStore.getState().saveTeamTypeCaps('short-term', shortTerm);
    expect(useCapsStore.getState().teamTypeCaps).toEqual({ 'short-term': shortTerm });
    expect(useCapsStore.getState().preferredPreset).toBeNull();
    useCapsStore.getState().resetCaps();
    expect(useCapsStore.getState().teamTypeCaps).toEqual({ 'short-term': shortTerm });
    useCapsStore.getState().clearTeamTypeCaps('short-term');
    expect(useCapsStore.getState().teamTypeCaps).toEqual({});
  });

  it('restores them after a reload, and treats older stored data without them as none', async () => {
    await startWith(
      stored({
        customCaps: null,
        preferredPreset: 'napo',
        teamTypeCaps: { 'short-term': shortTerm },
      }),
    );
    expect(useCapsStore.getState().teamTypeCaps).toEqual({ 'short-term': shortTerm });
    await startWith(stored({ customCaps: null, preferredPreset: 'napo' }));
    expect(useCapsStore.getState().teamTypeCaps).toEqual({});
    expect(useCapsStore.getState().storageNotice).toBeNull();
  });

  it('resets with a notice when a kind of team holds caps that overlap', async () => {
    const overlapping = [
      { kind: 'range', from: 18, to: 20, label: 'range' },
      { kind: 'line', value: 19, label: 'inside the range' },
    ];
    await startWith(
      stored({
        customCaps: null,
        preferredPreset: 'napo',
        teamTypeCaps: { 'long-term': overlapping },
      }),
    );
    expect(useCapsStore.getState().teamTypeCaps).toEqual({});
    expect(useCapsStore.getState().storageNotice).toMatch(/reset/);
  });
});
