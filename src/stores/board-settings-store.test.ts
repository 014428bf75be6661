import {
  BOARD_SETTINGS_STORAGE_KEY,
  BOARD_SETTINGS_STORAGE_VERSION,
  useBoardSettingsStore,
} from './board-settings-store';

async function startWith(state: unknown): Promise<void> {
  window.localStorage.setItem(
    BOARD_SETTINGS_STORAGE_KEY,
    JSON.stringify({ state, version: BOARD_SETTINGS_STORAGE_VERSION }),
  );
  await useBoardSettingsStore.persist.rehydrate();
}

beforeEach(() => {
  useBoardSettingsStore.setState({ showNames: false, minGroupSize: 5 });
  window.localStorage.clear();
});

describe('board settings', () => {
  it('starts anonymised with groups under 5 suppressed', async () => {
    await useBoardSettingsStore.persist.rehydrate();
    expect(useBoardSettingsStore.getState()).toMatchObject({ showNames: false, minGroupSize: 5 });
  });

  it('keeps the smallest group across a reload, but never that names were shown', async () => {
    useBoardSettingsStore.getState().setMinGroupSize(10);
    useBoardSettingsStore.getState().setShowNames(true);
    const saved = window.localStorage.getItem(BOARD_SETTINGS_STORAGE_KEY) ?? '';
    expect(JSON.parse(saved)).toEqual({
      state: { minGroupSize: 10 },
      version: BOARD_SETTINGS_STORAGE_VERSION,
    });
    // A reload: a fresh state in memory (which writes storage), then the saved text read back.
    useBoardSettingsStore.setState({ showNames: false, minGroupSize: 5 });
    window.localStorage.setItem(BOARD_SETTINGS_STORAGE_KEY, saved);
    await useBoardSettingsStore.persist.rehydrate();
    expect(useBoardSettingsStore.getState()).toMatchObject({ showNames: false, minGroupSize: 10 });
  });

  it.each([0, 2.5, 51, Number.NaN])('refuses a smallest group of %s', (size) => {
    useBoardSettingsStore.getState().setMinGroupSize(size);
    expect(useBoardSettingsStore.getState().minGroupSize).toBe(5);
  });

  it('falls back to 5 when the stored value is out of range', async () => {
    await startWith({ minGroupSize: -3 });
    expect(useBoardSettingsStore.getState().minGroupSize).toBe(5);
  });
});
