/**
 * Which caps apply: the preset named in the URL, else the user's preferred
 * preset. A link to custom caps opened where none are saved falls back to
 * the default, with a notice saying so.
 */
import { DEFAULT_PRESET_ID, builtInPresets, type Cap, type CapPreset, type PresetId } from './caps';

export interface ActiveCaps {
  preset: CapPreset;
  notice: string | null;
}

/** Resolves the caps in force from the URL and the saved preferences. */
export function resolveActiveCaps(
  fromUrl: PresetId | undefined,
  preferred: PresetId,
  customCaps: readonly Cap[] | null,
): ActiveCaps {
  const wanted = fromUrl ?? preferred;
  if (wanted !== 'custom') return { preset: builtInPresets[wanted], notice: null };
  if (customCaps && customCaps.length > 0) {
    return {
      preset: {
        id: 'custom',
        name: 'Your caps',
        source: 'Set by you in this browser',
        caps: customCaps,
      },
      notice: null,
    };
  }
  return {
    preset: builtInPresets[DEFAULT_PRESET_ID],
    notice:
      'This view asked for custom caps, but none are saved in this browser, so the default caps are shown.',
  };
}
