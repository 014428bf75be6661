/**
 * Keeps the address naming every setting that changes the figures, so that a
 * copied link, or a page reached with Back, shows a colleague the figures on
 * this screen: the caps in force (written out in full when set by hand, since
 * the colleague's browser does not have them), the ASYE rule, caps for kinds
 * of team and, with weighted points, the weighting scheme.
 *
 * A setting the address already names is left alone (it may be a link's own),
 * except that one the person has just saved here replaces it: they have just
 * chosen it. Defaults are not written, so an ordinary link stays short.
 */
import { useEffect, useRef } from 'react';
import { DEFAULT_ASYE_RULE, asyeRuleToLinkText, type AsyeRule } from '../domain/asye-rule';
import { DEFAULT_PRESET_ID, type Cap, type CapPreset } from '../domain/caps';
import { capsToLinkText, teamTypeCapsToLinkText } from '../domain/caps-in-link';
import { DEFAULT_WEIGHTING, weightingToLinkText, type WeightingScheme } from '../domain/weighting';
import { navigate, type ViewSearch } from '../lib/view-search';
import { useCapsStore } from '../stores/caps-store';
import { useMeasureSettingsStore } from '../stores/measure-settings-store';

const asyeText = (rule: AsyeRule) =>
  asyeRuleToLinkText(rule) === asyeRuleToLinkText(DEFAULT_ASYE_RULE)
    ? undefined
    : asyeRuleToLinkText(rule);

const weightingText = (scheme: WeightingScheme) =>
  weightingToLinkText(scheme) === weightingToLinkText(DEFAULT_WEIGHTING)
    ? undefined
    : weightingToLinkText(scheme);

const teamCapsText = (byType: Readonly<Record<string, readonly Cap[]>>) =>
  teamTypeCapsToLinkText(byType);

interface SavedSettings {
  asyeRule: AsyeRule;
  weighting: WeightingScheme;
  teamTypeCaps: Readonly<Record<string, readonly Cap[]>>;
}

/** The setting the address should name: the one just saved, else the address's own, else the saved one. */
function pick(savedNow: boolean, inAddress: string | undefined, saved: string | undefined) {
  return savedNow ? saved : (inAddress ?? saved);
}

export function useSettingsInAddress(search: ViewSearch, capsInForce: CapPreset): void {
  const asyeRule = useMeasureSettingsStore((state) => state.asyeRule);
  const weighting = useMeasureSettingsStore((state) => state.weighting);
  const teamTypeCaps = useCapsStore((state) => state.teamTypeCaps);
  const before = useRef<SavedSettings>({ asyeRule, weighting, teamTypeCaps });
  const capsId = capsInForce.id;
  const capsetInForce = capsId === 'custom' ? capsToLinkText(capsInForce.caps) : undefined;

  useEffect(() => {
    const was = before.current;
    before.current = { asyeRule, weighting, teamTypeCaps };
    const wanted: ViewSearch = {
      ...search,
      caps: search.caps ?? (capsId !== DEFAULT_PRESET_ID ? capsId : undefined),
      capset: search.capset ?? capsetInForce,
      asye: pick(was.asyeRule !== asyeRule, search.asye, asyeText(asyeRule)),
      teamcaps: pick(
        was.teamTypeCaps !== teamTypeCaps,
        search.teamcaps,
        teamCapsText(teamTypeCaps),
      ),
      // The weighting matters only to the points measure, so only then is it named.
      weights:
        search.measure === 'points'
          ? pick(was.weighting !== weighting, search.weights, weightingText(weighting))
          : search.weights,
    };
    const changed = (['caps', 'capset', 'asye', 'teamcaps', 'weights'] as const).some(
      (key) => wanted[key] !== search[key],
    );
    if (changed) navigate(wanted, { replace: true });
  }, [search, capsId, capsetInForce, asyeRule, weighting, teamTypeCaps]);
}
