/**
 * Which caps apply: the preset named in the URL, else the user's preferred
 * preset. A link to custom caps opened where none are saved falls back to
 * the default, with a notice saying so.
 */
import {
  DEFAULT_PRESET_ID,
  builtInPresets,
  describeCaps,
  type Cap,
  type CapPreset,
  type PresetId,
} from './caps';

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
        name: `Your caps: ${describeCaps(customCaps)}`,
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

/** How each kind of team is named on screen; other kinds are shown as sent. */
export const teamTypeNames: Record<string, string> = {
  'short-term': 'Short-term teams (front door and assessment)',
  'long-term': 'Long-term teams',
  'leaving-care': 'Leaving care teams',
  'disabled-children': 'Disabled children’s teams',
  adults: 'Adults’ teams',
};

/** The name of a kind of team, for people. */
export function teamTypeName(teamType: string): string {
  return teamTypeNames[teamType] ?? `Teams of type “${teamType}”`;
}

export interface UnitCaps {
  preset: CapPreset;
  /** The kind of team whose own caps apply, or null when the organisation's caps apply. */
  teamType: string | null;
}

/** The caps for a unit: its kind of team's own caps when set, else the organisation's. */
export function capsForUnit(
  organisationCaps: CapPreset,
  teamType: string | undefined,
  teamTypeCaps: Readonly<Record<string, readonly Cap[]>>,
): UnitCaps {
  const own = teamType === undefined ? undefined : teamTypeCaps[teamType];
  if (teamType === undefined || !own || own.length === 0)
    return { preset: organisationCaps, teamType: null };
  return {
    preset: {
      id: organisationCaps.id,
      name: `Caps for ${teamTypeName(teamType).toLowerCase()}: ${describeCaps(own)}`,
      source: `Set in this browser for this kind of team, in place of the organisation’s caps (${organisationCaps.name})`,
      caps: own,
    },
    teamType,
  };
}
