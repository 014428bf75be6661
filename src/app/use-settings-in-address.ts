/**
 * Keeps the address naming every setting that changes the figures, so that a
 * copied link, or a page reached with Back, shows a colleague the figures on
 * this screen: the caps in force (written out in full when set by hand, since
 * the colleague's browser does not have them), the ASYE rule, caps for kinds
 * of team and, with weighted points, the weighting scheme.
 *
 * A setting the address already names is left alone (it may be a link's own),
 * except that one the person has just saved here replaces it: they have just
 * chosen it. Defaults are not written, so an ordinary link stays short: the
 * deployment's defaults, which are the organisation's settings where its
 * config sets them, so a colleague on the same deployment starts from them too.
 */
import { useEffect, useRef } from 'react';
import { asyeRuleToLinkText, type AsyeRule } from '../domain/asye-rule';
import type { Cap, CapPreset } from '../domain/caps';
import { capsToLinkText, teamTypeCapsToLinkText } from '../domain/caps-in-link';
import type { SettingsDefaults } from '../domain/organisation-settings';
import { weightingToLinkText, type WeightingScheme } from '../domain/weighting';
import { navigate, type ViewSearch } from '../lib/view-search';
import { useCapsStore } from '../stores/caps-store';
import { useMeasureSettingsStore } from '../stores/measure-settings-store';

/** The link text of a setting, or undefined when it is the default here (and so left out). */
function unlessDefault<T>(value: T, fallback: T, toText: (value: T) => string | undefined) {
  const text = toText(value);
  return text === toText(fallback) ? undefined : text;
}

interface SavedSettings {
  asyeRule: AsyeRule | null;
  weighting: WeightingScheme | null;
  teamTypeCaps: Readonly<Record<string, readonly Cap[]>>;
}

/** The setting the address should name: the one just saved, else the address's own, else the saved one. */
function pick(savedNow: boolean, inAddress: string | undefined, saved: string | undefined) {
  return savedNow ? saved : (inAddress ?? saved);
}

export function useSettingsInAddress(
  search: ViewSearch,
  capsInForce: CapPreset,
  defaults: SettingsDefaults,
): void {
  const asyeRule = useMeasureSettingsStore((state) => state.asyeRule);
  const weighting = useMeasureSettingsStore((state) => state.weighting);
  const teamTypeCaps = useCapsStore((state) => state.teamTypeCaps);
  const before = useRef<SavedSettings>({ asyeRule, weighting, teamTypeCaps });
  const capsId = capsInForce.id;
  const capsetInForce = capsId === 'custom' ? capsToLinkText(capsInForce.caps) : undefined;

  useEffect(() => {
    const was = before.current;
    before.current = { asyeRule, weighting, teamTypeCaps };
    const teamCapsHere = { ...defaults.teamTypeCaps, ...teamTypeCaps };
    const wanted: ViewSearch = {
      ...search,
      caps: search.caps ?? (capsId !== defaults.caps.id ? capsId : undefined),
      capset: search.capset ?? capsetInForce,
      asye: pick(
        was.asyeRule !== asyeRule,
        search.asye,
        unlessDefault(asyeRule ?? defaults.asyeRule, defaults.asyeRule, asyeRuleToLinkText),
      ),
      teamcaps: pick(
        was.teamTypeCaps !== teamTypeCaps,
        search.teamcaps,
        unlessDefault(teamCapsHere, defaults.teamTypeCaps, teamTypeCapsToLinkText),
      ),
      // The weighting matters only to the points measure, so only then is it named.
      weights:
        search.measure === 'points'
          ? pick(
              was.weighting !== weighting,
              search.weights,
              unlessDefault(
                weighting ?? defaults.weighting,
                defaults.weighting,
                weightingToLinkText,
              ),
            )
          : search.weights,
    };
    const changed = (['caps', 'capset', 'asye', 'teamcaps', 'weights'] as const).some(
      (key) => wanted[key] !== search[key],
    );
    if (changed) navigate(wanted, { replace: true });
  }, [search, capsId, capsetInForce, asyeRule, weighting, teamTypeCaps, defaults]);
}
