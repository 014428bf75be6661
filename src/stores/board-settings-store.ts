/**
 * The board's privacy settings. The smallest group shown is kept in the
 * browser across reloads. Whether worker names are shown is deliberately
 * not kept: every visit to the board starts anonymised, so a name switched
 * on for one meeting cannot leak into next month's screenshot.
 */
import { z } from '../contract/zod';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { createSafeLocalStorage } from './safe-local-storage';
import { DEFAULT_BOARD_PRIVACY, MIN_GROUP_SIZE_LIMITS } from '../domain/board-rows';

export const BOARD_SETTINGS_STORAGE_KEY = 'loadline.board-settings';
export const BOARD_SETTINGS_STORAGE_VERSION = 1;

export const minGroupSizeSchema = z
  .number()
  .int('Enter a whole number')
  .min(MIN_GROUP_SIZE_LIMITS.min, `Enter ${MIN_GROUP_SIZE_LIMITS.min} or more`)
  .max(MIN_GROUP_SIZE_LIMITS.max, `Enter ${MIN_GROUP_SIZE_LIMITS.max} or fewer`);

const storedSchema = z.object({ minGroupSize: minGroupSizeSchema });

interface BoardSettingsState {
  showNames: boolean;
  minGroupSize: number;
  setShowNames: (show: boolean) => void;
  setMinGroupSize: (size: number) => void;
}

const safeStorage = createSafeLocalStorage();

export const useBoardSettingsStore = create<BoardSettingsState>()(
  persist(
    (set) => ({
      ...DEFAULT_BOARD_PRIVACY,
      setShowNames: (show) => set({ showNames: show }),
      setMinGroupSize: (size) => {
        if (minGroupSizeSchema.safeParse(size).success) set({ minGroupSize: size });
      },
    }),
    {
      name: BOARD_SETTINGS_STORAGE_KEY,
      version: BOARD_SETTINGS_STORAGE_VERSION,
      storage: createJSONStorage(() => safeStorage.storage),
      partialize: ({ minGroupSize }) => ({ minGroupSize }),
      migrate: (persisted) => persisted,
      // A stored value that fails the checks falls back to the default: the safer choice.
      merge: (persisted, current) => {
        const stored = storedSchema.safeParse(persisted);
        return stored.success ? { ...current, minGroupSize: stored.data.minGroupSize } : current;
      },
    },
  ),
);
