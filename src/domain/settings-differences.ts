/**
 * Which settings on screen are not the ones the organisation set for
 * everyone: a manager may not realise that a colleague who kept the
 * organisation's settings sees other figures.
 */
import { teamTypeName } from './active-caps';
import { describeAsyeRule, sameAsyeRule, type AsyeRule } from './asye-rule';
import { describeCaps, type Cap, type CapPreset } from './caps';
import { sameCaps, teamTypeCapsToLinkText } from './caps-in-link';
import type { OrganisationSettings } from './organisation-settings';
import { weightingToLinkText, type WeightingScheme } from './weighting';

/** The settings on screen, to set beside the organisation's. */
export interface SettingsInForce {
  caps: CapPreset;
  teamTypeCaps: Readonly<Record<string, readonly Cap[]>>;
  asyeRule: AsyeRule;
  /** Null when the measure on screen does not weigh cases, so the scheme does not matter. */
  weighting: WeightingScheme | null;
}

export interface SettingDifference {
  /** What the setting is: "Caps". */
  setting: string;
  /** What is in use on this screen. */
  inUse: string;
  /** What the organisation set. */
  organisations: string;
}

/**
 * The settings on screen that are not the ones the organisation set, so a
 * manager knows a colleague who kept the organisation's sees other figures.
 * Settings the organisation leaves to Loadline's defaults are not compared.
 */
export function differencesFromOrganisation(
  inForce: SettingsInForce,
  organisation: OrganisationSettings,
): SettingDifference[] {
  const differences: SettingDifference[] = [];
  const { caps, asyeRule, weighting } = organisation;
  if (caps && !(inForce.caps.id === caps.id && sameCaps(inForce.caps.caps, caps.caps))) {
    differences.push({ setting: 'Caps', inUse: inForce.caps.name, organisations: caps.name });
  }
  const ownTeamCaps = teamTypeCapsToLinkText(inForce.teamTypeCaps);
  if (
    Object.keys(organisation.teamTypeCaps).length > 0 &&
    ownTeamCaps !== teamTypeCapsToLinkText(organisation.teamTypeCaps)
  ) {
    differences.push({
      setting: 'Caps for kinds of team',
      inUse: describeTeamTypeCaps(inForce.teamTypeCaps),
      organisations: describeTeamTypeCaps(organisation.teamTypeCaps),
    });
  }
  if (asyeRule && !sameAsyeRule(inForce.asyeRule, asyeRule)) {
    differences.push({
      setting: 'ASYE rule',
      inUse: describeAsyeRule(inForce.asyeRule),
      organisations: describeAsyeRule(asyeRule),
    });
  }
  if (
    weighting &&
    inForce.weighting &&
    weightingToLinkText(inForce.weighting) !== weightingToLinkText(weighting)
  ) {
    differences.push({
      setting: 'Weighting scheme',
      inUse: inForce.weighting.name,
      organisations: weighting.name,
    });
  }
  return differences;
}

function describeTeamTypeCaps(byType: Readonly<Record<string, readonly Cap[]>>): string {
  const kinds = Object.keys(byType).sort();
  if (kinds.length === 0) return 'none';
  return kinds
    .map((kind) => `${teamTypeName(kind)}: ${describeCaps(byType[kind] ?? [])}`)
    .join('; ');
}
