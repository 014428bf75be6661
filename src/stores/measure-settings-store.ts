/**
 * Measure settings, kept in the browser across reloads: the council's
 * weighting (points) scheme and the rule that protects ASYE caseloads.
 * Stored data is versioned and validated when read: a corrupt or wrong-shaped
 * value is reset to the defaults with a notice, and nothing throws at start.
 */
import { z } from '../contract/zod';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { createSafeLocalStorage } from './safe-local-storage';
import { asyeRuleSchema, DEFAULT_ASYE_RULE, type AsyeRule } from '../domain/asye-rule';
import {
  DEFAULT_WEIGHTING,
  weightingSchemeSchema,
  type WeightingScheme,
} from '../domain/weighting';

export const MEASURE_SETTINGS_STORAGE_KEY = 'loadline.measure-settings';
export const MEASURE_SETTINGS_STORAGE_VERSION = 1;

const storedSettingsSchema = z.object({
  weighting: weightingSchemeSchema,
  asyeRule: asyeRuleSchema,
});
type StoredSettings = z.infer<typeof storedSettingsSchema>;

interface MeasureSettingsState extends StoredSettings {
  /** Why stored settings were reset at start; shown once to the user. */
  storageNotice: string | null;
  saveWeighting: (scheme: WeightingScheme) => void;
  resetWeighting: () => void;
  saveAsyeRule: (rule: AsyeRule) => void;
  resetAsyeRule: () => void;
  dismissStorageNotice: () => void;
}

const defaults: StoredSettings = { weighting: DEFAULT_WEIGHTING, asyeRule: DEFAULT_ASYE_RULE };
const RESET_NOTICE =
  'Your saved weighting scheme and ASYE rule could not be read, so they were reset to the defaults: example A points, and ASYE caps counted at 0.6 of FTE.';

/** Accepts stored settings only when they pass the same checks as the schemas used on save. */
function readStored(value: unknown): StoredSettings | null {
  const parsed = storedSettingsSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

const safeStorage = createSafeLocalStorage();

export const useMeasureSettingsStore = create<MeasureSettingsState>()(
  persist(
    (set) => ({
      ...defaults,
      storageNotice: null,
      saveWeighting: (scheme) => set({ weighting: scheme }),
      resetWeighting: () => set({ weighting: DEFAULT_WEIGHTING }),
      saveAsyeRule: (rule) => set({ asyeRule: rule }),
      resetAsyeRule: () => set({ asyeRule: DEFAULT_ASYE_RULE }),
      dismissStorageNotice: () => set({ storageNotice: null }),
    }),
    {
      name: MEASURE_SETTINGS_STORAGE_KEY,
      version: MEASURE_SETTINGS_STORAGE_VERSION,
      storage: createJSONStorage(() => safeStorage.storage),
      partialize: ({ weighting, asyeRule }) => ({ weighting, asyeRule }),
      // Version 1 is the first: there is nothing older to carry over, and any
      // other version must still pass the version 1 checks in merge.
      migrate: (persisted) => persisted,
      merge: (persisted, current) => {
        if (persisted === undefined || persisted === null) {
          return safeStorage.wasCorrupt()
            ? { ...current, ...defaults, storageNotice: RESET_NOTICE }
            : current;
        }
        const stored = readStored(persisted);
        if (!stored) {
          window.localStorage.removeItem(MEASURE_SETTINGS_STORAGE_KEY);
          return { ...current, ...defaults, storageNotice: RESET_NOTICE };
        }
        return { ...current, ...stored, storageNotice: null };
      },
    },
  ),
);
