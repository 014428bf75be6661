import { DEFAULT_ASYE_RULE } from './asye-rule';
import { builtInPresets, type Cap } from './caps';
import {
  NO_ORGANISATION_SETTINGS,
  organisationCapsPreset,
  settingsDefaults,
  type OrganisationSettings,
} from './organisation-settings';
import { differencesFromOrganisation } from './settings-differences';
import { DEFAULT_WEIGHTING, exampleWeightingSchemes } from './weighting';

const policyCaps: Cap[] = [
  { kind: 'line', value: 18, label: 'policy cap' },
  { kind: 'line', value: 22, label: 'escalate' },
];
const anytown: OrganisationSettings = {
  caps: organisationCapsPreset('Anytown caseload policy 2026', 'Anytown policy', policyCaps),
  teamTypeCaps: {},
  asyeRule: { kind: 'fixed-cap', casesPerFte: 12 },
  weighting: null,
};
const anytownInForce = {
  caps: settingsDefaults(anytown).caps,
  teamTypeCaps: {},
  asyeRule: { kind: 'fixed-cap' as const, casesPerFte: 12 },
  weighting: DEFAULT_WEIGHTING,
};

describe('settingsDefaults', () => {
  it('are the organisation’s where it sets them, Loadline’s own elsewhere', () => {
    const defaults = settingsDefaults(anytown);
    expect(defaults.caps.name).toBe('Anytown caseload policy 2026');
    expect(defaults.asyeRule).toEqual({ kind: 'fixed-cap', casesPerFte: 12 });
    expect(defaults.weighting).toBe(DEFAULT_WEIGHTING);
    expect(settingsDefaults(NO_ORGANISATION_SETTINGS)).toEqual({
      caps: builtInPresets.default,
      teamTypeCaps: {},
      asyeRule: DEFAULT_ASYE_RULE,
      weighting: DEFAULT_WEIGHTING,
    });
  });
});

describe('differencesFromOrganisation', () => {
  it('finds none on the organisation’s own settings', () => {
    expect(differencesFromOrganisation(anytownInForce, anytown)).toEqual([]);
  });

  it('names the caps and the ASYE rule on screen beside the organisation’s', () => {
    const differences = differencesFromOrganisation(
      { ...anytownInForce, caps: builtInPresets.cafcass, asyeRule: { kind: 'none' } },
      anytown,
    );
    expect(differences).toEqual([
      {
        setting: 'Caps',
        inUse: 'Cafcass: 18–20 target, tracks 20+ and 25+',
        organisations: 'Anytown caseload policy 2026',
      },
      {
        setting: 'ASYE rule',
        inUse: 'No protected cap for ASYE workers',
        organisations:
          'ASYE workers have a fixed cap of 12 cases per FTE (or the reference cap, if lower)',
      },
    ]);
  });

  it('compares only what the organisation sets, and weighting only when it is in use', () => {
    const exampleB = exampleWeightingSchemes[1]?.scheme ?? DEFAULT_WEIGHTING;
    // Anytown sets no scheme: any scheme is the person's business.
    expect(
      differencesFromOrganisation({ ...anytownInForce, weighting: exampleB }, anytown),
    ).toEqual([]);
    const withScheme = { ...anytown, weighting: DEFAULT_WEIGHTING };
    expect(
      differencesFromOrganisation({ ...anytownInForce, weighting: exampleB }, withScheme),
    ).toMatchObject([{ setting: 'Weighting scheme', inUse: exampleB.name }]);
    expect(differencesFromOrganisation({ ...anytownInForce, weighting: null }, withScheme)).toEqual(
      [],
    );
    // Without organisation settings nothing is ever "not the organisation's".
    expect(
      differencesFromOrganisation(
        { ...anytownInForce, caps: builtInPresets.napo },
        NO_ORGANISATION_SETTINGS,
      ),
    ).toEqual([]);
  });

  it('names caps for kinds of team that are not the organisation’s', () => {
    const organisation = {
      ...anytown,
      teamTypeCaps: { 'long-term': [{ kind: 'line' as const, value: 14, label: 'lt' }] },
    };
    const differences = differencesFromOrganisation(
      {
        ...anytownInForce,
        teamTypeCaps: { 'long-term': [{ kind: 'line', value: 16, label: 'mine' }] },
      },
      organisation,
    );
    expect(differences).toEqual([
      {
        setting: 'Caps for kinds of team',
        inUse: 'Long-term teams: 16+',
        organisations: 'Long-term teams: 14+',
      },
    ]);
  });
});
