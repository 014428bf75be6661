/**
 * Measure settings, kept in the browser across reloads: the council's
 * weighting (points) scheme and the rule that protects ASYE caseloads.
 * Stored data is versioned and validated when read: a corrupt or wrong-shaped
 * value is reset to the defaults with a notice, and nothing throws at start.
 *
 * Null means the person has not chosen: the default applies, which is the
 * organisation's when its loadline.config.json sets one (ADR 13).
 */
import { z } from '../contract/zod';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { createSafeLocalStorage } from './safe-local-storage';
import {
  asyeRuleSchema,
  DEFAULT_ASYE_RULE,
  sameAsyeRule,
  type AsyeRule,
} from '../domain/asye-rule';
import {
  DEFAULT_WEIGHTING,
  weightingSchemeSchema,
  weightingToLinkText,
  type WeightingScheme,
} from '../domain/weighting';

export const MEASURE_SETTINGS_STORAGE_KEY = 'loadline.measure-settings';
export const MEASURE_SETTINGS_STORAGE_VERSION = 2;

const storedSettingsSchema = z.object({
  weighting: weightingSchemeSchema.nullable(),
  asyeRule: asyeRuleSchema.nullable(),
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

const defaults: StoredSettings = { weighting: null, asyeRule: null };
const RESET_NOTICE =
  'Your saved weighting scheme and ASYE rule could not be read, so they were reset to the defaults.';

/** Accepts stored settings only when they pass the same checks as the schemas used on save. */
function readStored(value: unknown): StoredSettings | null {
  const parsed = storedSettingsSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

function fromVersion1(persisted: unknown): unknown {
  const parsed = z
    .object({ weighting: weightingSchemeSchema, asyeRule: asyeRuleSchema })
    .safeParse(persisted);
  if (!parsed.success) return persisted;
  const { weighting, asyeRule } = parsed.data;
  return {
    weighting:
      weightingToLinkText(weighting) === weightingToLinkText(DEFAULT_WEIGHTING) ? null : weighting,
    asyeRule: sameAsyeRule(asyeRule, DEFAULT_ASYE_RULE) ? null : asyeRule,
  };
}

const safeStorage = createSafeLocalStorage();

export const useMeasureSettingsStore = create<MeasureSettingsState>()(
  persist(
    (set) => ({
      ...defaults,
      storageNotice: null,
      saveWeighting: (scheme) => set({ weighting: scheme }),
      resetWeighting: () => set({ weighting: null }),
      saveAsyeRule: (rule) => set({ asyeRule: rule }),
      resetAsyeRule: () => set({ asyeRule: null }),
      dismissStorageNotice: () => set({ storageNotice: null }),
    }),
    {
      name: MEASURE_SETTINGS_STORAGE_KEY,
      version: MEASURE_SETTINGS_STORAGE_VERSION,
      storage: createJSONStorage(() => safeStorage.storage),
      partialize: ({ weighting, asyeRule }) => ({ weighting, asyeRule }),
      // Version 1 stored both settings whenever either was saved, with Loadline's
      // default for the one never chosen, and had no organisation's settings: a
      // value equal to Loadline's default meant "the default", which is now the
      // organisation's where it sets one. Anything else must pass merge's checks.
      migrate: (persisted, version) => (version === 1 ? fromVersion1(persisted) : persisted),
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
