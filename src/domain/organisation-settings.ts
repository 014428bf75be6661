/**
 * Settings a council sets for everyone in loadline.config.json: its caps, caps
 * for kinds of team, the ASYE rule and the weighting scheme. Each is where
 * everyone starts who has not chosen otherwise in their own browser, and what
 * "reset" goes back to; where the council sets nothing, Loadline's own
 * defaults stand in (ADR 13).
 */
import { DEFAULT_ASYE_RULE, type AsyeRule } from './asye-rule';
import { builtInPresets, DEFAULT_PRESET_ID, type Cap, type CapPreset } from './caps';
import { DEFAULT_WEIGHTING, type WeightingScheme } from './weighting';

export const ORGANISATION_PRESET_ID = 'organisation';

/** Said after the source of the organisation's caps wherever they are named. */
export const ORGANISATION_CAPS_NOTE = 'set by the organisation for everyone';

export interface OrganisationSettings {
  /** The organisation's caps, as a preset with id 'organisation'; null when it sets none. */
  caps: CapPreset | null;
  /** Caps for kinds of team, in place of the organisation's caps on those teams' pages. */
  teamTypeCaps: Readonly<Record<string, readonly Cap[]>>;
  asyeRule: AsyeRule | null;
  weighting: WeightingScheme | null;
}

export const NO_ORGANISATION_SETTINGS: OrganisationSettings = {
  caps: null,
  teamTypeCaps: {},
  asyeRule: null,
  weighting: null,
};

/** The organisation's caps as a preset: named as the council names them, with their source. */
export function organisationCapsPreset(
  name: string,
  source: string,
  caps: readonly Cap[],
): CapPreset {
  return {
    id: ORGANISATION_PRESET_ID,
    name,
    source: `${source} (${ORGANISATION_CAPS_NOTE})`,
    caps,
  };
}

/** What everyone here starts from, and what reset goes back to. */
export interface SettingsDefaults {
  caps: CapPreset;
  teamTypeCaps: Readonly<Record<string, readonly Cap[]>>;
  asyeRule: AsyeRule;
  weighting: WeightingScheme;
}

/** The organisation's settings where it set them, else Loadline's own defaults. */
export function settingsDefaults(organisation: OrganisationSettings): SettingsDefaults {
  return {
    caps: organisation.caps ?? builtInPresets[DEFAULT_PRESET_ID],
    teamTypeCaps: organisation.teamTypeCaps,
    asyeRule: organisation.asyeRule ?? DEFAULT_ASYE_RULE,
    weighting: organisation.weighting ?? DEFAULT_WEIGHTING,
  };
}

/** True when the organisation sets any setting at all. */
export function hasOrganisationSettings(organisation: OrganisationSettings): boolean {
  return (
    organisation.caps !== null ||
    Object.keys(organisation.teamTypeCaps).length > 0 ||
    organisation.asyeRule !== null ||
    organisation.weighting !== null
  );
}
