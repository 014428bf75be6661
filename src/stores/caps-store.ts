/**
 * Caps preferences, kept in the browser across reloads. Stored data is
 * versioned and validated when read: an old shape is migrated, a corrupt one
 * is reset with a notice, and nothing throws at start.
 *
 * A preferred preset of null means the person has not chosen: the default
 * applies, which is the organisation's caps when its loadline.config.json
 * sets them (ADR 13). Caps for kinds of team hold only this person's own; the
 * organisation's are added where they are used.
 */
import { z } from '../contract/zod';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { createSafeLocalStorage } from './safe-local-storage';
import { capSchema, MAX_CAPS, presetIds, type Cap, type PresetId } from '../domain/caps';
import { validateCapDrafts, toDrafts } from '../domain/validate-caps';

export const CAPS_STORAGE_KEY = 'loadline.caps';
export const CAPS_STORAGE_VERSION = 2;

const capListSchema = z.array(capSchema).min(1).max(MAX_CAPS);
const storedCapsSchema = z.object({
  customCaps: capListSchema.nullable(),
  /** Null: not chosen, so the default applies (the organisation's caps when it sets them). */
  preferredPreset: z.enum(presetIds).nullable(),
  /** Caps for a kind of team, in place of the organisation's; absent in older stored data. */
  teamTypeCaps: z.record(z.string().min(1).max(100), capListSchema).default({}),
});
type StoredCaps = z.infer<typeof storedCapsSchema>;

interface CapsState extends StoredCaps {
  /** Why stored caps were migrated or reset at start; shown once to the user. */
  storageNotice: string | null;
  saveCustomCaps: (caps: Cap[]) => void;
  saveTeamTypeCaps: (teamType: string, caps: Cap[]) => void;
  clearTeamTypeCaps: (teamType: string) => void;
  /** Null follows the default: the organisation's caps when it sets them. */
  choosePreset: (preset: PresetId | null) => void;
  resetCaps: () => void;
  dismissStorageNotice: () => void;
}

const defaults: StoredCaps = {
  customCaps: null,
  preferredPreset: null,
  teamTypeCaps: {},
};
const MIGRATED_NOTICE =
  'Your saved caps came from an earlier version of Loadline and have been carried over.';
const RESET_NOTICE = 'Your saved caps could not be read, so they were reset to the default caps.';

/** Accepts stored caps only when they pass the same checks as an edit. */
function readStored(value: unknown): StoredCaps | null {
  const parsed = storedCapsSchema.safeParse(value);
  if (!parsed.success) return null;
  const { customCaps, teamTypeCaps } = parsed.data;
  const lists = [...(customCaps ? [customCaps] : []), ...Object.values(teamTypeCaps)];
  if (lists.some((caps) => !validateCapDrafts(toDrafts(caps)).ok)) return null;
  return parsed.data;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

let migratedAtStart = false;
const safeStorage = createSafeLocalStorage(() => {
  migratedAtStart = false;
});

export const useCapsStore = create<CapsState>()(
  persist(
    (set) => ({
      ...defaults,
      storageNotice: null,
      saveCustomCaps: (caps) => set({ customCaps: caps, preferredPreset: 'custom' }),
      saveTeamTypeCaps: (teamType, caps) =>
        set((state) => ({ teamTypeCaps: { ...state.teamTypeCaps, [teamType]: caps } })),
      clearTeamTypeCaps: (teamType) =>
        set((state) => ({
          teamTypeCaps: Object.fromEntries(
            Object.entries(state.teamTypeCaps).filter(([type]) => type !== teamType),
          ),
        })),
      choosePreset: (preset) => set({ preferredPreset: preset }),
      resetCaps: () => set({ customCaps: null, preferredPreset: null }),
      dismissStorageNotice: () => set({ storageNotice: null }),
    }),
    {
      name: CAPS_STORAGE_KEY,
      version: CAPS_STORAGE_VERSION,
      storage: createJSONStorage(() => safeStorage.storage),
      partialize: ({ customCaps, preferredPreset, teamTypeCaps }) => ({
        customCaps,
        preferredPreset,
        teamTypeCaps,
      }),
      migrate: (persisted, version) => {
        // Version 0 (before versioning) stored a bare list of caps.
        if (version === 0 && Array.isArray(persisted)) {
          migratedAtStart = true;
          return { customCaps: persisted as Cap[], preferredPreset: 'custom', teamTypeCaps: {} };
        }
        // Version 1 had no organisation's caps: its 'default' meant "the default", which is
        // now the organisation's caps where a deployment sets them, and Loadline's elsewhere.
        if (version === 1 && isRecord(persisted) && persisted.preferredPreset === 'default') {
          return { ...persisted, preferredPreset: null };
        }
        return persisted;
      },
      merge: (persisted, current) => {
        if (persisted === undefined || persisted === null) {
          return safeStorage.wasCorrupt()
            ? { ...current, ...defaults, storageNotice: RESET_NOTICE }
            : current;
        }
        const stored = readStored(persisted);
        if (!stored) {
          window.localStorage.removeItem(CAPS_STORAGE_KEY);
          return { ...current, ...defaults, storageNotice: RESET_NOTICE };
        }
        return { ...current, ...stored, storageNotice: migratedAtStart ? MIGRATED_NOTICE : null };
      },
    },
  ),
);
