/**
 * Which caps apply: the preset named in the URL, else the user's preferred
 * preset. Custom caps come from the link when it carries them (so a colleague
 * sees the caps of whoever shared it), else from this browser; a link to
 * custom caps that neither carries nor finds any falls back to the default,
 * with a notice saying so.
 */
import {
  DEFAULT_PRESET_ID,
  builtInPresets,
  describeCaps,
  type Cap,
  type CapPreset,
  type PresetId,
} from './caps';
import {
  capsFromLinkText,
  sameCaps,
  teamTypeCapsFromLinkText,
  teamTypeCapsToLinkText,
} from './caps-in-link';

export interface ActiveCaps {
  preset: CapPreset;
  notice: string | null;
  /** True when the caps are the link's own, not saved in this browser. */
  fromLink: boolean;
}

/** Resolves the caps in force from the URL and the saved preferences. */
export function resolveActiveCaps(
  fromUrl: PresetId | undefined,
  linkCapsText: string | undefined,
  preferred: PresetId,
  customCaps: readonly Cap[] | null,
): ActiveCaps {
  const wanted = fromUrl ?? preferred;
  if (wanted !== 'custom') return { preset: builtInPresets[wanted], notice: null, fromLink: false };
  const saved = customCaps && customCaps.length > 0 ? customCaps : null;
  const fromLink =
    fromUrl === 'custom' && linkCapsText !== undefined ? capsFromLinkText(linkCapsText) : null;
  if (fromLink && !(saved && sameCaps(fromLink, saved))) {
    return {
      preset: {
        id: 'custom',
        name: `Caps from the link: ${describeCaps(fromLink)}`,
        source: 'Set by whoever shared this link; not saved in this browser',
        caps: fromLink,
      },
      notice: `This link carries its own caps (${describeCaps(fromLink)}), so this page uses them. They are not saved in this browser: to keep them, open “Edit caps” and save.`,
      fromLink: true,
    };
  }
  const unreadable =
    fromUrl === 'custom' && linkCapsText !== undefined && fromLink === null
      ? 'The caps in this link could not be read'
      : null;
  if (saved) {
    return {
      preset: {
        id: 'custom',
        name: `Your caps: ${describeCaps(saved)}`,
        source: 'Set by you in this browser',
        caps: saved,
      },
      notice: unreadable ? `${unreadable}, so your own saved caps are shown.` : null,
      fromLink: false,
    };
  }
  return {
    preset: builtInPresets[DEFAULT_PRESET_ID],
    notice: unreadable
      ? `${unreadable}, and none are saved in this browser, so the default caps are shown.`
      : 'This view asked for custom caps, but none are saved in this browser, so the default caps are shown.',
    fromLink: false,
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
  /** Where the kinds' caps come from: this browser's settings, or the link that was opened. */
  origin: 'browser' | 'link' = 'browser',
): UnitCaps {
  const own = teamType === undefined ? undefined : teamTypeCaps[teamType];
  if (teamType === undefined || !own || own.length === 0)
    return { preset: organisationCaps, teamType: null };
  return {
    preset: {
      id: organisationCaps.id,
      name: `Caps for ${teamTypeName(teamType).toLowerCase()}: ${describeCaps(own)}`,
      source: `${origin === 'link' ? 'From the link' : 'Set in this browser'} for this kind of team, in place of the organisation’s caps (${organisationCaps.name})`,
      caps: own,
    },
    teamType,
  };
}

export interface TeamTypeCapsInForce {
  byType: Readonly<Record<string, readonly Cap[]>>;
  origin: 'browser' | 'link';
  notice: string | null;
}

/**
 * The caps for kinds of team in force: the link's when it carries them (so a
 * colleague sees a long-term team against the sender's caps), else those
 * saved in this browser, with a notice when the two differ or the link's
 * cannot be read.
 */
export function resolveTeamTypeCaps(
  linkText: string | undefined,
  saved: Readonly<Record<string, readonly Cap[]>>,
): TeamTypeCapsInForce {
  if (linkText === undefined) return { byType: saved, origin: 'browser', notice: null };
  const fromLink = teamTypeCapsFromLinkText(linkText);
  if (fromLink === null) {
    return {
      byType: saved,
      origin: 'browser',
      notice:
        'The caps for kinds of team in this link could not be read, so those saved in this browser are used.',
    };
  }
  if (teamTypeCapsToLinkText(fromLink) === teamTypeCapsToLinkText(saved)) {
    return { byType: saved, origin: 'browser', notice: null };
  }
  const described = Object.entries(fromLink)
    .map(([kind, caps]) => `${teamTypeName(kind)}: ${describeCaps(caps)}`)
    .join('; ');
  return {
    byType: fromLink,
    origin: 'link',
    notice: `This link carries its own caps for kinds of team (${described}), so this page uses them. They are not saved in this browser.`,
  };
}
