import { capsForUnit, resolveActiveCaps, resolveTeamTypeCaps } from './active-caps';
import { builtInPresets, type Cap, type PresetId } from './caps';
import { organisationCapsPreset } from './organisation-settings';

const mine: Cap[] = [
  { kind: 'line', value: 16, label: 'our cap' },
  { kind: 'line', value: 22, label: 'escalate' },
];

describe('resolveActiveCaps', () => {
  it.each<{
    name: string;
    fromUrl: PresetId | undefined;
    preferred: PresetId;
    custom: Cap[] | null;
    id: Exclude<PresetId, 'organisation'>;
  }>([
    {
      name: 'preferred built-in, no URL',
      fromUrl: undefined,
      preferred: 'napo',
      custom: null,
      id: 'napo',
    },
    {
      name: 'URL wins over preference',
      fromUrl: 'cafcass',
      preferred: 'napo',
      custom: null,
      id: 'cafcass',
    },
    {
      name: 'URL built-in wins over saved custom',
      fromUrl: 'default',
      preferred: 'custom',
      custom: mine,
      id: 'default',
    },
    {
      name: 'preferred custom with caps saved',
      fromUrl: undefined,
      preferred: 'custom',
      custom: mine,
      id: 'custom',
    },
    {
      name: 'URL custom with caps saved',
      fromUrl: 'custom',
      preferred: 'default',
      custom: mine,
      id: 'custom',
    },
  ])('$name -> $id, no notice', ({ fromUrl, preferred, custom, id }) => {
    const active = resolveActiveCaps(fromUrl, undefined, preferred, custom);
    expect(active.notice).toBeNull();
    expect(active.preset.id).toBe(id);
    expect(active.preset.caps).toEqual(id === 'custom' ? mine : builtInPresets[id].caps);
  });

  it.each<{
    name: string;
    fromUrl: PresetId | undefined;
    preferred: PresetId;
    custom: Cap[] | null;
  }>([
    {
      name: 'a custom link where none are saved',
      fromUrl: 'custom',
      preferred: 'default',
      custom: null,
    },
    {
      name: 'a custom link with an empty list saved',
      fromUrl: 'custom',
      preferred: 'napo',
      custom: [],
    },
    {
      name: 'custom preferred but none saved',
      fromUrl: undefined,
      preferred: 'custom',
      custom: null,
    },
  ])('$name -> default caps with a notice', ({ fromUrl, preferred, custom }) => {
    const active = resolveActiveCaps(fromUrl, undefined, preferred, custom);
    expect(active.preset).toBe(builtInPresets.default);
    expect(active.notice).toMatch(/custom caps/);
    expect(active.notice).toMatch(/default/);
  });
});

describe('caps set in a browser are named with their numbers', () => {
  it('your caps: "Your caps: 16 and 22+"', () => {
    expect(resolveActiveCaps('custom', undefined, 'default', mine).preset.name).toBe(
      'Your caps: 16 and 22+',
    );
  });

  it('a kind of team’s caps: the kind and the numbers', () => {
    const teamCaps: Cap[] = [
      { kind: 'range', from: 12, to: 14, label: 'aim' },
      { kind: 'line', value: 18, label: 'limit' },
    ];
    const unit = capsForUnit(builtInPresets.default, 'long-term', { 'long-term': teamCaps });
    expect(unit.preset.name).toBe('Caps for long-term teams: 12–14 and 18+');
  });
});

describe('custom caps carried by a link', () => {
  const theirs: Cap[] = [
    { kind: 'line', value: 14, label: 'our maximum' },
    { kind: 'range', from: 18, to: 21, label: 'custom range' },
  ];
  const theirText = '14:our maximum,18-21:custom range';

  it('shows the caps the link carries, not the caps saved here, and says so', () => {
    const active = resolveActiveCaps('custom', theirText, 'default', mine);
    expect(active.preset.caps).toEqual(theirs);
    expect(active.preset.name).toBe('Caps from the link: 14 and 18–21');
    expect(active.notice).toMatch(/This link carries its own caps \(14 and 18–21\)/);
  });

  it('shows them where no caps are saved at all, instead of the default', () => {
    const active = resolveActiveCaps('custom', theirText, 'default', null);
    expect(active.preset.caps).toEqual(theirs);
  });

  it('calls them the person’s own, with no notice, when they are the caps saved here', () => {
    const active = resolveActiveCaps('custom', theirText, 'default', theirs);
    expect(active.preset.name).toBe('Your caps: 14 and 18–21');
    expect(active.notice).toBeNull();
  });

  it('says when the link’s caps cannot be read, and falls back on the saved caps', () => {
    // Ranges out of order: 25 before 18–20 breaks the editor's rule that caps go up.
    const active = resolveActiveCaps('custom', '25:top,18-20:range', 'default', mine);
    expect(active.preset.caps).toEqual(mine);
    expect(active.notice).toBe(
      'The caps in this link could not be read, so your own saved caps are shown.',
    );
  });

  it('ignores caps text beside a built-in preset', () => {
    const active = resolveActiveCaps('napo', theirText, 'default', null);
    expect(active.preset).toBe(builtInPresets.napo);
  });
});

describe('caps for kinds of team carried by a link', () => {
  const saved = { 'long-term': [{ kind: 'line' as const, value: 16, label: 'ours' }] };

  it('uses the link’s, says so, and names them "From the link" on the team’s caps', () => {
    const inForce = resolveTeamTypeCaps('long-term=10:custom cap', saved);
    expect(inForce.byType).toEqual({
      'long-term': [{ kind: 'line', value: 10, label: 'custom cap' }],
    });
    expect(inForce.notice).toBe(
      'This link carries its own caps for kinds of team (Long-term teams: 10+), so this page uses them. They are not saved in this browser.',
    );
    const unit = capsForUnit(builtInPresets.default, 'long-term', inForce.byType, inForce.origins);
    expect(unit.preset.source).toMatch(/^From the link for this kind of team/);
  });

  it('uses the saved ones with no notice when the link carries the same, or none', () => {
    expect(resolveTeamTypeCaps('long-term=16:ours', saved)).toEqual({
      byType: saved,
      origins: { 'long-term': 'browser' },
      notice: null,
    });
    expect(resolveTeamTypeCaps(undefined, saved).notice).toBeNull();
  });

  it('says when the link’s cannot be read', () => {
    const inForce = resolveTeamTypeCaps('long-term=', saved);
    expect(inForce.byType).toEqual(saved);
    expect(inForce.notice).toMatch(/could not be read/);
  });
});

describe('the organisation’s caps, set for everyone in loadline.config.json', () => {
  const policy = organisationCapsPreset('Anytown caseload policy 2026', 'Anytown policy, 2026', [
    { kind: 'line', value: 18, label: 'policy cap' },
    { kind: 'line', value: 22, label: 'escalate' },
  ]);

  it('are everyone’s starting caps: nothing chosen and nothing in the link', () => {
    const active = resolveActiveCaps(undefined, undefined, null, null, policy);
    expect(active.preset).toBe(policy);
    expect(active.notice).toBeNull();
  });

  it('give way to a person’s own choice, kept in their browser', () => {
    expect(resolveActiveCaps(undefined, undefined, 'napo', null, policy).preset).toBe(
      builtInPresets.napo,
    );
    expect(resolveActiveCaps(undefined, undefined, 'custom', mine, policy).preset.caps).toBe(mine);
    // Loadline's own default stays a choice of its own beside the organisation's.
    expect(resolveActiveCaps(undefined, undefined, 'default', null, policy).preset).toBe(
      builtInPresets.default,
    );
  });

  it('give way to a link, and a link naming them shows them whatever the person chose', () => {
    expect(resolveActiveCaps('cafcass', undefined, null, null, policy).preset).toBe(
      builtInPresets.cafcass,
    );
    expect(resolveActiveCaps('organisation', undefined, 'custom', mine, policy).preset).toBe(
      policy,
    );
  });

  it('are what a link to custom caps falls back to when neither it nor the browser has any', () => {
    const active = resolveActiveCaps('custom', undefined, null, null, policy);
    expect(active.preset).toBe(policy);
    expect(active.notice).toBe(
      'This view asked for custom caps, but none are saved in this browser, so the organisation’s caps (Anytown caseload policy 2026) are shown.',
    );
  });

  it('asked for where none are set: Loadline’s default, saying why', () => {
    const active = resolveActiveCaps('organisation', undefined, null, null, null);
    expect(active.preset).toBe(builtInPresets.default);
    expect(active.notice).toMatch(/asked for the organisation’s caps, but none are set/);
  });

  it('without them, nothing chosen is Loadline’s default, as before', () => {
    expect(resolveActiveCaps(undefined, undefined, null, null, null).preset).toBe(
      builtInPresets.default,
    );
  });
});

describe('the organisation’s caps for kinds of team', () => {
  const organisations = { 'long-term': [{ kind: 'line' as const, value: 14, label: 'lt' }] };
  const own = { 'short-term': [{ kind: 'line' as const, value: 12, label: 'st' }] };

  it('apply with no link, beside a person’s own for other kinds, each named by who set it', () => {
    const inForce = resolveTeamTypeCaps(undefined, own, organisations);
    expect(inForce.byType).toEqual({ ...organisations, ...own });
    expect(inForce.origins).toEqual({ 'long-term': 'organisation', 'short-term': 'browser' });
    const unit = capsForUnit(builtInPresets.default, 'long-term', inForce.byType, inForce.origins);
    expect(unit.preset.caps).toEqual(organisations['long-term']);
    expect(unit.preset.source).toBe(
      'Set by the organisation for everyone on this kind of team, in place of the caps for other teams (Loadline default: 15, 18–20 and 25+)',
    );
  });

  it('give way to a person’s own caps for the same kind', () => {
    const mineForLongTerm = { 'long-term': [{ kind: 'line' as const, value: 19, label: 'me' }] };
    const inForce = resolveTeamTypeCaps(undefined, mineForLongTerm, organisations);
    expect(inForce.byType).toEqual(mineForLongTerm);
    expect(inForce.origins).toEqual({ 'long-term': 'browser' });
  });

  it('give way to a link’s, and a link carrying the organisation’s own names them so', () => {
    const inForce = resolveTeamTypeCaps('long-term=14:lt;short-term=10:x', {}, organisations);
    expect(inForce.byType).toEqual({
      'long-term': organisations['long-term'],
      'short-term': [{ kind: 'line', value: 10, label: 'x' }],
    });
    expect(inForce.origins).toEqual({ 'long-term': 'organisation', 'short-term': 'link' });
  });
});
