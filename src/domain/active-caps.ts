/**
 * Which caps apply: the preset named in the URL, else the person's preferred
 * preset, else the deployment's default (the organisation's caps when its
 * loadline.config.json sets them, else Loadline's default). Custom caps come
 * from the link when it carries them (so a colleague sees the caps of whoever
 * shared it), else from this browser; a link to custom caps that neither
 * carries nor finds any falls back to the default, with a notice saying so.
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

/**
 * Resolves the caps in force from the URL, the saved preferences (null: the
 * person has not chosen, so the default applies) and the organisation's caps.
 */
export function resolveActiveCaps(
  fromUrl: PresetId | undefined,
  linkCapsText: string | undefined,
  preferred: PresetId | null,
  customCaps: readonly Cap[] | null,
  organisationCaps: CapPreset | null = null,
): ActiveCaps {
  const fallback = organisationCaps ?? builtInPresets[DEFAULT_PRESET_ID];
  const fallbackName = organisationCaps
    ? `the organisation’s caps (${organisationCaps.name})`
    : 'the default caps';
  const wanted = fromUrl ?? preferred ?? fallback.id;
  if (wanted === 'organisation') {
    if (organisationCaps) return { preset: organisationCaps, notice: null, fromLink: false };
    return {
      preset: fallback,
      notice:
        'This view asked for the organisation’s caps, but none are set in this Loadline, so the default caps are shown.',
      fromLink: false,
    };
  }
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
    preset: fallback,
    notice: unreadable
      ? `${unreadable}, and none are saved in this browser, so ${fallbackName} are shown.`
      : `This view asked for custom caps, but none are saved in this browser, so ${fallbackName} are shown.`,
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

/** Who set a kind of team's caps: the organisation's config, this browser, or the link. */
export type TeamTypeCapsOrigin = 'organisation' | 'browser' | 'link';

const originWords: Record<TeamTypeCapsOrigin, string> = {
  organisation: `Set by the organisation for everyone on this kind of team`,
  browser: 'Set in this browser for this kind of team',
  link: 'From the link for this kind of team',
};

/** The caps for a unit: its kind of team's own caps when set, else the organisation's. */
export function capsForUnit(
  organisationCaps: CapPreset,
  teamType: string | undefined,
  teamTypeCaps: Readonly<Record<string, readonly Cap[]>>,
  /** Who set each kind's caps; a kind not named was set in this browser. */
  origins: Readonly<Record<string, TeamTypeCapsOrigin>> = {},
): UnitCaps {
  const own = teamType === undefined ? undefined : teamTypeCaps[teamType];
  if (teamType === undefined || !own || own.length === 0)
    return { preset: organisationCaps, teamType: null };
  const origin = origins[teamType] ?? 'browser';
  return {
    preset: {
      id: organisationCaps.id,
      name: `Caps for ${teamTypeName(teamType).toLowerCase()}: ${describeCaps(own)}`,
      source: `${originWords[origin]}, in place of the caps for other teams (${organisationCaps.name})`,
      caps: own,
    },
    teamType,
  };
}

export interface TeamTypeCapsInForce {
  byType: Readonly<Record<string, readonly Cap[]>>;
  /** Who set each kind's caps. */
  origins: Readonly<Record<string, TeamTypeCapsOrigin>>;
  notice: string | null;
}

/**
 * The caps for kinds of team in force: the link's when it carries them (so a
 * colleague sees a long-term team against the sender's caps), else the
 * organisation's with those saved in this browser in place of the
 * organisation's for the same kind, with a notice when the link's differ or
 * cannot be read.
 */
export function resolveTeamTypeCaps(
  linkText: string | undefined,
  saved: Readonly<Record<string, readonly Cap[]>>,
  organisation: Readonly<Record<string, readonly Cap[]>> = {},
): TeamTypeCapsInForce {
  const here = withOrganisationTeamTypeCaps(saved, organisation);
  if (linkText === undefined) return { ...here, notice: null };
  const fromLink = teamTypeCapsFromLinkText(linkText);
  if (fromLink === null) {
    return {
      ...here,
      notice:
        'The caps for kinds of team in this link could not be read, so those saved in this browser or set by the organisation are used.',
    };
  }
  if (teamTypeCapsToLinkText(fromLink) === teamTypeCapsToLinkText(here.byType)) {
    return { ...here, notice: null };
  }
  const described = Object.entries(fromLink)
    .map(([kind, caps]) => `${teamTypeName(kind)}: ${describeCaps(caps)}`)
    .join('; ');
  // A kind whose caps in the link are the organisation's own is named as the organisation's.
  const origins = Object.fromEntries(
    Object.entries(fromLink).map(([kind, caps]) => {
      const organisations = organisation[kind];
      return [kind, organisations && sameCaps(organisations, caps) ? 'organisation' : 'link'];
    }),
  ) as Record<string, TeamTypeCapsOrigin>;
  return {
    byType: fromLink,
    origins,
    notice: `This link carries its own caps for kinds of team (${described}), so this page uses them. They are not saved in this browser.`,
  };
}

/** The organisation's caps for kinds of team, with this browser's in place of them kind by kind. */
function withOrganisationTeamTypeCaps(
  saved: Readonly<Record<string, readonly Cap[]>>,
  organisation: Readonly<Record<string, readonly Cap[]>>,
): Omit<TeamTypeCapsInForce, 'notice'> {
  const byType = new Map<string, readonly Cap[]>();
  const origins = new Map<string, TeamTypeCapsOrigin>();
  for (const [kind, caps] of Object.entries(organisation)) {
    byType.set(kind, caps);
    origins.set(kind, 'organisation');
  }
  for (const [kind, caps] of Object.entries(saved)) {
    if (caps.length === 0) continue;
    byType.set(kind, caps);
    origins.set(kind, 'browser');
  }
  return { byType: Object.fromEntries(byType), origins: Object.fromEntries(origins) };
}
