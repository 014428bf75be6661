import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { builtInPresets } from '../../../domain/caps';
import { organisationCapsPreset } from '../../../domain/organisation-settings';
import { useCapsStore } from '../../../stores/caps-store';
import { CapsEditor } from './caps-editor';

function renderEditor() {
  const onClose = vi.fn();
  const user = userEvent.setup();
  render(
    <CapsEditor
      activePreset={builtInPresets.default}
      defaultPreset={builtInPresets.default}
      organisationCaps={null}
      organisationTeamTypeCaps={{}}
      teamTypes={[]}
      onSaved={vi.fn()}
      onReset={vi.fn()}
      onClose={onClose}
    />,
  );
  return { user, onClose };
}

function capRow(number: number) {
  return screen.getByRole('group', { name: `Cap ${number}` });
}

beforeEach(() => window.localStorage.clear());

describe('CapsEditor: removing a cap', () => {
  it('moves focus to the row that took its place and says which cap went', async () => {
    const { user } = renderEditor();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();

    screen.getByRole('button', { name: 'Remove cap 2' }).focus();
    await user.keyboard('{Enter}');

    expect(screen.getByRole('status')).toHaveTextContent('Cap 2 removed. 2 caps left.');
    expect(screen.getAllByRole('group', { name: /^Cap \d$/ })).toHaveLength(2);
    // The cap that was third is second now, and focus is on its first field.
    expect(within(capRow(2)).getByRole('textbox', { name: /Value/ })).toHaveValue('25');
    expect(within(capRow(2)).getByRole('combobox', { name: 'Kind' })).toHaveFocus();
  });

  it('removes only one cap when Enter is pressed twice', async () => {
    const { user } = renderEditor();
    screen.getByRole('button', { name: 'Remove cap 2' }).focus();
    await user.keyboard('{Enter}{Enter}');
    expect(screen.getAllByRole('group', { name: /^Cap \d$/ })).toHaveLength(2);
  });

  it('keeps each cap’s edits with it when a cap above it goes', async () => {
    const { user } = renderEditor();
    const label = within(capRow(3)).getByRole('textbox', { name: /Label/ });
    await user.clear(label);
    await user.type(label, 'Our top cap');
    await user.click(screen.getByRole('button', { name: 'Remove cap 1' }));
    expect(within(capRow(2)).getByRole('textbox', { name: /Label/ })).toHaveValue('Our top cap');
    expect(within(capRow(2)).getByRole('textbox', { name: /Label/ })).toBe(label);
  });

  it('moves focus to “Add a cap” when the last cap goes', async () => {
    const { user } = renderEditor();
    await user.click(screen.getByRole('button', { name: 'Remove cap 3' }));
    expect(screen.getByRole('status')).toHaveTextContent('Cap 3 removed. 2 caps left.');
    expect(screen.getByRole('button', { name: 'Add a cap' })).toHaveFocus();
  });
});

describe('CapsEditor: a preset’s label after its value is edited', () => {
  function field(row: number, name: RegExp) {
    return within(capRow(row)).getByRole('textbox', { name });
  }

  it('stops naming Setting the Bar once its 15 is changed, and names it again at 15', async () => {
    const { user } = renderEditor();
    expect(field(1, /Label/)).toHaveValue('Setting the Bar maximum');
    await user.clear(field(1, /Value/));
    await user.type(field(1, /Value/), '12');
    expect(field(1, /Label/)).toHaveValue('custom cap');
    await user.clear(field(1, /Value/));
    await user.type(field(1, /Value/), '15');
    expect(field(1, /Label/)).toHaveValue('Setting the Bar maximum');
  });

  it('moves “25 and over” with its value, and calls an edited range a custom range', async () => {
    const { user } = renderEditor();
    await user.clear(field(3, /Value/));
    await user.type(field(3, /Value/), '28');
    expect(field(3, /Label/)).toHaveValue('28 and over');
    await user.clear(field(2, /To/));
    await user.type(field(2, /To/), '22');
    expect(field(2, /Label/)).toHaveValue('custom range');
  });

  it('keeps a label the person typed when the value changes', async () => {
    const { user } = renderEditor();
    await user.clear(field(1, /Label/));
    await user.type(field(1, /Label/), 'Our local maximum');
    await user.clear(field(1, /Value/));
    await user.type(field(1, /Value/), '12');
    expect(field(1, /Label/)).toHaveValue('Our local maximum');
  });
});

describe('CapsEditor with the organisation’s caps', () => {
  const policy = organisationCapsPreset('Anytown caseload policy 2026', 'Anytown policy, 2026', [
    { kind: 'line', value: 18, label: 'policy cap' },
    { kind: 'line', value: 22, label: 'escalate' },
  ]);

  function renderWithOrganisation() {
    const onReset = vi.fn();
    const user = userEvent.setup();
    render(
      <CapsEditor
        activePreset={builtInPresets.cafcass}
        defaultPreset={policy}
        organisationCaps={policy}
        organisationTeamTypeCaps={{}}
        teamTypes={[]}
        onSaved={vi.fn()}
        onReset={onReset}
        onClose={vi.fn()}
      />,
    );
    return { user, onReset };
  }

  it('says what the organisation’s caps are, and offers them first to start from', () => {
    renderWithOrganisation();
    expect(
      screen.getByText(/The organisation’s caps, which everyone starts from, are Anytown/),
    ).toBeInTheDocument();
    const presets = within(screen.getByRole('list', { name: 'Start from a preset:' }));
    expect(presets.getAllByRole('button')[0]).toHaveTextContent('Anytown caseload policy 2026');
  });

  it('resets to the organisation’s caps, not to Loadline’s default', async () => {
    useCapsStore.setState({ preferredPreset: 'cafcass' });
    const { user, onReset } = renderWithOrganisation();
    await user.click(screen.getByRole('button', { name: 'Reset to the organisation’s caps' }));
    expect(onReset).toHaveBeenCalledOnce();
    expect(useCapsStore.getState().preferredPreset).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Caps reset to the organisation’s: Anytown caseload policy 2026.',
    );
    expect(screen.getAllByRole('group', { name: /^Cap \d$/ })).toHaveLength(2);
    expect(within(capRow(1)).getByRole('textbox', { name: /Value/ })).toHaveValue('18');
    expect(within(capRow(2)).getByRole('textbox', { name: /Value/ })).toHaveValue('22');
  });
});
