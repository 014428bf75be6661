import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEFAULT_ASYE_RULE } from '../../../domain/asye-rule';
import { DEFAULT_WEIGHTING, exampleWeightingSchemes } from '../../../domain/weighting';
import {
  MEASURE_SETTINGS_STORAGE_KEY,
  useMeasureSettingsStore,
} from '../../../stores/measure-settings-store';
import {
  NO_ORGANISATION_SETTINGS,
  settingsDefaults,
  type OrganisationSettings,
} from '../../../domain/organisation-settings';
import { MeasureSettingsEditor } from './measure-settings-editor';

function renderEditor(organisation: OrganisationSettings = NO_ORGANISATION_SETTINGS) {
  const onClose = vi.fn();
  const user = userEvent.setup();
  render(
    <MeasureSettingsEditor
      defaults={settingsDefaults(organisation)}
      organisation={organisation}
      onClose={onClose}
    />,
  );
  const weightingForm = screen.getByRole('form', { name: 'Weighting scheme (points)' });
  const asyeForm = screen.getByRole('form', { name: 'Protected caseload for ASYE workers' });
  return { user, onClose, weightingForm, asyeForm };
}

/** The settings in force from what is stored: null (not chosen) is Loadline's default here. */
function stored() {
  const { weighting, asyeRule } = useMeasureSettingsStore.getState();
  return { weighting: weighting ?? DEFAULT_WEIGHTING, asyeRule: asyeRule ?? DEFAULT_ASYE_RULE };
}

async function replace(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.clear(field);
  if (text !== '') await user.type(field, text);
}

beforeEach(() => {
  useMeasureSettingsStore.setState({ weighting: null, asyeRule: null, storageNotice: null });
  window.localStorage.clear();
});

describe('MeasureSettingsEditor', () => {
  it('opens with its heading focused, the examples named as examples, and the saved values filled in', () => {
    const { weightingForm } = renderEditor();
    expect(screen.getByRole('heading', { name: 'Weighting and ASYE caps' })).toHaveFocus();
    expect(
      screen.getByText(
        'Examples of council practice, not a standard: replace them with your own scheme.',
      ),
    ).toBeInTheDocument();
    expect(within(weightingForm).getByLabelText('Child protection points')).toHaveValue('8');
    expect(within(weightingForm).getByLabelText('Capacity points per FTE')).toHaveValue('100');
    expect(screen.getByRole('radio', { name: /share of their FTE/ })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'ASYE Share of FTE' })).toHaveValue('0.6');
  });

  it('refuses an invalid weighting with a summary, an inline message and aria-invalid; the store is unchanged', async () => {
    const { user, weightingForm } = renderEditor();
    const childProtection = within(weightingForm).getByLabelText('Child protection points');
    await replace(user, childProtection, 'eight');
    await replace(user, within(weightingForm).getByLabelText('Scheme name'), 'Our scheme');
    await user.click(screen.getByRole('button', { name: 'Save weighting scheme' }));

    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('There is a problem: the weighting scheme was not saved');
    expect(summary).toHaveFocus();
    const link = within(summary).getByRole('link', {
      name: 'Points for child protection must be a number, like 8.',
    });
    expect(link).toHaveAttribute('href', `#${childProtection.id}`);
    expect(childProtection).toHaveAttribute('aria-invalid', 'true');
    expect(childProtection).toHaveAccessibleDescription(
      'Error: Points for child protection must be a number, like 8.',
    );
    expect(stored().weighting).toEqual(DEFAULT_WEIGHTING);
    expect(window.localStorage.getItem(MEASURE_SETTINGS_STORAGE_KEY)).toBeNull();
  });

  it('refuses an ASYE capacity above the full capacity, naming the capacity', async () => {
    const { user, weightingForm } = renderEditor();
    await replace(user, within(weightingForm).getByLabelText('Scheme name'), 'Ours');
    await replace(
      user,
      within(weightingForm).getByLabelText('ASYE capacity points per FTE'),
      '120',
    );
    await user.click(screen.getByRole('button', { name: 'Save weighting scheme' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'ASYE capacity must not be more than the full capacity (100).',
    );
    expect(stored().weighting).toEqual(DEFAULT_WEIGHTING);
  });

  it('asks for a name of its own when an example is changed under its name', async () => {
    const { user, weightingForm } = renderEditor();
    await replace(user, within(weightingForm).getByLabelText('Child protection points'), '9');
    await user.click(screen.getByRole('button', { name: 'Save weighting scheme' }));
    expect(within(weightingForm).getByLabelText('Scheme name')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(stored().weighting).toEqual(DEFAULT_WEIGHTING);
  });

  it('saves a valid weighting to the store and says so', async () => {
    const { user, weightingForm } = renderEditor();
    await replace(user, within(weightingForm).getByLabelText('Scheme name'), 'Our scheme');
    await replace(user, within(weightingForm).getByLabelText('Child protection points'), '9.5');
    await replace(
      user,
      within(weightingForm).getByLabelText('Extra points in court proceedings'),
      '0',
    );
    await user.click(screen.getByRole('button', { name: 'Save weighting scheme' }));

    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(within(weightingForm).getByRole('status')).toHaveTextContent(
      'Your weighting scheme “Our scheme” is saved and in use.',
    );
    expect(stored().weighting).toEqual({
      ...DEFAULT_WEIGHTING,
      name: 'Our scheme',
      points: { ...DEFAULT_WEIGHTING.points, 'child-protection': 9.5 },
      courtProceedingsExtra: 0,
    });
  });

  it('loads example B into the fields, saves it, and resets to example A', async () => {
    const exampleB = exampleWeightingSchemes.find((example) => example.letter === 'B');
    if (!exampleB) throw new Error('no example B');
    const { user, weightingForm } = renderEditor();
    await user.click(screen.getByRole('button', { name: 'Load example B' }));
    expect(within(weightingForm).getByLabelText('Child protection points')).toHaveValue('10');
    expect(stored().weighting).toEqual(DEFAULT_WEIGHTING);

    await user.click(screen.getByRole('button', { name: 'Save weighting scheme' }));
    expect(stored().weighting).toEqual(exampleB.scheme);

    await user.click(screen.getByRole('button', { name: 'Reset to example A' }));
    expect(stored().weighting).toEqual(DEFAULT_WEIGHTING);
    expect(within(weightingForm).getByLabelText('Child protection points')).toHaveValue('8');
  });

  it('refuses an ASYE share of 60 (a percentage), keeping the saved rule', async () => {
    const { user, asyeForm } = renderEditor();
    const factor = screen.getByRole('textbox', { name: 'ASYE Share of FTE' });
    await replace(user, factor, '60');
    await user.click(screen.getByRole('button', { name: 'Save ASYE rule' }));

    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('There is a problem: the ASYE rule was not saved');
    expect(
      within(summary).getByRole('link', {
        name: 'The share of FTE must be 1 or less: for 60%, enter 0.6.',
      }),
    ).toHaveAttribute('href', '#asye-rule-factor');
    expect(factor).toHaveAttribute('aria-invalid', 'true');
    expect(stored().asyeRule).toEqual(DEFAULT_ASYE_RULE);
    expect(within(asyeForm).getByRole('status')).toBeEmptyDOMElement();
  });

  it('saves a fixed ASYE cap once it is valid, and shows the rule at work', async () => {
    const { user, asyeForm } = renderEditor();
    await user.click(screen.getByRole('radio', { name: 'A fixed cap in cases per FTE' }));
    const cap = screen.getByRole('textbox', { name: 'ASYE Fixed cap in cases per FTE' });
    await replace(user, cap, '0');
    await user.click(screen.getByRole('button', { name: 'Save ASYE rule' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The fixed cap must be more than 0.');
    expect(stored().asyeRule).toEqual(DEFAULT_ASYE_RULE);

    await replace(user, cap, '14');
    // 14 is below the example cap of 20: 14 cases full time, 7 at 0.5 FTE.
    expect(within(asyeForm).getByText(/own cap would be 14 cases full time, or 7 at 0.5 FTE/));
    await user.click(screen.getByRole('button', { name: 'Save ASYE rule' }));
    expect(stored().asyeRule).toEqual({ kind: 'fixed-cap', casesPerFte: 14 });
    expect(within(asyeForm).getByRole('status')).toHaveTextContent(
      'Saved and in use: ASYE workers have a fixed cap of 14 cases per FTE',
    );
  });

  it('saves "no protected cap" and resets to 0.6 of FTE', async () => {
    const { user } = renderEditor();
    await user.click(screen.getByRole('radio', { name: /No protected cap/ }));
    expect(screen.queryByRole('textbox', { name: 'ASYE Share of FTE' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save ASYE rule' }));
    expect(stored().asyeRule).toEqual({ kind: 'none' });

    await user.click(screen.getByRole('button', { name: 'Reset to 0.6 of FTE' }));
    expect(stored().asyeRule).toEqual(DEFAULT_ASYE_RULE);
    expect(screen.getByRole('radio', { name: /share of their FTE/ })).toBeChecked();
  });

  it('keeps focus in a field while the user corrects it after a refused save', async () => {
    const { user, weightingForm } = renderEditor();
    const capacity = within(weightingForm).getByLabelText('Capacity points per FTE');
    await replace(user, capacity, '0');
    await user.click(screen.getByRole('button', { name: 'Save weighting scheme' }));
    expect(screen.getByRole('alert')).toHaveFocus();

    await user.click(capacity);
    await user.type(capacity, '5');
    expect(capacity).toHaveFocus();
    expect(capacity).toHaveValue('05');
  });

  it('calls onClose from the Close button', async () => {
    const { user, onClose } = renderEditor();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});

describe('MeasureSettingsEditor with settings the organisation sets for everyone', () => {
  const anytown: OrganisationSettings = {
    ...NO_ORGANISATION_SETTINGS,
    asyeRule: { kind: 'fixed-cap', casesPerFte: 12 },
    weighting: { ...DEFAULT_WEIGHTING, name: 'Anytown points 2026', capacityPerFte: 110 },
  };

  it('starts from the organisation’s rule and scheme, and says they are the organisation’s', () => {
    const { weightingForm, asyeForm } = renderEditor(anytown);
    expect(asyeForm).toHaveTextContent(
      'Now in use: ASYE workers have a fixed cap of 12 cases per FTE (or the reference cap, if lower). This is the organisation’s rule, set for everyone.',
    );
    expect(within(asyeForm).getByRole('radio', { name: /fixed cap/ })).toBeChecked();
    expect(weightingForm).toHaveTextContent('Now in use: Anytown points 2026.');
    expect(weightingForm).toHaveTextContent('This is the organisation’s scheme, set for everyone.');
    expect(within(weightingForm).getByLabelText('Capacity points per FTE')).toHaveValue('110');
  });

  it('resets a person’s own rule back to the organisation’s, not to Loadline’s 0.6', async () => {
    useMeasureSettingsStore.setState({ asyeRule: { kind: 'none' } });
    const { user, asyeForm } = renderEditor(anytown);
    expect(asyeForm).toHaveTextContent(
      'This is your own rule; the organisation’s is: ASYE workers have a fixed cap of 12 cases per FTE',
    );
    await user.click(screen.getByRole('button', { name: 'Reset to the organisation’s rule' }));
    expect(useMeasureSettingsStore.getState().asyeRule).toBeNull();
    expect(within(asyeForm).getByRole('status')).toHaveTextContent(
      'ASYE rule reset to the organisation’s: ASYE workers have a fixed cap of 12 cases per FTE',
    );
    expect(screen.getByRole('textbox', { name: 'ASYE Fixed cap in cases per FTE' })).toHaveValue(
      '12',
    );
  });

  it('resets a person’s own scheme back to the organisation’s', async () => {
    useMeasureSettingsStore.setState({ weighting: exampleWeightingSchemes[1]?.scheme ?? null });
    const { user, weightingForm } = renderEditor(anytown);
    expect(weightingForm).toHaveTextContent(
      'This is your own scheme; the organisation’s is “Anytown points 2026”.',
    );
    await user.click(screen.getByRole('button', { name: 'Reset to the organisation’s scheme' }));
    expect(useMeasureSettingsStore.getState().weighting).toBeNull();
    expect(within(weightingForm).getByLabelText('Scheme name')).toHaveValue('Anytown points 2026');
  });
});
